// SPDX-License-Identifier: Apache-2.0
#include "journey/suppression.hpp"

#include <cctype>
#include <cstring>
#include <unordered_map>

#include "journey/messages.hpp"
#include "journey/rule.hpp"
#include "journey/suggest.hpp"

namespace journey {

namespace {

constexpr const char* k_marker = "journey-lint:";

bool is_rule_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
}

// Parses "disable=a,b" (after the marker) on one line. Returns false when it is not a directive.
bool parse_directive(const SourceText& source, int line_number, std::string_view line,
                     std::size_t at, Suppression& out) {
  std::size_t i = at + std::strlen(k_marker);
  while (i < line.size() && line[i] == ' ') ++i;
  static const std::pair<const char*, Suppression::Scope> scopes[] = {
      {"disable-next-line", Suppression::Scope::next_line},
      {"disable-file", Suppression::Scope::file},
      {"disable", Suppression::Scope::line},
  };
  bool matched = false;
  for (const auto& [word, scope] : scopes) {
    std::size_t n = std::strlen(word);
    if (line.compare(i, n, word) == 0 && (i + n == line.size() || !is_rule_char(line[i + n]))) {
      out.scope = scope;
      i += n;
      matched = true;
      break;
    }
  }
  if (!matched) return false;
  while (i < line.size() && line[i] == ' ') ++i;
  if (i < line.size() && (line[i] == '=' || line[i] == ':')) ++i;
  out.line = line_number;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == ',')) ++i;
    std::size_t start = i;
    while (i < line.size() && is_rule_char(line[i])) ++i;
    if (i == start) break;
    if (out.entries.size() == k_max_suppressed_rules) {
      out.truncated = true;
      break;
    }
    Suppression::Entry entry;
    entry.rule = std::string(line.substr(start, i - start));
    entry.span.line = entry.span.end_line = line_number;
    // Columns in code points: count from the line start.
    std::size_t line_offset = source.offset_of(line_number, 1);
    int l = 0;
    source.position_of(line_offset + start, l, entry.span.column);
    source.position_of(line_offset + i, l, entry.span.end_column);
    out.entries.push_back(std::move(entry));
  }
  return true;
}

// Whether position `at` of a line is inside a quoted scalar that starts on this line. Quoted
// scalars spanning lines and block scalars are not tracked (documented in the man page).
bool inside_quotes(std::string_view line, std::size_t at) {
  char quote = 0;
  for (std::size_t i = 0; i < at; ++i) {
    char c = line[i];
    if (quote == 0) {
      if (c == '#' && (i == 0 || line[i - 1] == ' ')) return false;  // an earlier comment
      bool starts_value = i == 0 || std::strchr(" [{,:-", line[i - 1]) != nullptr;
      if ((c == '"' || c == '\'') && starts_value) quote = c;
    } else if (quote == '"' && c == '\\') {
      ++i;
    } else if (c == quote) {
      quote = 0;
    }
  }
  return quote != 0;
}

}  // namespace

std::vector<Suppression> parse_suppressions(const SourceText& source) {
  std::vector<Suppression> out;
  const std::string& text = source.text();
  std::size_t pos = text.find(k_marker);
  while (pos != std::string::npos) {
    int line_number = 0, column = 0;
    source.position_of(pos, line_number, column);
    std::string_view line = source.line(line_number);
    std::size_t line_start = source.offset_of(line_number, 1);
    std::size_t at = pos - line_start;
    // Only in a comment: a '#' at the start of the line or after a space, then spaces.
    std::size_t hash = at;
    while (hash > 0 && line[hash - 1] == ' ') --hash;
    if (hash > 0 && line[hash - 1] == '#' &&
        (hash == 1 || line[hash - 2] == ' ' || line[hash - 2] == '\t') &&
        !inside_quotes(line, hash - 1)) {
      Suppression s;
      if (parse_directive(source, line_number, line, at, s)) out.push_back(std::move(s));
    }
    // One comment per line: the next marker worth looking at is on a later line.
    std::size_t next_line = line_start + line.size() + 1;
    pos = next_line >= text.size() ? std::string::npos : text.find(k_marker, next_line);
  }
  return out;
}

void apply_suppressions(std::vector<Suppression>& suppressions, Findings& findings) {
  if (suppressions.empty()) return;
  // Indexed by the line they cover, so that many findings and many comments stay linear.
  std::unordered_map<int, std::vector<Suppression*>> by_line;
  std::vector<Suppression*> whole_file;
  for (Suppression& s : suppressions) {
    switch (s.scope) {
      case Suppression::Scope::file:
        whole_file.push_back(&s);
        break;
      case Suppression::Scope::line:
        by_line[s.line].push_back(&s);
        break;
      case Suppression::Scope::next_line:
        by_line[s.line + 1].push_back(&s);
        break;
    }
  }
  auto suppress = [](const std::vector<Suppression*>& list, const Finding& f) {
    bool hit = false;
    for (Suppression* s : list) {
      for (auto& entry : s->entries) {
        if (entry.rule != f.rule) continue;
        entry.used = true;
        hit = true;
      }
    }
    return hit;
  };
  // File-wide suppressions are settled once per rule, not once per finding.
  std::unordered_map<std::string, bool> file_wide;
  Findings kept;
  for (Finding& f : findings) {
    bool suppressed = false;
    // A finding in a catalog or data file is not the journey's comments' business.
    if (!is_syntax_rule(f.rule) && f.file.empty()) {
      auto it = by_line.find(f.span.line);
      if (it != by_line.end()) suppressed = suppress(it->second, f);
      auto [known, inserted] = file_wide.emplace(f.rule, false);
      if (inserted) known->second = suppress(whole_file, f);
      suppressed = suppressed || known->second;
    }
    if (!suppressed) kept.push_back(std::move(f));
  }
  findings.swap(kept);
}

Findings unused_suppressions(const std::vector<Suppression>& suppressions) {
  Findings out;
  const std::vector<std::string> ids = rule_ids();
  for (const Suppression& s : suppressions) {
    if (s.truncated) {
      out.push_back(make_finding("unused-suppression", s.entries.back().span, "",
                                 translate("this comment names more than %1$s rules; the rest are "
                                           "ignored: split it or use 'disable-file'",
                                           k_max_suppressed_rules)));
    }
    if (s.entries.empty()) {
      Finding f;
      f.rule = "unused-suppression";
      f.span = {s.line, 1, s.line, 2};
      f.message =
          tr("this 'journey-lint:' comment names no rule; write e.g. "
             "'# journey-lint: disable=emotion-drop'");
      out.push_back(std::move(f));
      continue;
    }
    for (const auto& entry : s.entries) {
      if (entry.used) continue;
      Finding f;
      f.rule = "unused-suppression";
      f.span = entry.span;
      if (find_rule(entry.rule) == nullptr) {
        f.suggestion = closest_match(entry.rule, ids);
        f.message = translate("'%1$s' is not a rule", entry.rule) +
                    did_you_mean(f.suggestion, tr("; 'journey rules' lists them"));
      } else {
        f.message = translate("nothing here is reported as '%1$s'; remove it from the suppression",
                              entry.rule);
      }
      out.push_back(std::move(f));
    }
  }
  return out;
}

}  // namespace journey
