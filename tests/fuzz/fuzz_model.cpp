// SPDX-License-Identifier: Apache-2.0
// Model files.
#include "fuzz_support.hpp"
#include "journey/model.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  journey::ModelLoadResult r =
      journey::load_model(journey::SourceText("model.yaml", std::move(text)));
  if (r.model) {
    for (const auto& phase : r.model->phases)
      journey_fuzz::sink() << phase.name(journey::Language::nl);
  }
  return 0;
}
