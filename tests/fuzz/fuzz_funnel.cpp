// SPDX-License-Identifier: Apache-2.0
// Funnel exports: any bytes, read as JSON or CSV of every shape (detected, then forced), give
// counts or positioned findings, never a crash, a hang or unbounded memory. Seed it with
// tests/data/funnel/exports/.
#include <cmath>
#include <cstdlib>

#include "fuzz_support.hpp"

#include "journey/funnel.hpp"

namespace {

void check(const journey::FunnelExport& e) {
  if (e.steps.size() > journey::k_max_funnel_steps) std::abort();
  if (e.findings.size() > journey::k_max_findings) std::abort();
  for (const journey::Finding& f : e.findings) {
    if (f.file != "fuzz.export") std::abort();
    journey_fuzz::sink() << f.message;
  }
  for (const journey::ExportStep& s : e.steps) {
    for (const journey::ExportCount& c : s.counts) {
      if (!std::isfinite(c.count) || c.count < 0) std::abort();  // checked counts only
      journey_fuzz::sink() << s.name << c.count << c.segment;
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto source = std::make_shared<const journey::SourceText>(
      "fuzz.export", std::string(reinterpret_cast<const char*>(data), size));
  journey::EventSteps steps;
  steps.events = {{"a", "session_start"}, {"b", "view_item"}, {"c"}};
  steps.window_seconds = size % 2 ? 3600 : 0;
  steps.closed = size % 3 != 0;
  check(journey::read_funnel_export(source, std::nullopt, steps));
  for (int f = 0; f < 6; ++f) {
    check(journey::read_funnel_export(source, static_cast<journey::FunnelFormat>(f), steps));
  }
  long long t = 0;
  journey::parse_event_timestamp(source->text().substr(0, 40), t);
  return 0;
}
