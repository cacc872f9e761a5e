// SPDX-License-Identifier: Apache-2.0
// Arrows between neighbouring phase columns of the flow view, drawn in the gap between the two
// columns after dot's layout. dot routes an arrow that climbs from the foot of one column to the
// head of the next through points of its own, placed beside every cluster: the arrow runs out to
// the drawing's edge and back, and many such arrows make a band of loops. A consultant draws it
// across: out of the touchpoint's side, along the gap, into the next touchpoint's side.
#pragma once

#include <graphviz/cgraph.h>

#include <vector>

namespace journey::render_detail {

struct GapArrow {
  Agedge_t* edge;
  Agraph_t* from_column;  // the tail's phase cluster
  Agraph_t* to_column;    // the head's phase cluster, the next or the previous column
};

// Redraws each arrow that can go straight across: nothing else of its column stands beside its
// ends on the way to the gap. The others keep dot's route. Arrows that share a gap get lanes of
// their own in it. Then the drawing's width is fitted to what is drawn, without the room dot's
// detours took. Call after a dot layout, before rendering.
void route_through_gaps(Agraph_t* root, const std::vector<GapArrow>& arrows);

}  // namespace journey::render_detail
