// SPDX-License-Identifier: Apache-2.0
// The format registry: every output format of `journey lint` in one table. Parsing a name,
// --format's choices, lint's --help, completion and the fuzzer all read it.
#include <algorithm>

#include "journey/report.hpp"
#include "reporters.hpp"

namespace journey {
namespace {

using MakeReporter = std::unique_ptr<Reporter> (*)(std::ostream&, const ReportOptions&);

struct FormatEntry {
  ReportFormatInfo info;
  MakeReporter make;
};

const std::vector<FormatEntry>& format_entries() {
  static const std::vector<FormatEntry> entries = {
      {{ReportFormat::text, "text",
        "file:line:col: severity: message [rule], the line and a caret"},
       make_text_reporter},
      {{ReportFormat::json, "json", "every file and finding as JSON (docs/json-format.md)"},
       make_json_reporter},
      {{ReportFormat::sarif, "sarif",
        "SARIF 2.1.0 for code scanning, paths from the repository root"},
       make_sarif_reporter},
      {{ReportFormat::github, "github",
        "GitHub workflow commands: annotations on the pull request"},
       make_github_reporter},
      {{ReportFormat::gitlab, "gitlab", "GitLab Code Quality JSON (artifacts:reports:codequality)"},
       make_gitlab_reporter},
      {{ReportFormat::junit, "junit", "JUnit XML: a suite per file, a failing case per finding"},
       make_junit_reporter},
  };
  return entries;
}

}  // namespace

const std::vector<ReportFormatInfo>& report_format_infos() {
  static const std::vector<ReportFormatInfo> infos = [] {
    std::vector<ReportFormatInfo> out;
    for (const FormatEntry& e : format_entries()) out.push_back(e.info);
    return out;
  }();
  return infos;
}

bool parse_report_format(const std::string& name, ReportFormat& out) {
  for (const FormatEntry& e : format_entries()) {
    if (name == e.info.name) {
      out = e.info.format;
      return true;
    }
  }
  return false;
}

std::unique_ptr<Reporter> make_reporter(ReportFormat format, std::ostream& out,
                                        const ReportOptions& options) {
  const auto& entries = format_entries();
  auto it = std::find_if(entries.begin(), entries.end(),
                         [&](const FormatEntry& e) { return e.info.format == format; });
  return (it != entries.end() ? it->make : make_text_reporter)(out, options);
}

}  // namespace journey
