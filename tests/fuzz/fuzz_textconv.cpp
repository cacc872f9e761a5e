// SPDX-License-Identifier: Apache-2.0
// git's textconv view of a journey.
#include "fuzz_support.hpp"
#include "journey/diff.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  journey::Analysis a = journey_fuzz::analyze(data, size);
  if (a.journey) journey::write_textconv(*a.journey, journey_fuzz::sink());
  return 0;
}
