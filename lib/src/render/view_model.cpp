// SPDX-License-Identifier: Apache-2.0
#include "view_model.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include "journey/flow.hpp"
#include "journey/messages.hpp"
#include "journey/words.hpp"

namespace journey::render_detail {

namespace {

bool kept_for(const Touchpoint& tp, const std::string& persona) {
  if (persona.empty() || tp.personas.value.empty()) return true;
  return std::any_of(tp.personas.value.begin(), tp.personas.value.end(),
                     [&](const Text& p) { return p.value == persona; });
}

// The lowest value a touchpoint gives any subject, and the mean of its values; nothing when none.
std::optional<std::pair<int, double>> low_and_mean(const Touchpoint& tp,
                                                   const std::vector<std::string>& subjects) {
  int low = 6, sum = 0, n = 0;
  for (const std::string& s : subjects) {
    if (auto e = emotion_of(tp, s)) {
      low = std::min(low, *e);
      sum += *e;
      ++n;
    }
  }
  if (n == 0) return std::nullopt;
  return std::make_pair(low, static_cast<double>(sum) / n);
}

void mark(const Journey& journey, const RenderOptions& options, ViewModel& view) {
  const auto& tps = journey.touchpoints;
  for (const std::string& subject : view.subjects) {
    int best = 4;  // a lowest moment of 4 or 5 is no low point
    std::size_t at = static_cast<std::size_t>(-1);
    for (std::size_t i : view.order) {
      auto e = emotion_of(tps[i], subject);
      if (e && *e < best) best = *e, at = i;
    }
    if (at != static_cast<std::size_t>(-1)) view.lowest.emplace_back(subject, at);
  }
  std::pair<int, double> worst{6, 6};
  for (std::size_t i : view.order) {
    auto lm = low_and_mean(tps[i], view.subjects);
    if (lm && *lm < worst && lm->first <= 3) worst = *lm, view.worst = i;
  }
  view.fail.assign(tps.size(), false);
  for (std::size_t i : view.order) {
    const Touchpoint& tp = tps[i];
    bool blocker = std::any_of(tp.pains.value.begin(), tp.pains.value.end(), [](const Pain& p) {
      return p.severity.usable() && p.severity.value == PainSeverity::blocker;
    });
    auto lm = low_and_mean(tp, view.subjects);
    bool failing_moment =
        tp.moment.usable() && tp.moment.value && lm && lm->first <= options.fail_emotion;
    view.fail[i] = blocker || failing_moment;
  }
}

}  // namespace

std::vector<std::string> ViewModel::lowest_of(std::size_t touchpoint) const {
  std::vector<std::string> out;
  for (const auto& [subject, at] : lowest) {
    if (at == touchpoint) out.push_back(subject);
  }
  return out;
}

namespace {

// Every model phase in model order, named in the picture's language, with the journey's role
// and goal for it.
std::vector<ViewPhase> view_phases(const Journey& journey, const Model& model,
                                   const RenderOptions& options) {
  std::vector<ViewPhase> out;
  for (std::size_t i = 0; i < model.phases.size(); ++i) {
    ViewPhase phase{static_cast<int>(i), model.phases[i].name(options.language), {}, {}, {}};
    phase.role = role_name(model.phases[i].role(options.language), options.language);
    for (const Phase& p : journey.phases) {
      if (p.model_phase != static_cast<int>(i)) continue;
      if (!p.role.value.empty()) phase.role = role_name(p.role.value, options.language);
      if (!p.goal.value.empty()) phase.goal = p.goal.value;
    }
    out.push_back(std::move(phase));
  }
  return out;
}

// The flow between the touchpoints kept: from each, through the dropped ones, to the next kept.
void join_edges(const Journey& journey, const std::vector<bool>& kept, ViewModel& view) {
  Flow flow = build_flow(journey);
  std::set<std::pair<std::size_t, std::size_t>> seen;
  for (std::size_t from : view.order) {
    std::vector<std::size_t> stack(flow.next[from].rbegin(), flow.next[from].rend());
    std::vector<bool> visited(journey.touchpoints.size(), false);
    while (!stack.empty()) {
      std::size_t to = stack.back();
      stack.pop_back();
      if (visited[to]) continue;
      visited[to] = true;
      if (kept[to]) {
        if (seen.insert({from, to}).second) {
          bool back = view.position[to] <= view.position[from];
          view.edges.push_back({from, to, back});
        }
        continue;
      }
      for (auto it = flow.next[to].rbegin(); it != flow.next[to].rend(); ++it) stack.push_back(*it);
    }
  }
}

}  // namespace

ViewModel build_view_model(const Journey& journey, const Model& model,
                           const RenderOptions& options) {
  ViewModel view;
  const auto& tps = journey.touchpoints;
  view.phases = view_phases(journey, model, options);
  int only = -1;
  if (!options.phase.empty()) {
    only = model.find_phase(options.phase);
    if (only < 0) {
      std::string ids;
      for (const auto& p : model.phases) ids += (ids.empty() ? "" : ", ") + p.id;
      view.error = translate("model '%1$s' has no phase '%2$s'; its phases: %3$s", model.id,
                             options.phase, ids);
      return view;
    }
  }
  std::vector<bool> kept(tps.size(), false);
  for (std::size_t i = 0; i < tps.size(); ++i) {
    int mp = journey.phases[tps[i].phase].model_phase;
    if (mp < 0 || (only >= 0 && mp != only) || !kept_for(tps[i], options.persona)) continue;
    kept[i] = true;
    view.phases[mp].touchpoints.push_back(i);
  }
  if (only >= 0) view.phases = {view.phases[static_cast<std::size_t>(only)]};
  view.position.assign(tps.size(), -1);
  for (const ViewPhase& phase : view.phases) {
    for (std::size_t i : phase.touchpoints) {
      view.position[i] = static_cast<int>(view.order.size());
      view.order.push_back(i);
    }
  }
  view.subjects = options.persona.empty() ? emotion_subjects(journey)
                                          : std::vector<std::string>{options.persona};
  join_edges(journey, kept, view);
  mark(journey, options, view);
  return view;
}

ViewModel slice_view(const ViewModel& view, const std::vector<PhaseSlice>& slices) {
  ViewModel out;
  out.subjects = view.subjects;
  out.lowest = view.lowest;
  out.worst = view.worst;
  out.fail = view.fail;
  out.position.assign(view.position.size(), -1);
  for (const PhaseSlice& s : slices) {
    ViewPhase phase = view.phases[s.phase];
    const auto& all = phase.touchpoints;
    std::size_t end = std::min(all.size(), s.first + s.count);
    phase.touchpoints.assign(all.begin() + static_cast<std::ptrdiff_t>(std::min(s.first, end)),
                             all.begin() + static_cast<std::ptrdiff_t>(end));
    phase.continued = s.continued;
    for (std::size_t i : phase.touchpoints) {
      out.position[i] = static_cast<int>(out.order.size());
      out.order.push_back(i);
    }
    out.phases.push_back(std::move(phase));
  }
  for (const ViewEdge& e : view.edges) {
    if (out.position[e.from] >= 0 && out.position[e.to] >= 0) out.edges.push_back(e);
  }
  return out;
}

}  // namespace journey::render_detail
