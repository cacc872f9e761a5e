// SPDX-License-Identifier: Apache-2.0
// The flow view as pages of one PDF (--page): bands of whole phases, each laid out by dot on its
// own and printed with its text at 8 points or more.
#pragma once

#include "journey/render.hpp"
#include "pages.hpp"
#include "views.hpp"

namespace journey::render_detail {

RenderResult write_flow_pages(const ViewInput& in, const PageSize& page);

}  // namespace journey::render_detail
