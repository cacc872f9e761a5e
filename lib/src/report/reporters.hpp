// SPDX-License-Identifier: Apache-2.0
// The reporters, one file each (text_reporter.cpp, ...), as the format registry makes them.
#pragma once

#include <memory>
#include <ostream>

#include "journey/report.hpp"

namespace journey {

std::unique_ptr<Reporter> make_text_reporter(std::ostream& out, const ReportOptions& options);
std::unique_ptr<Reporter> make_json_reporter(std::ostream& out, const ReportOptions& options);
std::unique_ptr<Reporter> make_sarif_reporter(std::ostream& out, const ReportOptions& options);
std::unique_ptr<Reporter> make_github_reporter(std::ostream& out, const ReportOptions& options);
std::unique_ptr<Reporter> make_gitlab_reporter(std::ostream& out, const ReportOptions& options);
std::unique_ptr<Reporter> make_junit_reporter(std::ostream& out, const ReportOptions& options);

}  // namespace journey
