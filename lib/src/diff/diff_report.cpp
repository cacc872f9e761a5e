// SPDX-License-Identifier: Apache-2.0
// Diff output: text for terminals, JSON for tools, Markdown for pull-request comments, GitHub
// annotations for regressions.
#include "journey/diff.hpp"
#include "journey/escape.hpp"
#include "journey/messages.hpp"

namespace journey {

bool parse_diff_format(const std::string& name, DiffFormat& out) {
  if (name == "text") {
    out = DiffFormat::text;
  } else if (name == "json") {
    out = DiffFormat::json;
  } else if (name == "markdown") {
    out = DiffFormat::markdown;
  } else if (name == "github") {
    out = DiffFormat::github;
  } else {
    return false;
  }
  return true;
}

namespace {

std::string lines_of(const Change& c) {
  std::string a = c.old_line > 0 ? std::to_string(c.old_line) : "-";
  std::string b = c.new_line > 0 ? std::to_string(c.new_line) : "-";
  return a + ":" + b;
}

// "2 regressions", "1 change", "0 info": the counts of each class, in the reader's language.
std::string regressions(const DiffResult& r) {
  std::size_t n = r.count(ChangeClass::regression);
  return translate_n("%1$s regression", "%1$s regressions", n, n);
}

std::string changes(const DiffResult& r) {
  std::size_t n = r.count(ChangeClass::change);
  return translate_n("%1$s change", "%1$s changes", n, n);
}

std::string infos(const DiffResult& r) {
  std::size_t n = r.count(ChangeClass::info);
  return translate_n("%1$s info", "%1$s info", n, n);
}

std::string summary_line(const DiffResult& r) {
  std::size_t n = r.changes.size();
  if (n == 0) return tr("no semantic differences");
  // TRANSLATORS: "5 differences: 1 regression, 3 changes, 1 info".
  return translate("%1$s: %2$s, %3$s, %4$s",
                   translate_n("%1$s difference", "%1$s differences", n, n), regressions(r),
                   changes(r), infos(r));
}

void write_text(const DiffResult& r, const DiffSide& a, const DiffSide& b, bool color,
                std::ostream& out) {
  auto paint = [&](const char* code) { return color ? code : ""; };
  const char* reset = "\033[0m";
  out << paint("\033[1m") << "--- " << terminal_text(a.label) << "\n+++ " << terminal_text(b.label)
      << paint(reset) << "\n";
  for (const Change& c : r.changes) {
    const char* tone = c.change_class == ChangeClass::regression ? "\033[1;31m"
                       : c.change_class == ChangeClass::change   ? "\033[33m"
                                                                 : "\033[2m";
    std::string cls = to_string(c.change_class);
    cls.resize(10, ' ');
    out << paint(tone) << cls << paint(reset) << " " << terminal_text(c.message) << "  "
        << paint("\033[2m") << "[" << c.kind << "] " << terminal_text(c.path) << " "
        << translate("(lines %1$s)", lines_of(c)) << paint(reset) << "\n";
  }
  out << summary_line(r) << "\n";
}

void write_json(const DiffResult& r, const DiffSide& a, const DiffSide& b, std::ostream& out) {
  out << "{\n  \"version\": 1,\n  \"old\": {\"label\": \"" << json_escape(a.label)
      << "\", \"exists\": " << (a.journey ? "true" : "false") << "},\n  \"new\": {\"label\": \""
      << json_escape(b.label) << "\", \"exists\": " << (b.journey ? "true" : "false")
      << "},\n  \"changes\": [";
  bool first = true;
  for (const Change& c : r.changes) {
    out << (first ? "\n" : ",\n") << "    {\"kind\": \"" << c.kind << "\", \"class\": \""
        << to_string(c.change_class) << "\", \"path\": \"" << json_escape(c.path)
        << "\", \"old_line\": " << (c.old_line > 0 ? std::to_string(c.old_line) : "null")
        << ", \"new_line\": " << (c.new_line > 0 ? std::to_string(c.new_line) : "null")
        << ", \"old\": \"" << json_escape(c.old_value) << "\", \"new\": \""
        << json_escape(c.new_value) << "\", \"message\": \"" << json_escape(c.message) << "\"}";
    first = false;
  }
  out << (first ? "],\n" : "\n  ],\n") << "  \"summary\": {\"differences\": " << r.changes.size()
      << ", \"regressions\": " << r.count(ChangeClass::regression)
      << ", \"changes\": " << r.count(ChangeClass::change)
      << ", \"info\": " << r.count(ChangeClass::info) << "}\n}\n";
}

void write_markdown(const DiffResult& r, const DiffSide& a, const DiffSide& b, std::ostream& out) {
  out << "### "
      << translate("Journey changes: `%1$s`", markdown_text(b.journey ? b.label : a.label))
      << "\n\n";
  if (r.changes.empty()) {
    out << tr("No semantic differences.") << "\n";
    return;
  }
  // TRANSLATORS: Markdown: "**1 regression**, 3 changes, 1 info." above the table of changes.
  out << translate("**%1$s**, %2$s, %3$s.", regressions(r), changes(r), infos(r)) << "\n\n"
      << tr("| | change | what | where | lines (old:new) |") << "\n|---|---|---|---|---|\n";
  for (const Change& c : r.changes) {
    const char* icon = c.change_class == ChangeClass::regression ? "🔴"
                       : c.change_class == ChangeClass::change   ? "🟡"
                                                                 : "⚪";
    out << "| " << icon << " | `" << c.kind << "` | " << markdown_text(c.message) << " | `"
        << markdown_text(c.path) << "` | " << lines_of(c) << " |\n";
  }
}

void write_github(const DiffResult& r, const DiffReportOptions& options, std::ostream& out) {
  for (const Change& c : r.changes) {
    if (c.change_class != ChangeClass::regression) continue;
    out << "::warning file=" << github_escape_property(options.new_file);
    if (c.new_line > 0) out << ",line=" << c.new_line;
    out << ",title=" << github_escape_property("journey diff (" + c.kind + ")")
        << "::" << github_escape_data(c.message) << "\n";
  }
  out << summary_line(r) << "\n";
}

}  // namespace

void write_diff(const DiffResult& result, const DiffSide& old_side, const DiffSide& new_side,
                DiffFormat format, const DiffReportOptions& options, std::ostream& out) {
  switch (format) {
    case DiffFormat::text:
      write_text(result, old_side, new_side, options.color, out);
      break;
    case DiffFormat::json:
      write_json(result, old_side, new_side, out);
      break;
    case DiffFormat::markdown:
      write_markdown(result, old_side, new_side, out);
      break;
    case DiffFormat::github:
      write_github(result, options, out);
      break;
  }
}

}  // namespace journey
