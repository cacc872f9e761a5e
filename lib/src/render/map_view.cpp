// SPDX-License-Identifier: Apache-2.0
// The map view: the journey map as practitioners draw it. A column per touchpoint under its phase
// (model order; title, role and goal in the header) and a lane per aspect in reading order:
// doing, touchpoints, thinking, the emotion curve, pains, opportunities, owners, backstage,
// support, the first funnel with counts (users and conversion at each step), KPIs. Lanes without
// data are left out; text wraps to its column.
#include <algorithm>

#include "emotion_curve.hpp"
#include "grid.hpp"
#include "journey/numbers.hpp"
#include "lane_cells.hpp"

namespace journey::render_detail {

namespace {

constexpr double k_body = k_lane_body;

Style body(const std::string& color = {}) {
  return {k_body, false, false, color};
}

std::vector<Paragraph> kpi_cell(const ViewInput& in, const ViewPhase& phase) {
  std::vector<Paragraph> out;
  for (const Kpi& kpi : in.journey.kpis) {
    if (kpi.model_phase != phase.model_phase) continue;
    std::string name = kpi.name.value.empty() ? kpi.id.value : kpi.name.value;
    std::string unit = kpi.unit.value.empty() ? "" : " " + kpi.unit.value;
    std::string value;
    if (kpi.actual.usable())
      value += in.say(Word::actual) + " " + number_text(in, kpi.actual.value) + unit;
    if (kpi.target.usable()) {
      value += std::string(value.empty() ? "" : " / ") + in.say(Word::target) + " " +
               number_text(in, kpi.target.value) + unit;
    }
    out.push_back(para(name, {k_body, true, false, {}}));
    if (!value.empty()) out.push_back(para(value, body()));
    if (kpi.actual.usable() && kpi.target.usable()) {
      bool lower = kpi.lower_is_better.usable() && kpi.lower_is_better.value;
      bool met =
          lower ? kpi.actual.value <= kpi.target.value : kpi.actual.value >= kpi.target.value;
      out.push_back(para(met ? "✓ " + in.say(Word::on_target) : "✗ " + in.say(Word::off_target),
                         {k_body, true, false, met ? in.theme.opportunity : in.theme.pain}));
    }
  }
  return out;
}

// A touchpoint's step of the funnel: users reached, and the share that goes on from the step
// before (or that leaves, at the biggest leak, marked in words).
std::vector<Paragraph> funnel_cell(const ViewInput& in, const FunnelResult& r,
                                   std::size_t touchpoint) {
  const FunnelSeries& s = r.total;
  for (std::size_t k = 0; k < s.steps.size(); ++k) {
    const FunnelStep& step = s.steps[k];
    if (step.touchpoint != touchpoint || !step.reached) continue;
    std::vector<Paragraph> out = {
        para(count_text(in, *step.reached) + " " + in.say(Word::users), {k_body, true, false, {}})};
    if (k > 0) {
      out.push_back(para(percent_text(in, step.conversion) + " " + in.say(Word::go_on), body()));
    }
    if (s.biggest_leak && *s.biggest_leak == k) {
      out.push_back(para("▼ " + in.say(Word::biggest_leak) + ": " +
                             percent_text(in, step.drop_share) + " " + in.say(Word::leave),
                         {k_body, true, false, in.theme.pain}));
    }
    return out;
  }
  return {};
}

// A lane of the table: a cell per touchpoint; an empty phase's column says so in the touchpoints
// lane.
void table_lane(const ViewInput& in, Grid& grid, const Lane& lane) {
  grid.text_lane(lane.key(), in.say(lane.map_title), [&](const GridColumn& c) {
    if (!c.empty()) return lane_cell(in, lane, in.journey.touchpoints[c.touchpoint]);
    if (lane.text != &Touchpoint::name) return std::vector<Paragraph>{};
    return std::vector<Paragraph>{
        para(in.say(Word::no_touchpoints), {k_body, false, true, in.theme.muted})};
  });
}

}  // namespace

void build_map_view(const ViewInput& in, Canvas& canvas) {
  Grid grid(in, canvas);
  grid.header();
  for (const Lane* lane : map_lanes()) {
    if (lane->kind == LaneKind::emotion) {
      draw_feeling_lane(in, grid, canvas);
    } else {
      table_lane(in, grid, *lane);
    }
  }
  if (const FunnelResult* funnel = in.funnels ? first_with_data(*in.funnels) : nullptr) {
    const Funnel& f = in.journey.funnels[funnel->funnel];
    grid.text_lane("funnel",
                   in.say(Word::funnel) + ": " + (f.name.value.empty() ? f.id.value : f.name.value),
                   [&](const GridColumn& c) {
                     if (c.empty()) return std::vector<Paragraph>{};
                     return funnel_cell(in, *funnel, c.touchpoint);
                   });
  }
  grid.phase_lane("kpis", in.say(Word::kpis), [&](const ViewPhase& p) { return kpi_cell(in, p); });
  grid.finish();
}

}  // namespace journey::render_detail
