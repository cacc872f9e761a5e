// SPDX-License-Identifier: Apache-2.0
// Mermaid's journey grammar (packages/mermaid/src/diagrams/user-journey/parser/journey.jison), read
// line by line: keywords are case-insensitive; `%%` and a `#` that starts no entity code begin a
// comment; `title` takes the rest of its line, `section` up to a ':'; a task is `NAME: SCORE` with
// an optional `: ACTOR, ACTOR`, and Mermaid ignores a further ':' part; `accTitle:` and `accDescr:`
// take their whole line, `accDescr { ... }` everything to its brace. Where Mermaid refuses a line,
// so does this, but with a position and a hint instead of "Parse error on line 3".
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "../load/reader.hpp"
#include "../yaml/encoding.hpp"
#include "ids.hpp"
#include "journey/import.hpp"
#include "journey/messages.hpp"
#include "journey/yaml_tree.hpp"
#include "mermaid_entities.hpp"

namespace journey {

namespace {

using import_detail::decode_entities;
using import_detail::entity_length;
using import_detail::shorten;

constexpr std::size_t k_max_sections = load::k_max_list_items;

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

bool is_control(char c) {
  auto u = static_cast<unsigned char>(c);
  return (u < 0x20 && c != '\t' && c != '\r') || u == 0x7F;
}

char lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

class Parser {
 public:
  explicit Parser(const SourceText& source) : source_(source), text_(source.text()) {}
  MermaidParseResult run();

 private:
  const SourceText& source_;
  std::string_view text_;
  MermaidDiagram diagram_;
  Findings findings_;
  bool header_ = false;
  bool errors_ = false;
  bool stopped_ = false;  // a limit was passed or a block never ends: the rest is not read
  Text frontmatter_title_;
  Text acc_title_;

  SourceSpan span(std::size_t begin, std::size_t end) const;
  void report(Severity severity, const char* rule, const SourceSpan& where, std::string message);
  void report(Severity severity, const char* rule, std::size_t begin, std::size_t end,
              std::string message) {
    report(severity, rule, span(begin, end), std::move(message));
  }
  void error(std::size_t begin, std::size_t end, std::string message) {
    report(Severity::error, "mermaid-syntax", begin, end, std::move(message));
  }
  std::string excerpt(std::size_t begin, std::size_t end) const;
  bool starts_with(std::size_t begin, std::size_t end, std::string_view word) const;
  bool keyword(std::size_t begin, std::size_t end, std::string_view word) const;
  Text value(std::size_t begin, std::size_t end, bool collapse_lines = false);
  std::size_t trim_end(std::size_t begin, std::size_t end) const;
  std::size_t skip_spaces(std::size_t begin, std::size_t end) const;
  std::size_t comment_start(std::size_t begin, std::size_t end) const;

