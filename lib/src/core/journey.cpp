// SPDX-License-Identifier: Apache-2.0
#include "journey/journey.hpp"

#include <algorithm>
#include <functional>
#include <optional>

namespace journey {

const char* to_string(PainSeverity severity) {
  switch (severity) {
    case PainSeverity::unspecified:
      return "unspecified";
    case PainSeverity::minor:
      return "minor";
    case PainSeverity::workaround:
      return "workaround";
    case PainSeverity::blocker:
      return "blocker";
  }
  return "unspecified";
}

namespace {

std::optional<int> in_scale(const Field<int>& e) {
  if (e.usable() && e.value >= 1 && e.value <= 5) return e.value;
  return std::nullopt;
}

bool concerns(const Touchpoint& tp, const std::string& persona) {
  if (persona.empty() || tp.personas.value.empty()) return true;
  return std::any_of(tp.personas.value.begin(), tp.personas.value.end(),
                     [&](const Text& p) { return p.value == persona; });
}

}  // namespace

const SourceSpan& journey_span(const Persona& persona) {
  return persona.file.empty() ? persona.span : persona.via;
}

bool records_emotion(const Touchpoint& tp) {
  return tp.emotion.present || tp.persona_emotions.present;
}

std::optional<int> emotion_of(const Touchpoint& tp, const std::string& persona) {
  if (tp.persona_emotions.present) {
    if (persona.empty()) return std::nullopt;
    for (const PersonaEmotion& e : tp.persona_emotions.value) {
      if (e.persona.value == persona) return in_scale(e.value);
    }
    return std::nullopt;
  }
  if (!concerns(tp, persona)) return std::nullopt;
  return in_scale(tp.emotion);
}

std::vector<int> emotion_values(const Touchpoint& tp) {
  std::vector<int> out;
  if (auto e = in_scale(tp.emotion)) out.push_back(*e);
  for (const PersonaEmotion& pe : tp.persona_emotions.value) {
    if (auto e = in_scale(pe.value)) out.push_back(*e);
  }
  return out;
}

std::vector<std::string> emotion_subjects(const Journey& journey) {
  std::vector<std::string> named;
  for (const Touchpoint& tp : journey.touchpoints) {
    for (const PersonaEmotion& e : tp.persona_emotions.value) {
      if (std::find(named.begin(), named.end(), e.persona.value) == named.end()) {
        named.push_back(e.persona.value);
      }
    }
  }
  if (named.empty()) return {std::string()};
  std::vector<std::string> ordered;
  for (const Persona& p : journey.personas) {
    if (std::find(named.begin(), named.end(), p.id.value) != named.end()) {
      ordered.push_back(p.id.value);
    }
  }
  for (const std::string& id : named) {
    if (std::find(ordered.begin(), ordered.end(), id) == ordered.end()) ordered.push_back(id);
  }
  return ordered;
}

namespace {

// Where a touchpoint stands in its phase's list. A phase lists its touchpoints in the order they
// were read, by rising index, so a binary search finds it: a rule that names each of 5,000
// touchpoints without ids would otherwise scan the list 5,000 times.
std::optional<std::size_t> position_in_phase(const Journey& journey, const Touchpoint& touchpoint) {
  const std::vector<std::size_t>& list = journey.phases[touchpoint.phase].touchpoints;
  const Touchpoint* first = journey.touchpoints.data();
  std::less<const Touchpoint*> before;
  if (!before(&touchpoint, first) && before(&touchpoint, first + journey.touchpoints.size())) {
    auto index = static_cast<std::size_t>(&touchpoint - first);
    auto at = std::lower_bound(list.begin(), list.end(), index);
    if (at != list.end() && *at == index) return static_cast<std::size_t>(at - list.begin());
  }
  for (std::size_t i = 0; i < list.size(); ++i) {  // a list in another order
    if (&journey.touchpoints[list[i]] == &touchpoint) return i;
  }
  return std::nullopt;
}

}  // namespace

std::string touchpoint_path(const Journey& journey, const Touchpoint& touchpoint,
                            const std::string& field) {
  std::string path = "phases.";
  if (touchpoint.phase < journey.phases.size()) path += journey.phases[touchpoint.phase].key.value;
  path += ".touchpoints";
  if (touchpoint.id.present && !touchpoint.id.value.empty()) {
    path += "[id=" + touchpoint.id.value + "]";
  } else if (touchpoint.phase < journey.phases.size()) {
    if (auto at = position_in_phase(journey, touchpoint)) path += "[" + std::to_string(*at) + "]";
  }
  return field.empty() ? path : path + "." + field;
}

std::string persona_path(const Persona& persona, std::size_t index, const std::string& field) {
  std::string path = persona.id.present ? "personas[id=" + persona.id.value + "]"
                                        : "personas[" + std::to_string(index) + "]";
  return field.empty() ? path : path + "." + field;
}

std::string kpi_path(const Kpi& kpi, std::size_t index, const std::string& field) {
  std::string path =
      kpi.id.present ? "kpis[id=" + kpi.id.value + "]" : "kpis[" + std::to_string(index) + "]";
  return field.empty() ? path : path + "." + field;
}

std::string funnel_path(const Funnel& funnel, std::size_t index, const std::string& field) {
  std::string path = funnel.id.present ? "funnels[id=" + funnel.id.value + "]"
                                       : "funnels[" + std::to_string(index) + "]";
  return field.empty() ? path : path + "." + field;
}

}  // namespace journey
