// SPDX-License-Identifier: Apache-2.0
// JSON, documented in docs/json-format.md. Keys and their order are stable within version 1.
#include "journey/report.hpp"
#include "reporters.hpp"

namespace journey {

namespace {

class JsonReporter final : public Reporter {
 public:
  JsonReporter(std::ostream& out, const ReportOptions& options) : out_(out), options_(options) {}

  void begin() override {
    out_ << "{\n  \"version\": 1,\n  \"tool\": {\"name\": \"journey\", \"version\": \""
         << json_escape(options_.tool_version) << "\"},\n  \"files\": [";
  }

  void file(const FileReport& report) override {
    out_ << (first_ ? "\n" : ",\n") << "    {\"file\": \"" << json_escape(report.name) << "\"";
    first_ = false;
    if (!report.error.empty()) {
      out_ << ", \"error\": \"" << json_escape(report.error) << "\", \"findings\": []}";
      return;
    }
    out_ << ", \"error\": null, \"findings\": [";
    bool first = true;
    for (const Finding& f : report.findings) {
      out_ << (first ? "\n" : ",\n") << "      {\"rule\": \"" << f.rule << "\", \"severity\": \""
           << to_string(f.severity) << "\", ";
      // Only for a finding in another file (a catalog, a data file): version 1 stays as it was.
      if (!f.file.empty()) out_ << "\"file\": \"" << json_escape(f.file) << "\", ";
      out_ << "\"line\": " << std::max(1, f.span.line)
           << ", \"column\": " << std::max(1, f.span.column)
           << ", \"end_line\": " << std::max(1, f.span.end_line)
           << ", \"end_column\": " << std::max(1, f.span.end_column) << ", \"path\": \""
           << json_escape(f.path) << "\", \"message\": \"" << json_escape(f.message)
           << "\", \"suggestion\": ";
      out_ << (f.suggestion.empty() ? "null" : "\"" + json_escape(f.suggestion) + "\"");
      std::string help = rule_help_uri(f.rule, options_.information_uri);
      out_ << ", \"help_uri\": " << (help.empty() ? "null" : "\"" + json_escape(help) + "\"")
           << "}";
      first = false;
    }
    out_ << (first ? "]}" : "\n    ]}");
  }

  void end(const Summary& s) override {
    out_ << (first_ ? "],\n" : "\n  ],\n");
    out_ << "  \"summary\": {\"files\": " << s.files
         << ", \"files_with_findings\": " << s.files_with_findings
         << ", \"unreadable\": " << s.unreadable << ", \"errors\": " << s.errors
         << ", \"warnings\": " << s.warnings << ", \"infos\": " << s.infos << ", \"by_rule\": {";
    bool first = true;
    for (const auto& [rule, count] : s.by_rule) {
      out_ << (first ? "" : ", ") << "\"" << rule << "\": " << count;
      first = false;
    }
    out_ << "}}\n}\n";
  }

 private:
  std::ostream& out_;
  ReportOptions options_;
  bool first_ = true;
};

}  // namespace

std::unique_ptr<Reporter> make_json_reporter(std::ostream& out, const ReportOptions& options) {
  return std::make_unique<JsonReporter>(out, options);
}

}  // namespace journey
