// SPDX-License-Identifier: Apache-2.0
// A model's phase named as a journey writes it, for messages: a Dutch-keyed journey reads
// 'oriëntatie' in its findings and reasons, not the model's id 'orientation'.
#pragma once

#include <cstddef>
#include <string>

#include "journey/journey.hpp"
#include "journey/model.hpp"

namespace journey {

// The journey's key for the model phase when it has the phase; else, when the journey writes its
// phase keys as aliases, the phase's first alias (the Dutch name in the built-in models); else
// the phase's id.
std::string phase_as_written(const Journey& journey, const Model& model, std::size_t model_phase);

}  // namespace journey
