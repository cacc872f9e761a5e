// SPDX-License-Identifier: Apache-2.0
// A lane's cell for one touchpoint, as the map and the blueprint set it: the lane table
// (journey/lanes.hpp) says what the lane holds and how an item is set; this turns it into text.
#pragma once

#include <vector>

#include "journey/lanes.hpp"
#include "text_metrics.hpp"
#include "views.hpp"

namespace journey::render_detail {

// Body text of the lanes, in points.
constexpr double k_lane_body = 10;

// The cell of `lane` for `tp`: list items set as the lane's ItemStyle says, pains with their
// severity in words, backstage actions with their owner, the touchpoint's name with its channel
// and moment, the owner with the hand-off. Empty when the touchpoint has nothing in the lane.
std::vector<Paragraph> lane_cell(const ViewInput& in, const Lane& lane, const Touchpoint& tp);

// The lanes of the map, in their rank order; the blueprint's lanes of one row.
std::vector<const Lane*> map_lanes();
std::vector<const Lane*> blueprint_lanes(BlueprintRow row);

}  // namespace journey::render_detail
