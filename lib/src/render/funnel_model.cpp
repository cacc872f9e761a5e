// SPDX-License-Identifier: Apache-2.0
#include "funnel_view.hpp"
#include "journey/messages.hpp"

namespace journey::render_detail {

namespace {

const FunnelResult* find_funnel(const Journey& journey, const std::vector<FunnelResult>& funnels,
                                const std::string& id) {
  for (const FunnelResult& r : funnels) {
    if (id.empty() || journey.funnels[r.funnel].id.value == id) return &r;
  }
  return nullptr;
}

std::string funnel_ids(const Journey& journey) {
  std::string ids;
  for (const Funnel& f : journey.funnels) ids += (ids.empty() ? "" : ", ") + f.id.value;
  return ids;
}

}  // namespace

ShownFunnel shown_funnel(const Journey& journey, const std::vector<FunnelResult>* funnels,
                         const RenderOptions& options) {
  ShownFunnel shown;
  if (journey.funnels.empty()) {
    shown.error =
        tr("the journey declares no funnels: add `funnels:` with the analytics exports of its "
           "steps (docs/format.md, Funnels)");
    return shown;
  }
  if (funnels == nullptr || funnels->empty()) {
    shown.error =
        tr("the funnels were not computed: render the journey with its exports "
           "(the caller passes Analysis::funnels)");
    return shown;
  }
  shown.result = find_funnel(journey, *funnels, options.funnel);
  if (shown.result == nullptr) {
    shown.error = translate("the journey has no funnel '%1$s'; it has: %2$s", options.funnel,
                            funnel_ids(journey));
    return shown;
  }
  const FunnelResult& r = *shown.result;
  const std::string& id = journey.funnels[r.funnel].id.value;
  if (!options.segment.empty()) {
    for (const FunnelSeries& s : r.segments) {
      if (s.segment == options.segment) shown.latest = &s;
    }
    if (shown.latest == nullptr)
      shown.error = translate("funnel %1$s has no segment '%2$s'", id, options.segment);
  } else if (r.periods.size() >= 2) {
    shown.latest = &r.periods.back();
    shown.previous = &r.periods[r.periods.size() - 2];
  } else {
    shown.latest = &r.total;
  }
  if (shown.latest != nullptr && shown.latest->steps.empty()) {
    shown.error = translate(
        "funnel %1$s has no steps: list them (steps:) or give its touchpoints events: that its "
        "exports count",
        id);
    shown.latest = nullptr;
  }
  return shown;
}

ViewModel funnel_view_model(const Journey& journey, const ViewModel& full,
                            const std::vector<FunnelResult>* funnels,
                            const RenderOptions& options) {
  ViewModel out;
  out.position.assign(journey.touchpoints.size(), -1);
  out.fail.assign(journey.touchpoints.size(), false);
  if (!options.persona.empty()) {
    out.error =
        tr("the funnel view counts users, not personas: pick a segment of the export with "
           "--segment");
    return out;
  }
  ShownFunnel shown = shown_funnel(journey, funnels, options);
  if (shown.latest == nullptr) {
    out.error = shown.error;
    return out;
  }
  for (const FunnelStep& step : shown.latest->steps) {
    if (out.position[step.touchpoint] >= 0) continue;  // a step listed twice: one column
    if (!options.phase.empty() && full.position[step.touchpoint] < 0) continue;  // --phase
    int model_phase = journey.phases[journey.touchpoints[step.touchpoint].phase].model_phase;
    if (out.phases.empty() || out.phases.back().model_phase != model_phase) {
      ViewPhase phase{model_phase, {}, {}, {}, {}, false};
      for (const ViewPhase& p : full.phases) {
        if (p.model_phase == model_phase) phase.title = p.title;
      }
      out.phases.push_back(std::move(phase));
    }
    out.phases.back().touchpoints.push_back(step.touchpoint);
    out.position[step.touchpoint] = static_cast<int>(out.order.size());
    out.order.push_back(step.touchpoint);
  }
  return out;
}

}  // namespace journey::render_detail
