// SPDX-License-Identifier: Apache-2.0
// The blueprint view: Shostack's service blueprint. A column per touchpoint under its phase and,
// from top to bottom, what the customer does, the line of interaction, the frontstage touchpoint,
// the line of visibility, what employees do backstage, the line of internal interaction, and the
// support processes. Fail points (blocker pains, emotion 2 or below) are marked in colour and
// words.
#include <algorithm>

#include "grid.hpp"
#include "lane_cells.hpp"

namespace journey::render_detail {

namespace {

// Why a touchpoint is a fail point, or empty when it is not.
std::vector<std::string> fail_reasons(const ViewInput& in, const Touchpoint& tp) {
  std::vector<std::string> out;
  for (const Pain& p : tp.pains.value) {
    if (p.severity.usable() && p.severity.value == PainSeverity::blocker) out.push_back(p.value);
  }
  std::size_t i = static_cast<std::size_t>(&tp - in.journey.touchpoints.data());
  if (tp.moment.usable() && tp.moment.value && in.view.is_fail_point(i) &&
      !emotion_text(in, tp).empty()) {
    out.push_back(in.say(Word::moment_of_truth) + ", " + in.say(Word::emotion) + " " +
                  emotion_text(in, tp));
  }
  return out;
}

bool leads_to(const ViewInput& in, std::size_t from, std::size_t to) {
  return std::any_of(in.view.edges.begin(), in.view.edges.end(),
                     [&](const ViewEdge& e) { return e.from == from && e.to == to; });
}

std::vector<Paragraph> frontstage(const ViewInput& in, const Touchpoint& tp) {
  const Theme& t = in.theme;
  std::vector<Paragraph> out = {para(tp.name.value, {11, true, false, {}})};
  std::string meta = tp.channel.value;
  if (!tp.owner.value.empty()) meta += (meta.empty() ? "" : " · ") + tp.owner.value;
  if (!meta.empty()) out.push_back(para(meta, {9, false, false, t.muted}));
  if (tp.moment.usable() && tp.moment.value) {
    std::string name = tp.moment_name.value.empty() ? "" : ": " + tp.moment_name.value;
    out.push_back(para("★ " + in.say(Word::moment_of_truth) + name, {9, true, false, t.loop}));
  }
  for (const std::string& why : fail_reasons(in, tp)) {
    out.push_back(para("⚠ " + in.say(Word::fail_point) + ": " + why, {9, true, false, t.pain}));
  }
  return out;
}

// The frontstage lane: a card per touchpoint (fail points in red), arrows along the flow.
void frontstage_lane(const ViewInput& in, Grid& grid, Canvas& canvas) {
  const Theme& t = in.theme;
  const double card = grid.column_width() - 16;
  double height = 0;
  for (const GridColumn& c : grid.columns()) {
    if (c.empty()) continue;
    TextBox b =
        grid.cell_box(c.x + 4, 0, card, frontstage(in, in.journey.touchpoints[c.touchpoint]));
    height = std::max(height, Canvas::measure(b));
  }
  height += 2 * grid.pad() + 8;
  grid.custom_lane("name", {para(in.say(Word::frontstage), {10.5, true, false, {}})}, height + 8,
                   [&](double top) {
                     const auto& columns = grid.columns();
                     for (std::size_t k = 0; k < columns.size(); ++k) {
                       const GridColumn& c = columns[k];
                       if (c.empty()) continue;
                       const Touchpoint& tp = in.journey.touchpoints[c.touchpoint];
                       bool fail = !fail_reasons(in, tp).empty();
                       canvas.box({c.x + 8, top + 4, card, height, t.cluster,
                                   fail ? t.pain : t.line, fail ? 2.5 : 1, true});
                       canvas.text(grid.cell_box(c.x + 4, top + 4, card, frontstage(in, tp)));
                       // An arrow where the flow goes on to the card beside this one; other steps
                       // of the flow are the flow view's to show.
                       if (k + 1 < columns.size() && !columns[k + 1].empty() &&
                           leads_to(in, c.touchpoint, columns[k + 1].touchpoint)) {
                         double y = top + 4 + height / 2;
                         canvas.stroke({{{c.x + 8 + card, y}, {columns[k + 1].x + 8, y}},
                                        t.line,
                                        1.2,
                                        false,
                                        false,
                                        true});
                       }
                     }
                   });
}

// The lanes of one row of the blueprint, from the lane table.
void row_lanes(const ViewInput& in, Grid& grid, BlueprintRow row) {
  for (const Lane* lane : blueprint_lanes(row)) {
    grid.text_lane(lane->key(), in.say(lane->blueprint_title), [&](const GridColumn& c) {
      if (c.empty()) return std::vector<Paragraph>{};
      return lane_cell(in, *lane, in.journey.touchpoints[c.touchpoint]);
    });
  }
}

}  // namespace

void build_blueprint_view(const ViewInput& in, Canvas& canvas) {
  Grid grid(in, canvas);
  grid.header();
  row_lanes(in, grid, BlueprintRow::customer);
  grid.divider("line-of-interaction", in.say(Word::line_of_interaction));
  frontstage_lane(in, grid, canvas);
  grid.divider("line-of-visibility", in.say(Word::line_of_visibility));
  row_lanes(in, grid, BlueprintRow::backstage);
  grid.divider("line-of-internal-interaction", in.say(Word::line_of_internal_interaction));
  row_lanes(in, grid, BlueprintRow::support);
  grid.finish();
}

}  // namespace journey::render_detail
