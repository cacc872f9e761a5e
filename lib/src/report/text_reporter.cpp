// SPDX-License-Identifier: Apache-2.0
// Compiler-style text: "file:line:col: severity: message [rule]", the source line and a caret.
#include <iomanip>

#include "journey/numbers.hpp"
#include "journey/report.hpp"
#include "journey/utf8.hpp"
#include "reporters.hpp"

namespace journey {

namespace {

const char* k_reset = "\033[0m";
const char* k_bold = "\033[1m";
const char* k_dim = "\033[2m";
const char* k_cyan = "\033[36m";

const char* severity_color(Severity s) {
  switch (s) {
    case Severity::error:
      return "\033[1;31m";
    case Severity::warning:
      return "\033[1;33m";
    case Severity::info:
      return "\033[1;34m";
  }
  return "";
}

// Code points in [0, n) bytes of a line, for caret alignment; tabs count as one column.
std::size_t advance_columns(std::string_view line, int columns) {
  return columns <= 1 ? 0 : skip_code_points(line, 0, static_cast<std::size_t>(columns - 1));
}

class TextReporter final : public Reporter {
 public:
  TextReporter(std::ostream& out, const ReportOptions& options) : out_(out), options_(options) {}

  void file(const FileReport& report) override {
    if (!report.error.empty()) {
      out_ << paint(k_bold) << terminal_text(report.name) << paint(k_reset) << ": "
           << paint(severity_color(Severity::error)) << "error" << paint(k_reset)
           << ": cannot read the file: " << terminal_text(report.error) << "\n";
      return;
    }
    if (options_.statistics) return;
    for (const Finding& f : report.findings) print(report, f);
  }

  void end(const Summary& summary) override {
    if (options_.statistics) {
      for (const auto& [rule, count] : summary.by_rule) {
        Severity s = summary.rule_severity.at(rule);
        out_ << std::setw(6) << count << "  " << paint(severity_color(s)) << std::left
             << std::setw(8) << to_string(s) << paint(k_reset) << std::right << rule << "\n";
      }
    }
    if (options_.quiet) return;
    std::size_t total = summary.errors + summary.warnings + summary.infos;
    std::string files = count_of(summary.files, "file", "files");
    if (total == 0 && summary.unreadable == 0) {
      if (summary.missing == 0) {
        out_ << files << " checked: no problems found.\n";
      } else {
        out_ << files << " checked; " << count_of(summary.missing, "path", "paths")
             << " not found.\n";
      }
      return;
    }
    std::vector<std::string> parts;
    auto part = [&](std::size_t n, const char* one, const char* many) {
      if (n > 0) parts.push_back(std::to_string(n) + " " + (n == 1 ? one : many));
    };
    part(summary.errors, "error", "errors");
    part(summary.warnings, "warning", "warnings");
    part(summary.infos, "info", "infos");
    part(summary.unreadable, "unreadable file", "unreadable files");
    part(summary.missing, "path not found", "paths not found");
    std::string joined;
    for (std::size_t i = 0; i < parts.size(); ++i) {
      joined += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
    }
    out_ << "Found " << joined << " in " << summary.files_with_findings << " of " << files << ".\n";
  }

 private:
  std::string paint(const char* code) const { return options_.color ? code : ""; }

  // The text of the file a finding is in: the report's own, or a catalog or data file it uses
  // (null when the report does not have it: the finding is shown without its line).
  static const SourceText* source_of(const FileReport& report, const Finding& f) {
    if (f.file.empty()) return &report.source;
    auto it = report.other_sources.find(f.file);
    return it == report.other_sources.end() || !it->second ? nullptr : it->second.get();
  }

  void print(const FileReport& report, const Finding& f) {
    int line = std::max(1, f.span.line), column = std::max(1, f.span.column);
    out_ << paint(k_bold) << terminal_text(f.file.empty() ? report.name : f.file) << ":" << line
         << ":" << column << ":" << paint(k_reset) << " " << paint(severity_color(f.severity))
         << to_string(f.severity) << paint(k_reset) << ": " << terminal_text(f.message) << " "
         << paint(k_dim) << "[" << f.rule << "]" << paint(k_reset) << "\n";
    const SourceText* source = source_of(report, f);
    if (!f.span.known() || source == nullptr) return;
    std::string_view text = source->line(f.span.line);
    if (text.size() > 400) return;  // a minified or generated line helps nobody
    std::string gutter = std::to_string(f.span.line);
    std::string pad(gutter.size(), ' ');
    std::string line_text(text);
    for (char& c : line_text) {
      if (c == '\t') c = ' ';
    }
    out_ << " " << paint(k_cyan) << gutter << " |" << paint(k_reset) << " "
         << terminal_text(line_text) << "\n";
    // The caret stands under the column as shown, escapes included.
    std::size_t start = advance_columns(line_text, f.span.column);
    std::size_t end = advance_columns(line_text, f.span.end_column);
    std::size_t width = 1;
    if (f.span.end_line == f.span.line && end > start) {
      width =
          count_code_points(terminal_text(std::string_view(line_text).substr(start, end - start)));
    }
    std::string indent(
        count_code_points(terminal_text(std::string_view(line_text).substr(0, start))), ' ');
    out_ << " " << paint(k_cyan) << pad << " |" << paint(k_reset) << " " << indent
         << paint(severity_color(f.severity)) << "^" << std::string(width - 1, '~')
         << paint(k_reset) << "\n";
  }

  std::ostream& out_;
  ReportOptions options_;
};

}  // namespace

std::unique_ptr<Reporter> make_text_reporter(std::ostream& out, const ReportOptions& options) {
  return std::make_unique<TextReporter>(out, options);
}

}  // namespace journey
