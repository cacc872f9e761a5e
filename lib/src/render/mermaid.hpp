#pragma once

#include <string>

#include "view_model.hpp"

namespace journey::render_detail {

std::string render_mermaid(const Journey& journey, const ViewModel& view);

}  // namespace journey::render_detail
