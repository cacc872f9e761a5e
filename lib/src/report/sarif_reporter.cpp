// SARIF 2.1.0 for code scanning: rules with descriptions and default levels, relative URIs,
// regions with start and end, and partial fingerprints that survive lines moving.
#include <cctype>
#include <filesystem>

#include "journey/report.hpp"

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

// RFC 3986 path characters stay, everything else is percent-encoded.
std::string uri_encode(const std::string& path) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::string relative_uri(const std::string& name) {
  namespace fs = std::filesystem;
  fs::path p(name);
  if (p.is_absolute()) {
    std::error_code ec;
    fs::path rel = p.lexically_relative(fs::current_path(ec));
    if (!rel.empty() && rel.native().compare(0, 2, "..") != 0) p = rel;
  }
  std::string s = p.lexically_normal().generic_string();
  if (s.compare(0, 2, "./") == 0) s = s.substr(2);
  return uri_encode(s);
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

class SarifReporter final : public Reporter {
 public:
  SarifReporter(std::ostream& out, const ReportOptions& options) : out_(out), options_(options) {}

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
           << json_escape(r.why) << "\"}, \"help\": {\"text\": \"" << json_escape(r.fix)
           << "\"}, \"defaultConfiguration\": {\"level\": \"" << sarif_level(r.severity)
           << "\"}, \"properties\": {\"tags\": [\"" << r.category << "\"]}}";
    }
    out_ << "\n          ]\n        }\n      },\n"
            "      \"columnKind\": \"unicodeCodePoints\",\n      \"results\": [";
  }

  void file(const FileReport& report) override {
    const std::string own_uri = relative_uri(report.name);
    for (const Finding& f : report.findings) {
      // A finding in a catalog or data file the journey uses is located there.
      std::string uri = f.file.empty() ? own_uri : relative_uri(f.file);
      out_ << (first_ ? "\n" : ",\n") << "        {\"ruleId\": \"" << f.rule
           << "\", \"ruleIndex\": " << index_[f.rule] << ", \"level\": \""
           << sarif_level(f.severity) << "\", \"message\": {\"text\": \"" << json_escape(f.message)
           << "\"}, \"locations\": [{\"physicalLocation\": "
           << "{\"artifactLocation\": {\"uri\": \"" << json_escape(uri)
           << "\", \"uriBaseId\": \"%SRCROOT%\"}, \"region\": {\"startLine\": "
           << std::max(1, f.span.line) << ", \"startColumn\": " << std::max(1, f.span.column)
           << ", \"endLine\": " << std::max(1, f.span.end_line)
           << ", \"endColumn\": " << std::max(1, f.span.end_column) << "}}";
      if (!f.path.empty()) {
        out_ << ", \"logicalLocations\": [{\"fullyQualifiedName\": \"" << json_escape(f.path)
             << "\"}]";
      }
      out_ << "}], \"partialFingerprints\": {\"journeyFinding/v1\": \"" << fingerprint(uri, f)
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
  std::map<std::string, std::size_t> index_;
  bool first_ = true;
};

}  // namespace

std::unique_ptr<Reporter> make_sarif_reporter(std::ostream& out, const ReportOptions& options) {
  return std::make_unique<SarifReporter>(out, options);
}

}  // namespace journey
