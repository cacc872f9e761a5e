// SPDX-License-Identifier: Apache-2.0
// GitLab Code Quality (a subset of Code Climate's issue format), for a merge request's Code
// Quality widget: a JSON array of issues, each with a description, check_name, a fingerprint that
// is unique in the report and stays when lines move, a severity and location.path (relative to the
// repository root) with location.lines.begin.
#include <map>

#include "journey/messages.hpp"
#include "journey/report.hpp"
#include "journey/sha256.hpp"
#include "reporters.hpp"

namespace journey {

namespace {

const char* gitlab_severity(Severity s) {
  switch (s) {
    case Severity::error:
      return "major";
    case Severity::warning:
      return "minor";
    case Severity::info:
      return "info";
  }
  return "minor";
}

class GitlabReporter final : public Reporter {
 public:
  GitlabReporter(std::ostream& out, std::string root) : out_(out), root_(std::move(root)) {}

  void begin() override { out_ << "["; }

  void file(const FileReport& report) override {
    const std::string own = rooted_path(report.name, root_).path;
    if (!report.error.empty()) {
      issue(translate("cannot read the file: %1$s", report.error), "unreadable-file", "",
            "critical", own, 1);
      return;
    }
    for (const Finding& f : report.findings) {
      std::string path = f.file.empty() ? own : rooted_path(f.file, root_).path;
      issue(f.message + " [" + f.rule + "]", f.rule, f.path, gitlab_severity(f.severity), path,
            std::max(1, f.span.line));
    }
  }

  void end(const Summary&) override { out_ << (first_ ? "]\n" : "\n]\n"); }

 private:
  // GitLab shows one issue per fingerprint, so two findings of a rule at the same YAML path (a
  // key written twice) are told apart by their order.
  std::string fingerprint(const std::string& path, const std::string& rule,
                          const std::string& yaml_path) {
    std::string key = path + '\0' + rule + '\0' + yaml_path;
    std::size_t occurrence = seen_[key]++;
    return sha256_hex(key + '\0' + std::to_string(occurrence)).substr(0, 32);
  }

  void issue(const std::string& description, const std::string& rule, const std::string& yaml_path,
             const char* severity, const std::string& path, int line) {
    out_ << (first_ ? "\n" : ",\n") << "  {\"description\": \"" << json_escape(description)
         << "\", \"check_name\": \"" << json_escape(rule) << "\", \"fingerprint\": \""
         << fingerprint(path, rule, yaml_path) << "\", \"severity\": \"" << severity
         << "\", \"location\": {\"path\": \"" << json_escape(path)
         << "\", \"lines\": {\"begin\": " << line << "}}}";
    first_ = false;
  }

  std::ostream& out_;
  std::string root_;
  std::map<std::string, std::size_t> seen_;
  bool first_ = true;
};

}  // namespace

std::unique_ptr<Reporter> make_gitlab_reporter(std::ostream& out, const ReportOptions& options) {
  return std::make_unique<GitlabReporter>(out, options.source_root);
}

}  // namespace journey
