// SPDX-License-Identifier: Apache-2.0
// Score with its reports, and a comparison of the journey with itself.
#include "fuzz_support.hpp"
#include "journey/score.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  journey::Analysis a = journey_fuzz::analyze(data, size);
  if (!a.journey || a.model == nullptr) return 0;
  journey::Date today;
  journey::Date::parse("2026-11-23", today);
  journey::Scorecard card = journey::score_journey(*a.journey, *a.model, "fuzz", today);
  for (auto format :
       {journey::ScoreFormat::text, journey::ScoreFormat::json, journey::ScoreFormat::markdown}) {
    journey::write_scorecards({card}, format, true, journey_fuzz::sink());
    journey::write_score_comparison(card, card, format, journey_fuzz::sink());
  }
  return 0;
}
