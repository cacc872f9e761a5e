// SPDX-License-Identifier: Apache-2.0
// The ids a journey offers for completion: its personas, touchpoints, channels, owners, the
// model's phases, the models and the rules, each with a line that names it.
#pragma once

#include <string>
#include <vector>

#include "workspace.hpp"

namespace journey::lsp {

struct Choice {
  std::string id;
  std::string detail;  // the name, or what it is
};

std::vector<Choice> persona_choices(const Snapshot* s);
std::vector<Choice> touchpoint_choices(const Snapshot* s);
std::vector<Choice> channel_choices(const Snapshot* s);
std::vector<Choice> owner_choices(const Snapshot* s);
std::vector<Choice> phase_choices(const Snapshot* s);
std::vector<Choice> model_choices(const Snapshot* s);
std::vector<Choice> rule_choices();

}  // namespace journey::lsp
