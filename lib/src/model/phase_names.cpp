// SPDX-License-Identifier: Apache-2.0
#include "journey/phase_names.hpp"

namespace journey {

std::string phase_as_written(const Journey& journey, const Model& model, std::size_t model_phase) {
  const ModelPhase& wanted = model.phases.at(model_phase);
  bool writes_aliases = false;
  for (const Phase& phase : journey.phases) {
    if (phase.model_phase < 0) continue;
    if (static_cast<std::size_t>(phase.model_phase) == model_phase) return phase.key.value;
    if (phase.key.value != model.phases[static_cast<std::size_t>(phase.model_phase)].id) {
      writes_aliases = true;
    }
  }
  return writes_aliases && !wanted.aliases.empty() ? wanted.aliases.front() : wanted.id;
}

}  // namespace journey
