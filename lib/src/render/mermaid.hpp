// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

#include "view_model.hpp"

namespace journey::render_detail {

// Sections are the view's phases (named in the view's language); a touchpoint whose emotion is
// recorded per persona becomes one task scored with the mean of its values (Mermaid scores a task
// once), its actors the personas that have a value.
std::string render_mermaid(const Journey& journey, const ViewModel& view, Language language);

}  // namespace journey::render_detail
