// SPDX-License-Identifier: Apache-2.0
#include "lane_cells.hpp"

#include <algorithm>

#include "grid.hpp"

namespace journey::render_detail {

namespace {

Style body(const std::string& color = {}) {
  return {k_lane_body, false, false, color};
}

std::vector<Paragraph> items(const ViewInput& in, const Lane& lane, const TextList& list) {
  Style style = body(lane.item.opportunity ? in.theme.opportunity : std::string());
  style.italic = lane.item.italic;
  std::vector<Paragraph> out;
  for (const Text& t : list.value) {
    out.push_back(para(lane.item.open + t.value + lane.item.close, style));
  }
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

std::vector<Paragraph> backstage(const Lane& lane, const Touchpoint& tp) {
  std::vector<Paragraph> out;
  for (const BackstageAction& b : tp.backstage.value) {
    out.push_back(
        para(lane.item.open + b.value + (b.owner.value.empty() ? "" : " (" + b.owner.value + ")"),
             body()));
  }
  return out;
}

std::vector<Paragraph> touchpoint(const ViewInput& in, const Touchpoint& tp) {
  const Theme& t = in.theme;
  std::vector<Paragraph> out = {para(tp.name.value, Style::strong(11))};
  if (!tp.channel.value.empty()) {
    out.push_back(para(in.say(Word::channel) + ": " + tp.channel.value, body(t.muted)));
  }
  if (tp.moment.usable() && tp.moment.value) {
    std::string name = tp.moment_name.value.empty() ? "" : ": " + tp.moment_name.value;
    out.push_back(para(unbreakable("★ " + in.say(Word::moment_of_truth)) + name,
                       {k_lane_body, true, false, t.loop}));
  }
  return out;
}

std::vector<Paragraph> owner(const ViewInput& in, const Touchpoint& tp) {
  std::vector<Paragraph> out;
  if (!tp.owner.value.empty()) out.push_back(para(tp.owner.value, body()));
  if (!tp.handoff.value.empty()) out.push_back(para("→ " + tp.handoff.value, body(in.theme.muted)));
  return out;
}

}  // namespace

std::vector<Paragraph> lane_cell(const ViewInput& in, const Lane& lane, const Touchpoint& tp) {
  switch (lane.kind) {
    case LaneKind::text_list:
    case LaneKind::choice_list:
      return items(in, lane, tp.*lane.list);
    case LaneKind::pains:
      return pains(in, tp);
    case LaneKind::backstage:
      return backstage(lane, tp);
    case LaneKind::text:
      if (lane.text == &Touchpoint::name) return touchpoint(in, tp);
      if (lane.text == &Touchpoint::owner) return owner(in, tp);
      return {para((tp.*lane.text).value, body())};
    default:
      return {};
  }
}

std::vector<const Lane*> map_lanes() {
  std::vector<const Lane*> out;
  for (const Lane& lane : touchpoint_lanes()) {
    if (lane.map_rank > 0) out.push_back(&lane);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Lane* a, const Lane* b) { return a->map_rank < b->map_rank; });
  return out;
}

std::vector<const Lane*> blueprint_lanes(BlueprintRow row) {
  std::vector<const Lane*> out;
  for (const Lane& lane : touchpoint_lanes()) {
    if (lane.blueprint == row) out.push_back(&lane);
  }
  return out;
}

}  // namespace journey::render_detail
