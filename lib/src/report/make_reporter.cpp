// SPDX-License-Identifier: Apache-2.0
#include "journey/report.hpp"

namespace journey {

std::unique_ptr<Reporter> make_text_reporter(std::ostream& out, const ReportOptions& options);
std::unique_ptr<Reporter> make_json_reporter(std::ostream& out, const ReportOptions& options);
std::unique_ptr<Reporter> make_sarif_reporter(std::ostream& out, const ReportOptions& options);
std::unique_ptr<Reporter> make_github_reporter(std::ostream& out, const ReportOptions& options);
std::unique_ptr<Reporter> make_gitlab_reporter(std::ostream& out, const ReportOptions& options);
std::unique_ptr<Reporter> make_junit_reporter(std::ostream& out, const ReportOptions& options);

std::unique_ptr<Reporter> make_reporter(ReportFormat format, std::ostream& out,
                                        const ReportOptions& options) {
  switch (format) {
    case ReportFormat::text:
      return make_text_reporter(out, options);
    case ReportFormat::json:
      return make_json_reporter(out, options);
    case ReportFormat::sarif:
      return make_sarif_reporter(out, options);
    case ReportFormat::github:
      return make_github_reporter(out, options);
    case ReportFormat::gitlab:
      return make_gitlab_reporter(out, options);
    case ReportFormat::junit:
      return make_junit_reporter(out, options);
  }
  return make_text_reporter(out, options);
}

void write_errors(const FileReport& report, std::ostream& out, bool color) {
  FileReport errors;
  errors.name = report.name;
  errors.source = report.source;
  errors.other_sources = report.other_sources;
  errors.error = report.error;
  for (const Finding& f : report.findings) {
    if (f.severity == Severity::error) errors.findings.push_back(f);
  }
  ReportOptions options;
  options.quiet = true;
  options.color = color;
  make_text_reporter(out, options)->file(errors);
}

}  // namespace journey
