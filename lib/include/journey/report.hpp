// SPDX-License-Identifier: Apache-2.0
// Output formats for lint results: text, json, sarif, github, gitlab, junit. Each writes to the
// stream it is given, file by file as reports arrive, so nothing needs all results in memory.
#pragma once

#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "journey/escape.hpp"
#include "journey/lint.hpp"
#include "journey/rule_docs.hpp"

namespace journey {

enum class ReportFormat { text, json, sarif, github, gitlab, junit };

// A format as `journey lint --format` names it and its help describes it, from the format
// registry (report/format_registry.cpp: a new format is a reporter file of its own and one line
// there). In the order --help lists them.
struct ReportFormatInfo {
  ReportFormat format;
  const char* name;     // --format NAME
  const char* summary;  // one line for --help
};
const std::vector<ReportFormatInfo>& report_format_infos();

// Parses a format name; false when unknown.
bool parse_report_format(const std::string& name, ReportFormat& out);

struct Summary {
  std::size_t files = 0;
  std::size_t files_with_findings = 0;
  std::size_t unreadable = 0;
  std::size_t missing = 0;  // paths given that do not exist (set by the caller)
  std::size_t errors = 0, warnings = 0, infos = 0;
  std::map<std::string, std::size_t> by_rule;
  std::map<std::string, Severity> rule_severity;  // the highest severity seen per rule

  void add(const FileReport& report);
};

struct ReportOptions {
  bool color = false;       // ANSI colours (text only)
  bool quiet = false;       // text: no summary line
  bool statistics = false;  // text: counts per rule instead of each finding
  std::string tool_version;
  std::string information_uri;  // sarif: the tool's home page (driver.informationUri); optional
  // sarif, github, gitlab: the folder that paths are given from (see source_root()); empty: the
  // current folder.
  std::string source_root;
};

// A file's path in the CI formats: relative to `root` (empty: the current folder) with '/'
// separators when it lies inside, else absolute. `<stdin>` stays as it is.
struct RootedPath {
  std::string path;
  bool inside = true;
};
RootedPath rooted_path(const std::string& file, const std::string& root);

class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void begin() {}
  virtual void file(const FileReport& report) = 0;
  virtual void end(const Summary& summary) = 0;
};

std::unique_ptr<Reporter> make_reporter(ReportFormat format, std::ostream& out,
                                        const ReportOptions& options);

// Writes only the error findings of a report, in the text format without a summary: what must be
// fixed before render, diff or score can use the journey.
void write_errors(const FileReport& report, std::ostream& out, bool color = false);

}  // namespace journey
