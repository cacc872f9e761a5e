#include "journey/report.hpp"

namespace journey {

bool parse_report_format(const std::string& name, ReportFormat& out) {
  static const std::pair<const char*, ReportFormat> formats[] = {
      {"text", ReportFormat::text},   {"json", ReportFormat::json},
      {"sarif", ReportFormat::sarif}, {"github", ReportFormat::github},
      {"junit", ReportFormat::junit},
  };
  for (const auto& [n, f] : formats) {
    if (name == n) {
      out = f;
      return true;
    }
  }
  return false;
}

void Summary::add(const FileReport& report) {
  ++files;
  if (!report.error.empty()) ++unreadable;
  if (!report.findings.empty()) ++files_with_findings;
  for (const Finding& f : report.findings) {
    ++by_rule[f.rule];
    auto it = rule_severity.find(f.rule);
    if (it == rule_severity.end() || it->second < f.severity) rule_severity[f.rule] = f.severity;
    switch (f.severity) {
      case Severity::error:
        ++errors;
        break;
      case Severity::warning:
        ++warnings;
        break;
      case Severity::info:
        ++infos;
        break;
    }
  }
}

}  // namespace journey
