// SPDX-License-Identifier: Apache-2.0
// The funnels' part of a diff (funnel_diff.cpp).
#pragma once

#include <vector>

#include "journey/diff.hpp"

namespace journey::diff_detail {

// Funnels added and removed, and steps whose conversion fell or rose between the two sides'
// computed funnels (DiffSide::funnels); appended to `out`.
void diff_funnels(const DiffSide& old_side, const DiffSide& new_side, std::vector<Change>& out);

}  // namespace journey::diff_detail
