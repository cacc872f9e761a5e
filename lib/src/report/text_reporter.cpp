// SPDX-License-Identifier: Apache-2.0
// Compiler-style text: "file:line:col: severity: message [rule]", the source line and a caret.
#include <iomanip>

#include "journey/messages.hpp"
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
           << paint(severity_color(Severity::error)) << "error" << paint(k_reset) << ": "
           << terminal_text(translate("cannot read the file: %1$s", report.error)) << "\n";
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
    if (!options_.quiet) summary_line(summary);
  }

 private:
  std::string paint(const char* code) const { return options_.color ? code : ""; }

  // "3 files checked: no problems found.", or "Found 2 errors and 1 warning in 1 of 3 files.".
  void summary_line(const Summary& summary) {
    std::size_t total = summary.errors + summary.warnings + summary.infos;
    std::size_t files = summary.files;
    if (total == 0 && summary.unreadable == 0) {
      if (summary.missing == 0) {
        out_ << translate_n("%1$s file checked: no problems found.",
                            "%1$s files checked: no problems found.", files, files)
             << "\n";
      } else {
        out_ << translate("%1$s checked; %2$s not found.",
                          translate_n("%1$s file", "%1$s files", files, files),
                          translate_n("%1$s path", "%1$s paths", summary.missing, summary.missing))
             << "\n";
      }
      return;
    }
    std::vector<std::string> parts;
    auto part = [&](std::size_t n, std::string text) {
      if (n > 0) parts.push_back(std::move(text));
    };
    std::size_t errors = summary.errors, warnings = summary.warnings, infos = summary.infos,
                unreadable = summary.unreadable, missing = summary.missing;
    part(errors, translate_n("%1$s error", "%1$s errors", errors, errors));
    part(warnings, translate_n("%1$s warning", "%1$s warnings", warnings, warnings));
    part(infos, translate_n("%1$s info", "%1$s infos", infos, infos));
    part(unreadable,
         translate_n("%1$s unreadable file", "%1$s unreadable files", unreadable, unreadable));
    part(missing, translate_n("%1$s path not found", "%1$s paths not found", missing, missing));
    std::string joined = parts[0];
    for (std::size_t i = 1; i + 1 < parts.size(); ++i) joined += ", " + parts[i];
    // TRANSLATORS: the last of a list: "2 errors, 1 warning and 3 infos".
    if (parts.size() > 1) joined = translate("%1$s and %2$s", joined, parts.back());
    out_ << translate_n("Found %1$s in %2$s of %3$s file.", "Found %1$s in %2$s of %3$s files.",
                        files, joined, summary.files_with_findings, files)
         << "\n";
  }

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
