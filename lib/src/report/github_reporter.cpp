// SPDX-License-Identifier: Apache-2.0
// GitHub Actions workflow commands: ::error file=...,line=...::message, with file= relative to the
// repository root (GitHub matches it against the checkout, not the step's folder).
#include "journey/messages.hpp"
#include "journey/numbers.hpp"
#include "journey/report.hpp"
#include "reporters.hpp"

namespace journey {

namespace {

const char* command(Severity s) {
  switch (s) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "notice";
  }
  return "warning";
}

class GithubReporter final : public Reporter {
 public:
  GithubReporter(std::ostream& out, std::string root) : out_(out), root_(std::move(root)) {}

  void file(const FileReport& report) override {
    if (!report.error.empty()) {
      out_ << "::error file=" << github_escape_property(rooted_path(report.name, root_).path)
           << ",title=journey lint::"
           << github_escape_data(translate("cannot read the file: %1$s", report.error)) << "\n";
      return;
    }
    const std::string own = rooted_path(report.name, root_).path;
    for (const Finding& f : report.findings) {
      out_ << "::" << command(f.severity) << " file="
           << github_escape_property(f.file.empty() ? own : rooted_path(f.file, root_).path)
           << ",line=" << std::max(1, f.span.line) << ",col=" << std::max(1, f.span.column);
      if (f.span.end_line > 0) {
        out_ << ",endLine=" << f.span.end_line;
        if (f.span.end_line == f.span.line) out_ << ",endColumn=" << f.span.end_column;
      }
      out_ << ",title=" << github_escape_property("journey lint (" + f.rule + ")")
           << "::" << github_escape_data(f.message) << "\n";
    }
  }

  void end(const Summary& s) override {
    // TRANSLATORS: "0 errors, 2 warnings, 1 info in 3 files".
    out_ << translate("%1$s, %2$s, %3$s in %4$s",
                      translate_n("%1$s error", "%1$s errors", s.errors, s.errors),
                      translate_n("%1$s warning", "%1$s warnings", s.warnings, s.warnings),
                      translate_n("%1$s info", "%1$s infos", s.infos, s.infos),
                      translate_n("%1$s file", "%1$s files", s.files, s.files))
         << "\n";
  }

 private:
  std::ostream& out_;
  std::string root_;
};

}  // namespace

std::unique_ptr<Reporter> make_github_reporter(std::ostream& out, const ReportOptions& options) {
  return std::make_unique<GithubReporter>(out, options.source_root);
}

}  // namespace journey
