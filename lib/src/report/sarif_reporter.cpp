// SPDX-License-Identifier: Apache-2.0
// SARIF 2.1.0 for code scanning: rules with descriptions, help links and default levels, URIs
// relative to the repository root (%SRCROOT%),
// regions with start and end, and partial fingerprints that survive lines moving.
#include <cctype>
#include <filesystem>

#include "journey/report.hpp"
#include "journey/source_root.hpp"
#include "reporters.hpp"

namespace journey {

namespace {

const char* sarif_level(Severity s) {
  switch (s) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "note";
  }
  return "warning";
}

// A file inside the source root is a relative uri against %SRCROOT% (whose own file URI the run
// gives in originalUriBaseIds); a file outside it, an absolute file URI.
std::string artifact_location(const RootedPath& file) {
  if (!file.inside) return "{\"uri\": \"" + json_escape(file_uri(file.path)) + "\"}";
  return "{\"uri\": \"" + json_escape(uri_encode_path(file.path)) +
         "\", \"uriBaseId\": \"%SRCROOT%\"}";
}

std::string fingerprint(const std::string& file, const Finding& f) {
  // FNV-1a over what identifies a finding independent of its line: file, rule, YAML path.
  std::uint64_t h = 1469598103934665603ull;
  for (const std::string* part : {&file, &f.rule, &f.path}) {
    for (unsigned char c : *part) {
      h ^= c;
      h *= 1099511628211ull;
    }
    h ^= 0xff;
    h *= 1099511628211ull;
  }
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(h));
  return buffer;
}

// SARIF wants a rule's name to differ from its id (SARIF1001): "pain-without-opportunity" is
// named "PainWithoutOpportunity".
std::string pascal_case(const std::string& id) {
  std::string out;
  bool upper = true;
  for (char c : id) {
    if (c == '-') {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out;
}

std::string rooted_root(const std::string& root) {
  std::error_code ec;
  return root.empty() ? std::filesystem::current_path(ec).string() : root;
}

class SarifReporter final : public Reporter {
 public:
  SarifReporter(std::ostream& out, const ReportOptions& options)
      : out_(out), options_(options), root_(rooted_root(options.source_root)) {}

  void begin() override {
    out_ << "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
            "  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n      \"tool\": {\n"
            "        \"driver\": {\n          \"name\": \"journey\",\n"
            "          \"version\": \""
         << json_escape(options_.tool_version) << "\",\n";
    if (!options_.information_uri.empty()) {
      out_ << "          \"informationUri\": \"" << json_escape(options_.information_uri)
           << "\",\n";
    }
    out_ << "          \"rules\": [";
    const auto& rules = builtin_rules();
    for (std::size_t i = 0; i < rules.size(); ++i) {
      RuleInfo r = rules[i]->info();
      index_[r.id] = i;
      out_ << (i ? ",\n" : "\n") << "            {\"id\": \"" << r.id << "\", \"name\": \""
           << pascal_case(r.id) << "\", \"shortDescription\": {\"text\": \""
           << json_escape(r.summary) << "\"}, \"fullDescription\": {\"text\": \""
           << json_escape(r.why) << "\"}, \"help\": {\"text\": \"" << json_escape(r.fix) << "\"}";
      std::string help = rule_help_uri(r.id, options_.information_uri);
      if (!help.empty()) out_ << ", \"helpUri\": \"" << json_escape(help) << "\"";
      out_ << ", \"defaultConfiguration\": {\"level\": \"" << sarif_level(r.severity)
           << "\"}, \"properties\": {\"tags\": [\"" << r.category << "\"]}}";
    }
    out_ << "\n          ]\n        }\n      },\n"
            "      \"originalUriBaseIds\": {\"%SRCROOT%\": {\"uri\": \""
         << json_escape(file_uri(root_, true)) << "\"}},\n"
         << "      \"columnKind\": \"unicodeCodePoints\",\n      \"results\": [";
  }

  void file(const FileReport& report) override {
    const RootedPath own = rooted_path(report.name, root_);
    for (const Finding& f : report.findings) {
      // A finding in a catalog or data file the journey uses is located there.
      const RootedPath file = f.file.empty() ? own : rooted_path(f.file, root_);
      out_ << (first_ ? "\n" : ",\n") << "        {\"ruleId\": \"" << f.rule
           << "\", \"ruleIndex\": " << index_[f.rule] << ", \"level\": \""
           << sarif_level(f.severity) << "\", \"message\": {\"text\": \"" << json_escape(f.message)
           << "\"}, \"locations\": [{\"physicalLocation\": "
           << "{\"artifactLocation\": " << artifact_location(file)
           << ", \"region\": {\"startLine\": " << std::max(1, f.span.line)
           << ", \"startColumn\": " << std::max(1, f.span.column)
           << ", \"endLine\": " << std::max(1, f.span.end_line)
           << ", \"endColumn\": " << std::max(1, f.span.end_column) << "}}";
      if (!f.path.empty()) {
        out_ << ", \"logicalLocations\": [{\"fullyQualifiedName\": \"" << json_escape(f.path)
             << "\"}]";
      }
      out_ << "}], \"partialFingerprints\": {\"journeyFinding/v1\": \"" << fingerprint(file.path, f)
           << "\"}}";
      first_ = false;
    }
  }

  void end(const Summary&) override {
    out_ << (first_ ? "]\n" : "\n      ]\n") << "    }\n  ]\n}\n";
  }

 private:
  std::ostream& out_;
  ReportOptions options_;
  std::string root_;  // absolute
  std::map<std::string, std::size_t> index_;
  bool first_ = true;
};

}  // namespace

std::unique_ptr<Reporter> make_sarif_reporter(std::ostream& out, const ReportOptions& options) {
  return std::make_unique<SarifReporter>(out, options);
}

}  // namespace journey
