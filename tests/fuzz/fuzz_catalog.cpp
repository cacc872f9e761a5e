// SPDX-License-Identifier: Apache-2.0
// Catalog files (`use:`): YAML of any bytes is read into personas, channels and owners or
// positioned findings, never a crash or a hang. Seed it with tests/data/rules/catalogs/*.yaml.
#include <cstdlib>

#include "fuzz_support.hpp"
#include "journey/catalog.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  journey::CatalogLoadResult r =
      journey::load_catalog(journey::SourceText("fuzz-catalog.yaml", std::move(text)));
  for (const journey::Finding& f : r.findings) {
    if (f.file != "fuzz-catalog.yaml") std::abort();  // findings name the catalog they are in
    journey_fuzz::sink() << f.message;
  }
  if (r.findings.size() > journey::k_max_findings + 1) std::abort();  // one says the rest
  return 0;
}
