// SPDX-License-Identifier: Apache-2.0
// Pages and bands: a view too wide (or too tall) for paper or a screen, cut as practitioners cut
// a map. A band holds whole phases (a phase wider than a band continues in the next, marked so)
// and repeats the lane titles and the phase headers; a band taller than a page is split between
// lanes, again with its headers. Pages take bands from the top; the first starts with the
// journey's heading, the others with a running header (title, page k of n).
#pragma once

#include <string>
#include <vector>

#include "canvas.hpp"
#include "views.hpp"

namespace journey::render_detail {

struct PageSize {
  double width = 0, height = 0;  // points
};

// a4, a3 or letter, landscape unless `portrait`; false for any other name.
bool page_size(const std::string& name, bool portrait, PageSize& out);

// On paper, the drawing is scaled by this: the views' body text of 10 points prints at 8.2.
constexpr double k_print_scale = 0.82;
// White around the drawing on a page, in points.
constexpr double k_page_margin = 28;

// The view cut into pages of `page` (each canvas the page's size, in the view's units, to be
// scaled by k_print_scale).
std::vector<Canvas> lay_out_pages(const ViewInput& in, const PageSize& page);
// The view cut into bands of at most `width` points, stacked into one canvas.
Canvas lay_out_bands(const ViewInput& in, double width);

}  // namespace journey::render_detail
