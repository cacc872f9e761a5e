// SPDX-License-Identifier: Apache-2.0
// The flow view on paper. dot lays the flow out, so it cannot be cut after layout as the hand-laid
// views are: instead each page is laid out on its own, at a scale that prints the flow's smallest
// text (9 points) at 8. Phases go side by side as many as a page's width holds; a group of phases
// taller than a page continues on the next pages in runs of rows as even as they can be, each
// phase marked "continued". Every page carries the title and the legend; the arrows between pages
// are not drawn (each page shows the flow within it).
#include "flow_pages.hpp"

#include <algorithm>
#include <memory>

#include "pdf_pages.hpp"

namespace journey::render_detail {

namespace {

constexpr double k_flow_print_scale = 0.9;

std::unique_ptr<Graph> band_graph(const ViewInput& in, const ViewModel& band) {
  ViewInput part{in.journey, in.model, in.options, band, in.theme, in.diff, in.metrics, nullptr};
  auto graph = std::make_unique<Graph>("journey");
  build_flow_view(part, *graph);
  graph->set(graph->root(), "pad", "0");
  return graph;
}

// Whether a band of these slices fits on a page of `room` (points, inside the margins); with
// `width_only`, whether it fits across (a taller band continues on the next page).
bool fits(const ViewInput& in, const std::vector<PhaseSlice>& slices, const PageSize& room,
          bool width_only = false) {
  std::unique_ptr<Graph> graph = band_graph(in, slice_view(in.view, slices));
  double width = 0, height = 0;
  std::string error;
  if (!graph->measure("dot", width, height, error)) return false;
  return width * k_flow_print_scale <= room.width &&
         (width_only || height * k_flow_print_scale <= room.height);
}

std::size_t most_rows(const ViewInput& in, const std::vector<std::size_t>& group) {
  std::size_t rows = 1;
  for (std::size_t p : group) rows = std::max(rows, in.view.phases[p].touchpoints.size());
  return rows;
}

// A group of phases side by side, rows [first, first + rows) of each.
std::vector<PhaseSlice> rows_of(const ViewInput& in, const std::vector<std::size_t>& group,
                                std::size_t first, std::size_t rows) {
  std::vector<PhaseSlice> out;
  for (std::size_t p : group) {
    std::size_t count = in.view.phases[p].touchpoints.size();
    std::size_t from = std::min(first, count);
    out.push_back({p, from, std::min(rows, count - from), first > 0});
  }
  return out;
}

// Phases in groups that fit a page's width side by side, measured with all their touchpoints:
// touchpoints that no arrow orders stand side by side, so a phase's first touchpoint alone is
// narrower than the phase, and a group measured on it had to be cut into pages of one row.
std::vector<std::vector<std::size_t>> phase_groups(const ViewInput& in, const PageSize& room) {
  std::vector<std::vector<std::size_t>> groups(1);
  for (std::size_t p = 0; p < in.view.phases.size(); ++p) {
    std::vector<std::size_t> grown = groups.back();
    grown.push_back(p);
    if (groups.back().empty() ||
        fits(in, rows_of(in, grown, 0, most_rows(in, grown)), room, true)) {
      groups.back() = std::move(grown);
    } else {
      groups.push_back({p});
    }
  }
  return groups;
}

// How many rows of a group a page holds from `first` (at least one).
std::size_t rows_that_fit(const ViewInput& in, const std::vector<std::size_t>& group,
                          std::size_t first, std::size_t left, const PageSize& room) {
  std::size_t lo = 1, hi = left;  // the answer is in [lo, hi]
  while (lo < hi) {
    std::size_t mid = (lo + hi + 1) / 2;
    if (fits(in, rows_of(in, group, first, mid), room)) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  return lo;
}

// Pages of the flow: each group of phases cut into runs of rows as even as the page allows.
std::vector<std::vector<PhaseSlice>> plan_flow_bands(const ViewInput& in, const PageSize& room) {
  std::vector<std::vector<PhaseSlice>> bands;
  for (const std::vector<std::size_t>& group : phase_groups(in, room)) {
    std::size_t rows = most_rows(in, group);
    std::size_t most = rows_that_fit(in, group, 0, rows, room);
    std::size_t pages = (rows + most - 1) / most;
    std::size_t per_page = (rows + pages - 1) / pages;
    for (std::size_t first = 0; first < rows; first += per_page) {
      bands.push_back(rows_of(in, group, first, per_page));
    }
  }
  return bands;
}

}  // namespace

RenderResult write_flow_pages(const ViewInput& in, const PageSize& page) {
  PageSize room{page.width - 2 * k_page_margin, page.height - 2 * k_page_margin};
  std::vector<GraphPage> pages;
  for (const std::vector<PhaseSlice>& band : plan_flow_bands(in, room)) {
    ViewModel view = slice_view(in.view, band);
    std::unique_ptr<Graph> graph = band_graph(in, view);
    // A page whose band alone is still too large (one touchpoint taller than the paper) is
    // scaled down to fit rather than cut.
    double width = 0, height = 0, scale = k_flow_print_scale;
    std::string error;
    if (graph->measure("dot", width, height, error) && width > 0 && height > 0) {
      scale = std::min({scale, room.width / width, room.height / height});
    }
    pages.push_back({std::move(graph), "dot", scale});
  }
  return write_pdf_pages(pages, page, in.journey.title.value);
}

}  // namespace journey::render_detail
