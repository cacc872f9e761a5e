// Data files (`data:`): CSV of any bytes is read into rows or positioned findings, never a crash,
// a hang or unbounded memory. Seed it with tests/data/rules/data/*.csv.
#include "fuzz_support.hpp"
#include "journey/data.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  journey::DataLoadResult r = journey::load_data(journey::SourceText("fuzz.csv", std::move(text)));
  for (const journey::DataRow& row : r.rows) {
    journey_fuzz::sink() << row.touchpoint.value << row.metric.value << row.value.value;
  }
  for (const journey::Finding& f : r.findings) journey_fuzz::sink() << f.message;
  return 0;
}
