#include "journey/suppression.hpp"

#include <cctype>
#include <cstring>

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

bool covers(const Suppression& s, const Finding& f) {
  switch (s.scope) {
    case Suppression::Scope::file:
      return true;
    case Suppression::Scope::line:
      return f.span.line == s.line;
    case Suppression::Scope::next_line:
      return f.span.line == s.line + 1;
  }
  return false;
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
    pos = text.find(k_marker, pos + 1);
  }
  return out;
}

void apply_suppressions(std::vector<Suppression>& suppressions, Findings& findings) {
  if (suppressions.empty()) return;
  Findings kept;
  for (Finding& f : findings) {
    bool suppressed = false;
    if (!is_syntax_rule(f.rule)) {
      for (Suppression& s : suppressions) {
        if (!covers(s, f)) continue;
        for (auto& entry : s.entries) {
          if (entry.rule == f.rule) {
            entry.used = true;
            suppressed = true;
          }
        }
      }
    }
    if (!suppressed) kept.push_back(std::move(f));
  }
  findings.swap(kept);
}

Findings unused_suppressions(const std::vector<Suppression>& suppressions) {
  Findings out;
  const std::vector<std::string> ids = rule_ids();
  for (const Suppression& s : suppressions) {
    if (s.entries.empty()) {
      Finding f;
      f.rule = "unused-suppression";
      f.span = {s.line, 1, s.line, 2};
      f.message =
          "this 'journey-lint:' comment names no rule; write e.g. "
          "'# journey-lint: disable=emotion-drop'";
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
        f.message = "'" + entry.rule + "' is not a rule" +
                    (f.suggestion.empty() ? "; 'journey rules' lists them"
                                          : "; did you mean '" + f.suggestion + "'?");
      } else {
        f.message =
            "nothing here is reported as '" + entry.rule + "'; remove it from the suppression";
      }
      out.push_back(std::move(f));
    }
  }
  return out;
}

}  // namespace journey
