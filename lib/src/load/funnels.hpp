// SPDX-License-Identifier: Apache-2.0
// Reading `funnels:` of a journey (funnels.cpp).
#pragma once

#include <vector>

#include "reader.hpp"

namespace journey::load {

// Funnels per journey (docs/format.md, "Limits").
constexpr std::size_t k_max_funnels = 16;

// Reads `funnels:`, a list of funnel maps, appending to `out`.
void read_funnels(Reader& r, NodeId list, std::vector<Funnel>& out);

}  // namespace journey::load
