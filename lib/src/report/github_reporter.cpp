// GitHub Actions workflow commands: ::error file=...,line=...::message
#include "journey/report.hpp"

namespace journey {

namespace {

// Workflow command escaping: data escapes %, CR, LF; properties also ':' and ','.
std::string escape_data(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%') {
      out += "%25";
    } else if (c == '\r') {
      out += "%0D";
    } else if (c == '\n') {
      out += "%0A";
    } else {
      out += c;
    }
  }
  return out;
}

std::string escape_property(const std::string& s) {
  std::string out;
  for (char c : escape_data(s)) {
    if (c == ':') {
      out += "%3A";
    } else if (c == ',') {
      out += "%2C";
    } else {
      out += c;
    }
  }
  return out;
}

const char* command(Severity s) {
  switch (s) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "notice";
  }
  return "warning";
}

class GithubReporter final : public Reporter {
 public:
  explicit GithubReporter(std::ostream& out) : out_(out) {}

  void file(const FileReport& report) override {
    if (!report.error.empty()) {
      out_ << "::error file=" << escape_property(report.name)
           << ",title=journey lint::" << escape_data("cannot read the file: " + report.error)
           << "\n";
      return;
    }
    for (const Finding& f : report.findings) {
      out_ << "::" << command(f.severity) << " file=" << escape_property(report.name)
           << ",line=" << std::max(1, f.span.line) << ",col=" << std::max(1, f.span.column);
      if (f.span.end_line > 0) {
        out_ << ",endLine=" << f.span.end_line;
        if (f.span.end_line == f.span.line) out_ << ",endColumn=" << f.span.end_column;
      }
      out_ << ",title=" << escape_property("journey lint (" + f.rule + ")")
           << "::" << escape_data(f.message) << "\n";
    }
  }

  void end(const Summary& s) override {
    out_ << s.errors << " errors, " << s.warnings << " warnings, " << s.infos << " infos in "
         << s.files << " files\n";
  }

 private:
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<Reporter> make_github_reporter(std::ostream& out, const ReportOptions&) {
  return std::make_unique<GithubReporter>(out);
}

}  // namespace journey
