#include "journey/journey.hpp"

namespace journey {

std::string touchpoint_path(const Journey& journey, const Touchpoint& touchpoint,
                            const std::string& field) {
  std::string path = "phases.";
  if (touchpoint.phase < journey.phases.size()) path += journey.phases[touchpoint.phase].key.value;
  path += ".touchpoints";
  if (touchpoint.id.present && !touchpoint.id.value.empty()) {
    path += "[id=" + touchpoint.id.value + "]";
  } else {
    const auto& list = journey.phases[touchpoint.phase].touchpoints;
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (&journey.touchpoints[list[i]] == &touchpoint) path += "[" + std::to_string(i) + "]";
    }
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

}  // namespace journey
