// SPDX-License-Identifier: Apache-2.0
// JUnit XML: a test suite per file, a failing test case per finding, one passing case for a clean
// file, so that CI test views count journeys like tests.
#include "journey/messages.hpp"
#include "journey/report.hpp"
#include "reporters.hpp"

namespace journey {

namespace {

class JunitReporter final : public Reporter {
 public:
  explicit JunitReporter(std::ostream& out) : out_(out) {}

  void begin() override {
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"journey lint\">\n";
  }

  void file(const FileReport& report) override {
    std::string name = xml_escape(report.name);
    if (!report.error.empty()) {
      out_ << "  <testsuite name=\"" << name << "\" tests=\"1\" failures=\"0\" errors=\"1\">\n"
           << "    <testcase name=\"read\" classname=\"" << name << "\">\n"
           << "      <error message=\""
           << xml_escape(translate("cannot read the file: %1$s", report.error))
           << "\"/>\n    </testcase>\n  </testsuite>\n";
      return;
    }
    std::size_t n = report.findings.size();
    out_ << "  <testsuite name=\"" << name << "\" tests=\"" << std::max<std::size_t>(1, n)
         << "\" failures=\"" << n << "\" errors=\"0\">\n";
    if (n == 0) out_ << "    <testcase name=\"journey lint\" classname=\"" << name << "\"/>\n";
    for (const Finding& f : report.findings) {
      // A finding in a catalog or data file names that file; it fails the journey's suite.
      std::string where = (f.file.empty() ? "" : f.file + ":") +
                          std::to_string(std::max(1, f.span.line)) + ":" +
                          std::to_string(std::max(1, f.span.column));
      out_ << "    <testcase name=\"" << f.rule << " at " << xml_escape(where) << "\" classname=\""
           << name << "\">\n      <failure type=\"" << to_string(f.severity) << "\" message=\""
           << xml_escape(f.message) << "\">"
           << xml_escape((f.file.empty() ? report.name + ":" : std::string()) + where + ": " +
                         to_string(f.severity) + ": " + f.message + " [" + f.rule + "]")
           << "</failure>\n    </testcase>\n";
    }
    out_ << "  </testsuite>\n";
  }

  void end(const Summary&) override { out_ << "</testsuites>\n"; }

 private:
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<Reporter> make_junit_reporter(std::ostream& out, const ReportOptions&) {
  return std::make_unique<JunitReporter>(out);
}

}  // namespace journey
