// SPDX-License-Identifier: Apache-2.0
#include "journey/flow.hpp"

namespace journey {

Flow build_flow(const Journey& journey) {
  Flow flow;
  const auto& tps = journey.touchpoints;
  flow.next.resize(tps.size());
  flow.next_entry.resize(tps.size());
  for (std::size_t i = 0; i < tps.size(); ++i) {
    if (tps[i].id.present) flow.by_id.emplace(tps[i].id.value, i);
  }
  for (std::size_t i = 0; i < tps.size(); ++i) {
    const Touchpoint& tp = tps[i];
    if (tp.next.present) {
      for (std::size_t k = 0; k < tp.next.value.size(); ++k) {
        auto it = flow.by_id.find(tp.next.value[k].value);
        if (it == flow.by_id.end()) continue;
        flow.next[i].push_back(it->second);
        flow.next_entry[i].push_back(static_cast<int>(k));
      }
    } else if (i + 1 < tps.size()) {
      flow.next[i].push_back(i + 1);
      flow.next_entry[i].push_back(-1);
    }
  }
  // The first phase with touchpoints, in model order where known.
  const Phase* first = nullptr;
  for (const Phase& phase : journey.phases) {
    if (phase.touchpoints.empty()) continue;
    if (first == nullptr || (phase.model_phase >= 0 &&
                             (first->model_phase < 0 || phase.model_phase < first->model_phase))) {
      first = &phase;
    }
  }
  std::vector<bool> is_start(tps.size(), false);
  if (first != nullptr) {
    for (std::size_t i : first->touchpoints) is_start[i] = true;
  }
  for (std::size_t i = 0; i < tps.size(); ++i) {
    if (tps[i].entry.usable() && tps[i].entry.value) is_start[i] = true;
    if (is_start[i]) flow.starts.push_back(i);
  }
  return flow;
}

std::vector<bool> reachable(const Flow& flow) {
  std::vector<bool> seen(flow.next.size(), false);
  std::vector<std::size_t> stack(flow.starts.begin(), flow.starts.end());
  for (std::size_t s : flow.starts) seen[s] = true;
  while (!stack.empty()) {
    std::size_t i = stack.back();
    stack.pop_back();
    for (std::size_t j : flow.next[i]) {
      if (!seen[j]) {
        seen[j] = true;
        stack.push_back(j);
      }
    }
  }
  return seen;
}

}  // namespace journey