  std::size_t frontmatter();
  std::size_t line(std::size_t begin, std::size_t end);
  std::size_t accessibility(std::size_t begin, std::size_t end);
  void header(std::size_t begin, std::size_t end);
  void statement(std::size_t begin, std::size_t end);
  void title(std::size_t begin, std::size_t end);
  void section(std::size_t begin, std::size_t end);
  void task(std::size_t begin, std::size_t end);
  bool score(MermaidTask& task, std::size_t begin, std::size_t end);
  void actors(MermaidTask& task, std::size_t begin, std::size_t end);
  void finish();
};

SourceSpan Parser::span(std::size_t begin, std::size_t end) const {
  SourceSpan s;
  source_.position_of(begin, s.line, s.column);
  source_.position_of(std::max(begin, end), s.end_line, s.end_column);
  return s;
}

void Parser::report(Severity severity, const char* rule, const SourceSpan& where,
                    std::string message) {
  errors_ = errors_ || severity == Severity::error;
  if (findings_.size() > k_max_findings) return;
  Finding f;
  f.rule = rule;
  f.severity = severity;
  if (findings_.size() == k_max_findings) {
    f.rule = "input-limit";
    f.message = translate("more than %1$s findings; the rest are not shown", k_max_findings);
  } else {
    f.span = where;
    f.message = std::move(message);
  }
  findings_.push_back(std::move(f));
}

bool Parser::starts_with(std::size_t begin, std::size_t end, std::string_view word) const {
  if (end - begin < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (lower(text_[begin + i]) != word[i]) return false;
  }
  return true;
}

std::string Parser::excerpt(std::size_t begin, std::size_t end) const {
  return shorten(text_.substr(begin, end - begin));
}

// `word` (lower case) as a keyword: followed by a space or the end of the statement.
bool Parser::keyword(std::size_t begin, std::size_t end, std::string_view word) const {
  return starts_with(begin, end, word) &&
         (begin + word.size() == end || is_space(text_[begin + word.size()]));
}

std::size_t Parser::skip_spaces(std::size_t begin, std::size_t end) const {
  while (begin < end && is_space(text_[begin])) ++begin;
  return begin;
}

std::size_t Parser::trim_end(std::size_t begin, std::size_t end) const {
  while (end > begin && is_space(text_[end - 1])) --end;
  return end;
}

// Where a comment starts: `%%`, or a '#' that does not start an entity code.
std::size_t Parser::comment_start(std::size_t begin, std::size_t end) const {
  for (std::size_t i = begin; i < end; ++i) {
    if (text_[i] == '%' && i + 1 < end && text_[i + 1] == '%') return i;
    if (text_[i] != '#') continue;
    std::size_t len = entity_length(text_.substr(0, end), i);
    if (len == 0) return i;
    i += len - 1;
  }
  return end;
}

// The text of [begin, end), trimmed, control characters read as spaces and entity codes decoded,
// with its span. A multi-line value (accDescr { }) becomes one line.
Text Parser::value(std::size_t begin, std::size_t end, bool collapse_lines) {
  auto blank = [&](char c) { return is_space(c) || (collapse_lines && c == '\n'); };
  while (begin < end && blank(text_[begin])) ++begin;
  while (end > begin && blank(text_[end - 1])) --end;
  std::string raw;
  raw.reserve(end - begin);
  for (std::size_t i = begin; i < end; ++i) {
    char c = text_[i];
    bool space = blank(c) || is_control(c);
    if (space && collapse_lines && !raw.empty() && raw.back() == ' ') continue;
    raw += space ? ' ' : c;
  }
  Text t;
  t.value = decode_entities(raw);
  t.span = span(begin, end);
  t.present = true;
  return t;
}

// Mermaid's frontmatter: a YAML block between `---` lines at the very start, whose `title` names
// the diagram. Returns where the diagram starts.
std::size_t Parser::frontmatter() {
  auto dashes_line = [&](std::size_t at, std::size_t end) {
    return end - at >= 3 && text_.compare(at, 3, "---") == 0 && trim_end(at + 3, end) == at + 3;
  };
  std::size_t first_end = std::min(text_.find('\n'), text_.size());
  if (!dashes_line(0, first_end) || first_end == text_.size()) return 0;
  for (std::size_t at = first_end + 1; at < text_.size();) {
    std::size_t end = std::min(text_.find('\n', at), text_.size());
    if (dashes_line(at, end)) {
      // The block keeps its line numbers: one empty line stands for the opening `---`.
      std::string block = "\n" + std::string(text_.substr(first_end + 1, at - first_end - 1));
      yaml::ParseResult parsed = yaml::parse(SourceText(source_.name(), block));
      const yaml::Tree& tree = parsed.tree;
      if (!parsed.ok || parsed.empty || tree.node(tree.root()).kind != yaml::NodeKind::map) {
        report(Severity::warning, "mermaid-ignored", 0, 3,
               tr("the frontmatter is not a YAML map; it is ignored"));
        return end;
      }
      const yaml::Node& root = tree.node(tree.root());
      for (const yaml::NodeId* it = tree.begin(root); it != tree.end(root); it += 2) {
        const yaml::Node& key = tree.node(it[0]);
        const yaml::Node& value = tree.node(it[1]);
        if (key.value != "title" || value.kind != yaml::NodeKind::scalar) continue;
        frontmatter_title_.value = value.value;
        frontmatter_title_.span = value.span;
        frontmatter_title_.present = !value.value.empty();
      }
      return end;
    }
    at = end + 1;
  }
  error(0, 3, tr("the frontmatter that starts here is never closed with a '---' line"));
  stopped_ = true;
  return text_.size();
}

MermaidParseResult Parser::run() {
  if (text_.size() > k_max_input_bytes) {
    report(Severity::error, "input-limit", SourceSpan{},
           translate("the diagram is %1$s; the limit is %2$s", describe_size(text_.size()),
                     describe_size(k_max_input_bytes)));
    return {std::nullopt, std::move(findings_)};
  }
  yaml::EncodingProblem bad = yaml::check_encoding(std::string(text_));
  if (!bad.message.empty()) {
    error(bad.offset, bad.offset + 1, bad.message);
    return {std::nullopt, std::move(findings_)};
  }
  std::size_t pos = frontmatter();
  while (pos < text_.size() && !stopped_) {
    std::size_t end = std::min(text_.find('\n', pos), text_.size());
    std::size_t next = line(pos, end);
    pos = next == end ? end + 1 : next;
  }
  finish();
  MermaidParseResult result;
  if (!errors_) result.diagram = std::move(diagram_);
  result.findings = std::move(findings_);
  return result;
}

// One line, or from a closing brace to the end of its line. Returns where to go on: `end`, or
// past the brace of an `accDescr {` block that spans lines.
std::size_t Parser::line(std::size_t begin, std::size_t end) {
  begin = skip_spaces(begin, end);
  if (header_ && (starts_with(begin, end, "acctitle") || starts_with(begin, end, "accdescr"))) {
    std::size_t next = accessibility(begin, end);
    if (next != begin) return next;
  }
  std::size_t stop = trim_end(begin, comment_start(begin, end));
  if (stop == begin) return end;
  for (std::size_t i = begin; i < stop; ++i) {
    if (!is_control(text_[i])) continue;
    char code[8];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(text_[i]) & 0xFFu);
    report(Severity::warning, "mermaid-ignored", i, i + 1,
           translate("control character %1$s read as a space", code));
    break;
  }
  if (!header_) {
    header(begin, stop);
  } else {
    statement(begin, stop);
  }
  return end;
}

// `accTitle: ...` and `accDescr: ...` take the rest of their line, comment signs and all;
// `accDescr { ... }` everything to its closing brace, over lines. Returns `begin` when the line
// is none of these (`accTitle is hard: 3` is a task, as in Mermaid).
std::size_t Parser::accessibility(std::size_t begin, std::size_t end) {
  bool is_title = starts_with(begin, end, "acctitle");
  std::size_t at = skip_spaces(begin + 8, end);
  if (at < end && text_[at] == ':') {
    (is_title ? acc_title_ : diagram_.description) = value(at + 1, end);
    return end;
  }
  if (is_title || at >= end || text_[at] != '{') return begin;
  std::size_t close = text_.find('}', at + 1);
  if (close == std::string_view::npos) {
    error(at, at + 1, tr("this 'accDescr {' is never closed with '}'"));
    stopped_ = true;
    return text_.size();
  }
  diagram_.description = value(at + 1, close, true);
  return close + 1;
}

void Parser::header(std::size_t begin, std::size_t end) {
  if (keyword(begin, end, "journey")) {
    header_ = true;
    diagram_.header = span(begin, begin + 7);
    std::size_t rest = skip_spaces(begin + 7, end);
    if (rest < end) statement(rest, end);  // `journey title X` is one line in Mermaid too
    return;
  }
  std::size_t word = begin;
  while (word < end && !is_space(text_[word]) && text_[word] != ':') ++word;
  if (starts_with(begin, end, "journey") && word == begin + 7) {
    error(word, end, tr("'journey' stands alone on its line, or is followed by a statement"));
  } else {
    error(begin, word,
          translate("not a Mermaid journey diagram: it starts with '%1$s', and a journey diagram "
                    "starts with 'journey'",
                    excerpt(begin, word)));
  }
  stopped_ = true;
}

void Parser::statement(std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    if (text_[i] == '#') {
      i += std::max<std::size_t>(entity_length(text_.substr(0, end), i), 1) - 1;
    } else if (text_[i] == ';') {
      error(i, i + 1, tr("';' is not allowed in a Mermaid journey; write #59; for a semicolon"));
      return;
    }
  }
  if (keyword(begin, end, "title")) {
    title(begin + 5, end);
  } else if (keyword(begin, end, "section")) {
    section(begin + 7, end);
  } else {
    task(begin, end);
  }
}

