// SPDX-License-Identifier: Apache-2.0
// The emotion curve, shared by the map's feeling lane and the emotion view: one point per
// touchpoint, high = good, one curve per persona when emotions are recorded per persona (each in
// a colour, marker and dash of its own), and the low points (2 or below) ringed.
#pragma once

#include <vector>

#include "grid.hpp"

namespace journey::render_detail {

struct CurveColumn {
  double x;                // the point's centre
  std::size_t touchpoint;  // index into Journey::touchpoints
};

// The y of emotion `e` in a chart from `top` to `top + height` (5 at the top).
double level_y(int e, double top, double height);
void draw_curves(const ViewInput& in, Canvas& canvas, const std::vector<CurveColumn>& columns,
                 double top, double height);
// Persona names with their curve's marker, in the curve's colour; empty for a single curve.
std::vector<Paragraph> curve_legend(const ViewInput& in, double size);
// What the colours say, in words: each column's values and whether it is a low point.
std::vector<Paragraph> emotion_words(const ViewInput& in, const Touchpoint& tp, double size);
// The map's feeling lane.
void draw_feeling_lane(const ViewInput& in, Grid& grid, Canvas& canvas);

}  // namespace journey::render_detail
