// SPDX-License-Identifier: Apache-2.0
// Diff output: text for terminals, JSON for tools, Markdown for pull-request comments, GitHub
// annotations for regressions.
#include "journey/diff.hpp"
#include "journey/escape.hpp"

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

std::string plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string summary_line(const DiffResult& r) {
  std::size_t n = r.changes.size();
  if (n == 0) return "no semantic differences";
  return plural(n, "difference", "differences") + ": " +
         plural(r.count(ChangeClass::regression), "regression", "regressions") + ", " +
         plural(r.count(ChangeClass::change), "change", "changes") + ", " +
         std::to_string(r.count(ChangeClass::info)) + " info";
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
        << paint("\033[2m") << "[" << c.kind << "] " << terminal_text(c.path) << " (lines "
        << lines_of(c) << ")" << paint(reset) << "\n";
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
  out << "### Journey changes: `" << markdown_text(b.journey ? b.label : a.label) << "`\n\n";
  if (r.changes.empty()) {
    out << "No semantic differences.\n";
    return;
  }
  out << "**" << plural(r.count(ChangeClass::regression), "regression", "regressions") << "**, "
      << plural(r.count(ChangeClass::change), "change", "changes") << ", "
      << r.count(ChangeClass::info)
      << " info.\n\n| | change | what | where | lines (old:new) |\n|---|---|---|---|---|\n";
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