void Parser::title(std::size_t begin, std::size_t end) {
  if (skip_spaces(begin, end) == end) {
    error(begin - 5, begin, tr("'title' needs a text, as in 'title Buying a rain jacket'"));
    return;
  }
  diagram_.title = value(begin, end);
}

void Parser::section(std::size_t begin, std::size_t end) {
  if (skip_spaces(begin, end) == end) {
    error(begin - 7, begin, tr("'section' needs a name, as in 'section Orientation'"));
    return;
  }
  std::size_t colon = text_.substr(0, end).find(':', begin);
  if (colon != std::string_view::npos) {
    error(colon, colon + 1, tr("a section name cannot hold ':'; write #58; for a colon"));
    return;
  }
  if (diagram_.sections.size() >= k_max_sections) {
    report(Severity::error, "input-limit", skip_spaces(begin, end), end,
           translate("more than %1$s sections; the rest of the diagram is not read: split it",
                     k_max_sections));
    stopped_ = true;
    return;
  }
  diagram_.sections.push_back(value(begin, end));
}

void Parser::task(std::size_t begin, std::size_t end) {
  std::size_t colon = std::min(text_.substr(0, end).find(':', begin), end);
  if (colon == end) {
    error(begin, end,
          translate("'%1$s' is not a task: write 'NAME: SCORE' or 'NAME: SCORE: ACTOR, ACTOR' (a "
                    "score from 1 to 5), or 'section NAME'",
                    excerpt(begin, end)));
    return;
  }
  if (diagram_.tasks.size() >= load::k_max_touchpoints) {
    report(Severity::error, "input-limit", begin, colon,
           translate("more than %1$s tasks, the most a journey holds; the rest is not read: split "
                     "the diagram",
                     load::k_max_touchpoints));
    stopped_ = true;
    return;
  }
  MermaidTask t;
  t.name = value(begin, colon);
  t.section = static_cast<int>(diagram_.sections.size()) - 1;
  if (t.name.value.empty()) {
    error(colon, colon + 1, tr("a task needs a name before ':'"));
    return;
  }
  std::size_t second = std::min(text_.substr(0, end).find(':', colon + 1), end);
  if (!score(t, colon + 1, second)) return;
  if (second < end) {
    std::size_t third = std::min(text_.substr(0, end).find(':', second + 1), end);
    actors(t, second + 1, third);
    if (third < end) {
      report(Severity::warning, "mermaid-ignored", third, end,
             tr("Mermaid ignores what follows a task's third ':'; write #58; for a colon in a "
                "name"));
    }
  }
  diagram_.tasks.push_back(std::move(t));
}

