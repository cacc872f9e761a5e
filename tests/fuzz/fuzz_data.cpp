// SPDX-License-Identifier: Apache-2.0
// Data files (`data:`): CSV of any bytes is read into rows or positioned findings, never a crash,
// a hang or unbounded memory. Seed it with tests/data/rules/data/*.csv.
#include <cstdlib>

#include "fuzz_support.hpp"

#include "journey/csv.hpp"
#include "journey/data.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  journey::DataLoadResult r = journey::load_data(journey::SourceText("fuzz.csv", std::move(text)));
  for (const journey::DataRow& row : r.rows) {
    journey_fuzz::sink() << row.touchpoint.value << row.metric.value << row.value.value;
  }
  for (const journey::Finding& f : r.findings) {
    if (f.file != "fuzz.csv" || !f.span.known()) std::abort();  // every finding is positioned
    journey_fuzz::sink() << f.message;
  }
  if (r.findings.size() > journey::k_max_findings) std::abort();  // the rest are counted
  // The streaming reader at small limits, so that every limit is reached on short inputs.
  journey::SourceText source("fuzz.csv", std::string(reinterpret_cast<const char*>(data), size));
  journey::csv::Options tight;
  tight.max_records = 5;
  tight.max_fields = 3;
  tight.max_problems = 4;
  journey::csv::Reader reader(source, tight);
  journey::csv::Record record;
  std::size_t records = 0;
  while (reader.next(record)) {
    if (++records > 6 || record.cells.size() > 4) std::abort();
  }
  if (reader.problems().size() > 5) std::abort();
  return 0;
}
