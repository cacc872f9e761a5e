// SPDX-License-Identifier: Apache-2.0
// Render of every view to DOT and Mermaid, and to SVG through Graphviz's layout. Journeys with
// lint errors are drawn too: the library must not rely on the CLI refusing them.
#include "fuzz_support.hpp"
#include "journey/render.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  journey::Analysis a = journey_fuzz::analyze(data, size);
  if (!a.journey || a.model == nullptr) return 0;
  for (auto view : journey::render_views()) {
    journey::RenderOptions options;
    options.view = view;
    options.language = size % 2 ? journey::Language::nl : journey::Language::en;
    for (auto format :
         {journey::RenderFormat::dot, journey::RenderFormat::mermaid, journey::RenderFormat::svg}) {
      journey::RenderResult r = journey::render(*a.journey, *a.model, options, format);
      journey_fuzz::sink() << r.data.size() << r.error;
    }
  }
  return 0;
}
