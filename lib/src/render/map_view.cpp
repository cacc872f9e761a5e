// The map view: the journey map as practitioners draw it. A column per touchpoint under its phase
// (model order; title, role and goal in the header) and a lane per aspect in reading order:
// doing, touchpoints, thinking, the emotion curve, pains, opportunities, owners, backstage,
// support, KPIs. Lanes without data are left out; text wraps to its column.
#include <algorithm>

#include "emotion_curve.hpp"
#include "grid.hpp"
#include "journey/numbers.hpp"

namespace journey::render_detail {

namespace {

constexpr double k_body = 10;

Style body(const std::string& color = {}) {
  return {k_body, false, false, color};
}

std::vector<Paragraph> bullets(const std::vector<Text>& items, const std::string& prefix,
                               const Style& style) {
  std::vector<Paragraph> out;
  for (const Text& item : items) out.push_back(para(prefix + item.value, style));
  return out;
}

// "BLOCKER: shipping cost shown at the end", the severity in words and in bold.
std::vector<Paragraph> pains(const ViewInput& in, const Touchpoint& tp) {
  std::vector<Paragraph> out;
  for (const Pain& pain : tp.pains.value) {
    Style style = body(in.theme.pain);
    PainSeverity s = pain.severity.usable() ? pain.severity.value : PainSeverity::unspecified;
    if (s == PainSeverity::unspecified) {
      out.push_back(para("− " + pain.value, style));
      continue;
    }
    // One style a line: a browser and Graphviz measure a bold run differently, and the run
    // after it would be placed into it.
    if (s == PainSeverity::blocker) {
      style.bold = true;
      out.push_back(para("⚠ " + in.say(Word::blocker) + ": " + pain.value, style));
      continue;
    }
    Word w = s == PainSeverity::workaround ? Word::workaround : Word::minor;
    out.push_back(para("− " + pain.value + " (" + in.say(w) + ")", style));
  }
  return out;
}

std::vector<Paragraph> touchpoint_cell(const ViewInput& in, const Touchpoint& tp) {
  const Theme& t = in.theme;
  std::vector<Paragraph> out = {para(tp.name.value, {11, true, false, {}})};
  if (!tp.channel.value.empty()) {
    out.push_back(para(in.say(Word::channel) + ": " + tp.channel.value, body(t.muted)));
  }
  if (tp.moment.usable() && tp.moment.value) {
    std::string name = tp.moment_name.value.empty() ? "" : ": " + tp.moment_name.value;
    out.push_back(para("★ " + in.say(Word::moment_of_truth) + name, {k_body, true, false, t.loop}));
  }
  return out;
}

std::vector<Paragraph> owner_cell(const ViewInput& in, const Touchpoint& tp) {
  std::vector<Paragraph> out;
  if (!tp.owner.value.empty()) out.push_back(para(tp.owner.value, body()));
  if (!tp.handoff.value.empty()) out.push_back(para("→ " + tp.handoff.value, body(in.theme.muted)));
  return out;
}

std::vector<Paragraph> kpi_cell(const ViewInput& in, const ViewPhase& phase) {
  std::vector<Paragraph> out;
  for (const Kpi& kpi : in.journey.kpis) {
    if (kpi.model_phase != phase.model_phase) continue;
    std::string name = kpi.name.value.empty() ? kpi.id.value : kpi.name.value;
    std::string unit = kpi.unit.value.empty() ? "" : " " + kpi.unit.value;
    std::string value;
    if (kpi.actual.usable())
      value += in.say(Word::actual) + " " + format_number(kpi.actual.value) + unit;
    if (kpi.target.usable()) {
      value += std::string(value.empty() ? "" : " / ") + in.say(Word::target) + " " +
               format_number(kpi.target.value) + unit;
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

// Lanes of the touchpoints' lists: doing, thinking, opportunities, backstage, support.
void list_lanes_before_feeling(const ViewInput& in, Grid& grid) {
  const auto& tps = in.journey.touchpoints;
  auto of = [&](const GridColumn& c) -> const Touchpoint* {
    return c.empty() ? nullptr : &tps[c.touchpoint];
  };
  grid.text_lane(in.say(Word::doing), [&](const GridColumn& c) {
    return of(c) ? bullets(of(c)->actions.value, "• ", body()) : std::vector<Paragraph>{};
  });
  grid.text_lane(in.say(Word::touchpoints), [&](const GridColumn& c) {
    if (!of(c))
      return std::vector<Paragraph>{
          para(in.say(Word::no_touchpoints), {k_body, false, true, in.theme.muted})};
    return touchpoint_cell(in, *of(c));
  });
  grid.text_lane(in.say(Word::thinking), [&](const GridColumn& c) {
    std::vector<Paragraph> out;
    if (!of(c)) return out;
    for (const Text& th : of(c)->thoughts.value) {
      out.push_back(para("“" + th.value + "”", {k_body, false, true, {}}));
    }
    return out;
  });
}

void list_lanes_after_feeling(const ViewInput& in, Grid& grid) {
  const auto& tps = in.journey.touchpoints;
  auto of = [&](const GridColumn& c) -> const Touchpoint* {
    return c.empty() ? nullptr : &tps[c.touchpoint];
  };
  const Theme& t = in.theme;
  grid.text_lane(in.say(Word::pains), [&](const GridColumn& c) {
    return of(c) ? pains(in, *of(c)) : std::vector<Paragraph>{};
  });
  grid.text_lane(in.say(Word::opportunities), [&](const GridColumn& c) {
    return of(c) ? bullets(of(c)->opportunities.value, "+ ", body(t.opportunity))
                 : std::vector<Paragraph>{};
  });
  grid.text_lane(in.say(Word::owners), [&](const GridColumn& c) {
    return of(c) ? owner_cell(in, *of(c)) : std::vector<Paragraph>{};
  });
  grid.text_lane(in.say(Word::backstage), [&](const GridColumn& c) {
    std::vector<Paragraph> out;
    if (!of(c)) return out;
    for (const BackstageAction& b : of(c)->backstage.value) {
      out.push_back(
          para("• " + b.value + (b.owner.value.empty() ? "" : " (" + b.owner.value + ")"), body()));
    }
    return out;
  });
  grid.text_lane(in.say(Word::support), [&](const GridColumn& c) {
    return of(c) ? bullets(of(c)->support.value, "▪ ", body()) : std::vector<Paragraph>{};
  });
  grid.phase_lane(in.say(Word::kpis), [&](const ViewPhase& p) { return kpi_cell(in, p); });
}

}  // namespace

void build_map_view(const ViewInput& in, Canvas& canvas) {
  Grid grid(in, canvas);
  grid.header();
  list_lanes_before_feeling(in, grid);
  draw_feeling_lane(in, grid, canvas);
  list_lanes_after_feeling(in, grid);
  grid.finish();
}

}  // namespace journey::render_detail
