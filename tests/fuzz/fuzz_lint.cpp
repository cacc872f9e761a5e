// SPDX-License-Identifier: Apache-2.0
// Lint of arbitrary bytes, reported in every format of the registry.
#include "fuzz_support.hpp"
#include "journey/report.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  journey::Analysis a = journey_fuzz::analyze(data, size);
  journey::Summary summary;
  summary.add(a.report);
  for (const journey::ReportFormatInfo& info : journey::report_format_infos()) {
    journey::ReportFormat format = info.format;
    journey::ReportOptions options;
    options.color = format == journey::ReportFormat::text;
    auto reporter = journey::make_reporter(format, journey_fuzz::sink(), options);
    reporter->begin();
    reporter->file(a.report);
    reporter->end(summary);
  }
  return 0;
}
