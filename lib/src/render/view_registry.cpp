// SPDX-License-Identifier: Apache-2.0
// The views, one line each: the name --view takes, what the view shows, the Graphviz engines that
// can lay it out, and the function that lays out a hand-laid view (none for the flow, which dot
// lays out). Everything that lists views (parsing, --help, the layout choice, the pages) asks
// this table.
#include "view_registry.hpp"

namespace journey::render_detail {

const std::vector<ViewEntry>& view_entries() {
  static const std::vector<std::string> dot = {"dot", "fdp"};
  static const std::vector<std::string> fixed = {"nop2"};
  static const std::vector<ViewEntry> entries = {
      {{RenderView::flow, "flow",
        "phases as clusters, touchpoints coloured by emotion, the flow as arrows"},
       &dot,
       nullptr},
      {{RenderView::map, "map",
        "the journey-map grid: personas and scenario, a column per touchpoint, a lane per aspect"},
       &fixed,
       build_map_view},
      {{RenderView::emotion, "emotion",
        "the emotion curve across the journey, each persona's lowest and the worst moment marked"},
       &fixed,
       build_emotion_view},
      {{RenderView::blueprint, "blueprint",
        "Shostack's service blueprint: evidence, customer actions, frontstage, backstage and "
        "support, parted by the lines of interaction, visibility and internal interaction"},
       &fixed,
       build_blueprint_view},
      {{RenderView::funnel, "funnel",
        "a conversion funnel from its analytics exports: each step's users as a bar under its "
        "phase, who leaves between steps, the biggest leak marked, pains and opportunities "
        "beside each step"},
       &fixed,
       build_funnel_view},
  };
  return entries;
}

const ViewEntry& view_entry(RenderView view) {
  for (const ViewEntry& e : view_entries()) {
    if (e.info.view == view) return e;
  }
  return view_entries().front();
}

}  // namespace journey::render_detail
