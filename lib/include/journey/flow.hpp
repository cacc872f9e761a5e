// SPDX-License-Identifier: Apache-2.0
// The flow of a journey: which touchpoint leads to which (see docs/format.md, "Flow").
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "journey/journey.hpp"

namespace journey {

struct Flow {
  // For each touchpoint (index into Journey::touchpoints), the touchpoints it leads to. Explicit
  // `next` entries that name nothing are left out (rule unknown-reference reports them).
  std::vector<std::vector<std::size_t>> next;
  // Whether the edge came from an explicit `next` entry (index into Touchpoint::next), or -1.
  std::vector<std::vector<int>> next_entry;
  // Where the journey starts: every touchpoint of the first phase (in model order when the phases
  // are bound to a model, else file order) that has touchpoints, plus those marked `entry: true`.
  std::vector<std::size_t> starts;
  // Touchpoint index by id (the first touchpoint with that id).
  std::unordered_map<std::string, std::size_t> by_id;
};

Flow build_flow(const Journey& journey);

// Touchpoints reachable from the starts, as a mask over Journey::touchpoints.
std::vector<bool> reachable(const Flow& flow);

}  // namespace journey
