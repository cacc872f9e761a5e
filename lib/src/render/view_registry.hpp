// SPDX-License-Identifier: Apache-2.0
// The view registry (view_registry.cpp): every view of `journey render` in one table.
#pragma once

#include <string>
#include <vector>

#include "journey/render.hpp"
#include "views.hpp"

namespace journey::render_detail {

struct ViewEntry {
  RenderViewInfo info;
  const std::vector<std::string>*
      layouts;  // the Graphviz engines that can lay it out; first: default
  // Lays a hand-laid view out on a canvas; null for a view dot lays out (the flow).
  void (*lay_out)(const ViewInput& in, Canvas& canvas);
};

const std::vector<ViewEntry>& view_entries();
const ViewEntry& view_entry(RenderView view);

}  // namespace journey::render_detail
