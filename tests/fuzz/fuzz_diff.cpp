// SPDX-License-Identifier: Apache-2.0
// Diff of two inputs (split at "\n---8<---\n"), in every format.
#include "fuzz_support.hpp"
#include "journey/diff.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto [old_text, new_text] = journey_fuzz::split(data, size);
  journey::Analysis a = journey_fuzz::analyze(
      reinterpret_cast<const std::uint8_t*>(old_text.data()), old_text.size(), "old.journey.yaml");
  journey::Analysis b = journey_fuzz::analyze(
      reinterpret_cast<const std::uint8_t*>(new_text.data()), new_text.size(), "new.journey.yaml");
  journey::DiffSide old_side{"old", a.journey ? &*a.journey : nullptr, a.model};
  journey::DiffSide new_side{"new", b.journey ? &*b.journey : nullptr, b.model};
  journey::DiffResult result = journey::diff_journeys(old_side, new_side);
  for (auto format : {journey::DiffFormat::text, journey::DiffFormat::json,
                      journey::DiffFormat::markdown, journey::DiffFormat::github}) {
    journey::DiffReportOptions options;
    options.color = true;
    options.new_file = "new.journey.yaml";
    journey::write_diff(result, old_side, new_side, format, options, journey_fuzz::sink());
  }
  return 0;
}
