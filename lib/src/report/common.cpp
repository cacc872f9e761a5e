// SPDX-License-Identifier: Apache-2.0
#include <filesystem>

#include "journey/report.hpp"
#include "journey/source_root.hpp"

namespace journey {

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

RootedPath rooted_path(const std::string& file, const std::string& root) {
  namespace fs = std::filesystem;
  if (file.empty() || file[0] == '<') return {file, true};
  std::error_code ec;
  std::string base = root.empty() ? fs::current_path(ec).string() : root;
  std::string inside = path_in_root(file, base);
  if (!inside.empty()) return {inside, true};
  return {fs::absolute(file, ec).lexically_normal().generic_string(), false};
}
}  // namespace journey
