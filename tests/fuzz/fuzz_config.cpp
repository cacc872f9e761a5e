// SPDX-License-Identifier: Apache-2.0
// The configuration file, .journeylint.yaml.
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const journey::RuleNames rules = journey::rule_names();
  std::string text(reinterpret_cast<const char*>(data), size);
  journey::ConfigResult r = journey::parse_config(
      journey::SourceText("/nonexistent-fuzz/.journeylint.yaml", std::move(text)), rules);
  if (r.config) {
    journey_fuzz::sink() << journey::describe_config(*r.config, "maps/x.journey.yaml");
  }
  return 0;
}