bool Parser::score(MermaidTask& t, std::size_t begin, std::size_t end) {
  Text written = value(begin, end);
  if (written.value.empty()) {
    error(begin - 1, end,
          translate("task '%1$s' has no score; write a score from 1 (very negative) to 5 (very "
                    "positive)",
                    shorten(t.name.value)));
    return false;
  }
  double number = 0;
  if (!load::parse_number(written.value, number)) {
    report(Severity::error, "mermaid-syntax", written.span,
           translate("score '%1$s' is not a number; a task scores 1 (very negative) to 5 (very "
                     "positive)",
                     shorten(written.value)));
    return false;
  }
  if (!std::isfinite(number)) number = number > 0 ? 1e9 : -1e9;
  t.score.value = number;
  t.score.span = written.span;
  t.score.present = true;
  return true;
}

void Parser::actors(MermaidTask& t, std::size_t begin, std::size_t end) {
  if (skip_spaces(begin, end) == end) return;  // `Task: 5:` names no one
  for (std::size_t at = begin;;) {
    std::size_t comma = std::min(text_.substr(0, end).find(',', at), end);
    Text actor = value(at, comma);
    if (actor.value.empty()) {
      report(Severity::warning, "mermaid-ignored", at, comma,
             tr("an empty actor name is left out"));
    } else if (t.actors.size() >= load::k_max_list_items) {
      report(Severity::error, "input-limit", at, end,
             translate("more than %1$s actors on one task", load::k_max_list_items));
      return;
    } else {
      t.actors.push_back(std::move(actor));
    }
    if (comma == end) return;
    at = comma + 1;
  }
}

void Parser::finish() {
  if (!header_ && !errors_) {
    report(Severity::error, "mermaid-syntax", SourceSpan{},
           tr("no diagram: the input is empty or holds only comments; a journey diagram starts "
              "with 'journey'"));
  }
  if (!diagram_.title.present || diagram_.title.value.empty()) {
    if (frontmatter_title_.present) {
      diagram_.title = frontmatter_title_;
    } else if (acc_title_.present && !acc_title_.value.empty()) {
      diagram_.title = acc_title_;
    }
  }
}

}  // namespace

MermaidParseResult parse_mermaid_journey(const SourceText& source) {
  return Parser(source).run();
}

}  // namespace journey
