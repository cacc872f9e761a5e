// SPDX-License-Identifier: Apache-2.0
#include "journey/report.hpp"
#include "reporters.hpp"

namespace journey {

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
