// SPDX-License-Identifier: Apache-2.0
// The flow view on paper. dot lays the flow out, so it cannot be cut after layout as the hand-laid
// views are: instead each page is laid out on its own, at a scale that prints the flow's smallest
// text (9 points) at 8. On paper every phase is one column of touchpoints (see add_phase). Pages
// fill as text does, in flow order: phases side by side as many as a page's width holds, each
// with as many rows as its height holds; a phase that does not end on a page continues on the
// next, marked "continued", ahead of the phases that follow it; bands that end short of a page's
// foot share it. Every page carries the title and the legend. An arrow between pages is not
// drawn but marked on its two cards with the other's page, so the first plan is made with the
// pages unknown, and the marks written once they are.
#include "flow_pages.hpp"

#include <algorithm>
#include <cstddef>
#include <map>
#include <memory>

#include "pdf_pages.hpp"

namespace journey::render_detail {

namespace {

constexpr double k_flow_print_scale = 0.9;

constexpr double k_band_gap = 18;  // points between two bands on one page

// Where each touchpoint is printed: its page, from 1, and its band; empty while pages are
// planned.
struct PrintedAt {
  std::size_t page = 0, band = 0;
};
using PageOf = std::map<std::size_t, PrintedAt>;

// The arrows with one end in the band, printed `at`, and the other not.
std::vector<OffPageArrow> off_page_arrows(const ViewInput& in, const ViewModel& band_view,
                                          const PrintedAt& at, const PageOf& page_of) {
  std::vector<OffPageArrow> out;
  for (const ViewEdge& e : in.view.edges) {
    bool from_here = band_view.position[e.from] >= 0, to_here = band_view.position[e.to] >= 0;
    if (from_here == to_here) continue;
    OffPageArrow arrow{from_here ? e.from : e.to, from_here};
    auto there = page_of.find(from_here ? e.to : e.from);
    if (there != page_of.end()) {
      arrow.page = there->second.page;
      if (arrow.page == at.page) arrow.same_page = there->second.band > at.band ? 1 : -1;
    }
    out.push_back(arrow);
  }
  return out;
}

// A band of phases as the flow view draws it, its arrows to and from other pages marked on their
// cards; without `heading`, no title and legend (a band below another on the same page).
std::unique_ptr<Graph> band_graph(const ViewInput& in, const std::vector<PhaseSlice>& slices,
                                  bool heading = true, const PageOf& page_of = {},
                                  const PrintedAt& at = {}) {
  ViewModel band = slice_view(in.view, slices);
  ViewPart part;
  part.heading = heading;
  part.off_page = off_page_arrows(in, band, at, page_of);
  ViewInput drawn{in.journey, in.model, in.options, band, in.theme, in.diff, in.metrics, &part};
  auto graph = std::make_unique<Graph>("journey");
  build_flow_view(drawn, *graph);
  graph->set(graph->root(), "pad", "0");
  return graph;
}

// Whether a band of these slices fits on a page of `room` (points, inside the margins); with
// `width_only`, whether it fits across.
bool fits(const ViewInput& in, const std::vector<PhaseSlice>& slices, const PageSize& room,
          bool width_only = false) {
  std::unique_ptr<Graph> graph = band_graph(in, slices, false);
  double width = 0, height = 0;
  std::string error;
  if (!graph->measure("dot", width, height, error)) return false;
  return width * k_flow_print_scale <= room.width &&
         (width_only || height * k_flow_print_scale <= room.height);
}

// A rest of a phase this long or shorter is tried whole first, as most fit a page at once; a longer
// one is found row count by row count (largest_fitting), so that no try lays out much more than a
// page holds.
constexpr std::size_t k_rows_tried_whole = 8;

// The largest n in [lo, hi] that `fits_n` holds for: it holds for lo (not tried) and for every n
// below one that it holds for (a band of fewer rows is no taller). The tries gallop up from lo
// (lo + 1, + 2, + 4, ...) and then halve the gap, so that each lays out at most about twice the
// rows that fit: a phase of 250 touchpoints is not laid out whole to fill a page with 3.
template <typename Fits>
std::size_t largest_fitting(std::size_t lo, std::size_t hi, Fits fits_n) {
  for (std::size_t step = 1; lo < hi; step *= 2) {
    std::size_t probe = std::min(hi, lo + step);
    if (!fits_n(probe)) {
      hi = probe - 1;
      break;
    }
    lo = probe;
  }
  while (lo < hi) {
    std::size_t mid = (lo + hi + 1) / 2;
    if (fits_n(mid)) {
      lo = mid;
    } else {
      hi = mid - 1;
    }
  }
  return lo;
}

// A phase's place in the plan: its next row to print.
struct OpenPhase {
  std::size_t phase = 0, next_row = 0;
};

std::size_t rows_left(const ViewInput& in, const OpenPhase& open) {
  return in.view.phases[open.phase].touchpoints.size() - open.next_row;
}

// The k-th column a page can take: the phases begun on earlier pages, then the next ones. False
// when there is none.
bool column_at(const ViewInput& in, const std::vector<OpenPhase>& open, std::size_t next_phase,
               std::size_t k, OpenPhase& column) {
  if (k < open.size()) {
    column = open[k];
    return true;
  }
  column = {next_phase + (k - open.size()), 0};
  return column.phase < in.view.phases.size();
}

// The columns, each cut after at most `rows` rows (an empty phase shows "no touchpoints").
std::vector<PhaseSlice> cut(const ViewInput& in, const std::vector<OpenPhase>& columns,
                            std::size_t rows) {
  std::vector<PhaseSlice> band;
  for (const OpenPhase& c : columns) {
    band.push_back({c.phase, c.next_row, std::min(rows, rows_left(in, c)), c.next_row > 0});
  }
  return band;
}

// The columns of a page while its width holds them one touchpoint deep. At least one.
std::vector<OpenPhase> page_columns(const ViewInput& in, const std::vector<OpenPhase>& open,
                                    std::size_t next_phase, const PageSize& room) {
  std::vector<OpenPhase> columns;
  OpenPhase column;
  for (std::size_t k = 0; column_at(in, open, next_phase, k, column); ++k) {
    columns.push_back(column);
    if (columns.size() > 1 && !fits(in, cut(in, columns, 1), room, true)) {
      columns.pop_back();
      break;
    }
  }
  return columns;
}

// The most rows the columns fit down the page, cut at one row for all (dot aligns the rows of
// neighbouring columns, so they fit only together). At least one: a page that cannot hold one
// touchpoint is scaled down to fit.
std::size_t common_rows(const ViewInput& in, const std::vector<OpenPhase>& columns,
                        const PageSize& room) {
  std::size_t most = 1;
  for (const OpenPhase& c : columns) most = std::max(most, rows_left(in, c));
  bool short_rest = most <= k_rows_tried_whole;
  if (short_rest && fits(in, cut(in, columns, most), room)) return most;
  return largest_fitting(1, short_rest ? most - 1 : most,
                         [&](std::size_t rows) { return fits(in, cut(in, columns, rows), room); });
}

// A page whose columns are cut after one row for all: rows stay even across the page.
std::vector<PhaseSlice> page_cut_evenly(const ViewInput& in, const std::vector<OpenPhase>& open,
                                        std::size_t next_phase, const PageSize& room) {
  std::vector<OpenPhase> columns = page_columns(in, open, next_phase, room);
  return cut(in, columns, common_rows(in, columns, room));
}

// The most rows of `column` that fit on the page beside `band`, up to what the phase has left (0
// when not even one fits; an empty phase counts as one). `guess`, the rows of the even cut, is
// tried first: a column of a long phase holds about as many.
std::size_t rows_beside(const ViewInput& in, std::vector<PhaseSlice> band, const OpenPhase& column,
                        std::size_t guess, const PageSize& room) {
  std::size_t left = rows_left(in, column);
  band.push_back({column.phase, column.next_row, left, column.next_row > 0});
  if (left == 0) return fits(in, band, room) ? 1 : 0;
  bool short_rest = left <= k_rows_tried_whole;
  if (short_rest && fits(in, band, room)) return left;
  auto fits_rows = [&](std::size_t rows) {
    band.back().count = rows;
    return fits(in, band, room);
  };
  std::size_t most = short_rest ? left - 1 : left;
  guess = std::min(guess, most);
  if (guess > 0 && fits_rows(guess)) return largest_fitting(guess, most, fits_rows);
  return largest_fitting(0, guess == 0 ? 0 : guess - 1, fits_rows);
}

// A page filled column by column, each with as many rows as still fit: columns of unequal length
// use the height that an even cut (of `even_rows`) leaves empty. The first column always gets a
// row.
std::vector<PhaseSlice> page_filled(const ViewInput& in, const std::vector<OpenPhase>& open,
                                    std::size_t next_phase, std::size_t even_rows,
                                    const PageSize& room) {
  std::vector<PhaseSlice> band;
  OpenPhase column;
  for (std::size_t k = 0; column_at(in, open, next_phase, k, column); ++k) {
    std::size_t rows = rows_beside(in, band, column, even_rows, room);
    if (rows == 0 && !band.empty()) break;
    std::size_t count = std::min(std::max<std::size_t>(rows, 1), rows_left(in, column));
    band.push_back({column.phase, column.next_row, count, column.next_row > 0});
  }
  return band;
}

std::size_t touchpoints_on(const std::vector<PhaseSlice>& band) {
  std::size_t n = 0;
  for (const PhaseSlice& slice : band) n += slice.count;
  return n;
}

// Moves the plan past a page: a phase that does not end on it continues on the next page, ahead
// of the phases that follow it, as do the phases begun before and not on it.
void advance(const ViewInput& in, const std::vector<PhaseSlice>& band, std::vector<OpenPhase>& open,
             std::size_t& next_phase) {
  std::vector<OpenPhase> still_open;
  for (const PhaseSlice& slice : band) {
    OpenPhase after{slice.phase, slice.first + slice.count};
    if (rows_left(in, after) > 0) still_open.push_back(after);
    next_phase = std::max(next_phase, slice.phase + 1);
  }
  if (band.size() < open.size()) {
    still_open.insert(still_open.end(), open.begin() + static_cast<std::ptrdiff_t>(band.size()),
                      open.end());
  }
  std::sort(still_open.begin(), still_open.end(),
            [](const OpenPhase& a, const OpenPhase& b) { return a.phase < b.phase; });
  open = std::move(still_open);
}

// One page: of the two ways to fill it, the one that holds more touchpoints (on a tie, the even
// cut). Neither is best alone: filling column by column can give the first column the whole
// height, so that the next one's taller first touchpoint no longer fits beside it.
std::vector<PhaseSlice> plan_page(const ViewInput& in, std::vector<OpenPhase>& open,
                                  std::size_t& next_phase, const PageSize& room) {
  std::vector<PhaseSlice> even = page_cut_evenly(in, open, next_phase, room);
  std::size_t even_rows = 0;
  for (const PhaseSlice& slice : even) even_rows = std::max(even_rows, slice.count);
  std::vector<PhaseSlice> filled = page_filled(in, open, next_phase, even_rows, room);
  std::vector<PhaseSlice>& band = touchpoints_on(filled) > touchpoints_on(even) ? filled : even;
  advance(in, band, open, next_phase);
  return band;
}

// The title and legend over a page's band, printed: the same on every page, so the pages are
// planned with bands laid out without them (each layout is the cheaper), below this height.
double heading_height(const ViewInput& in) {
  if (in.view.phases.empty()) return 0;
  std::vector<PhaseSlice> first{{0, 0, 1, false}};
  double width = 0, with = 0, without = 0;
  std::string error;
  if (!band_graph(in, first, true)->measure("dot", width, with, error) ||
      !band_graph(in, first, false)->measure("dot", width, without, error)) {
    return 0;
  }
  return std::max(0.0, with - without) * k_flow_print_scale;
}

// Pages of the flow, in flow order, each filled to its width and height.
std::vector<std::vector<PhaseSlice>> plan_flow_bands(const ViewInput& in, const PageSize& room) {
  std::vector<std::vector<PhaseSlice>> bands;
  std::vector<OpenPhase> open;
  std::size_t next_phase = 0;
  PageSize below_heading{room.width, room.height - heading_height(in)};
  while (!open.empty() || next_phase < in.view.phases.size()) {
    bands.push_back(plan_page(in, open, next_phase, below_heading));
  }
  return bands;
}

// A band's scale for print: the flow's print scale, or smaller when one touchpoint is taller
// than the paper (scaled down to fit rather than cut). `height`: its printed height.
double print_scale(Graph& graph, const PageSize& room, double& height) {
  double width = 0, scale = k_flow_print_scale;
  std::string error;
  height = 0;
  if (graph.measure("dot", width, height, error) && width > 0 && height > 0) {
    scale = std::min({scale, room.width / width, room.height / height});
  }
  height *= scale;
  return scale;
}

// Where a band goes: its page (from 0), how far down it, and whether it carries the heading.
struct Placement {
  std::size_t page = 0;
  double top = 0;
  bool heading = true;
};

// Bands on pages: a band whose phases end short of a page's foot leaves room for the next band
// below it, without the title and legend that the page's first band carries.
std::vector<Placement> place_bands(const ViewInput& in,
                                   const std::vector<std::vector<PhaseSlice>>& bands,
                                   const PageSize& room) {
  std::vector<Placement> out;
  double used = 0;  // of the last page's height
  for (const std::vector<PhaseSlice>& band : bands) {
    if (!out.empty() && used + k_band_gap < room.height) {
      double height = 0;
      print_scale(*band_graph(in, band, false), room, height);
      if (used + k_band_gap + height <= room.height) {
        out.push_back({out.back().page, used + k_band_gap, false});
        used = out.back().top + height;
        continue;
      }
    }
    out.push_back({out.empty() ? 0 : out.back().page + 1, 0, true});
    print_scale(*band_graph(in, band, true), room, used);
  }
  return out;
}

}  // namespace

RenderResult write_flow_pages(const ViewInput& in, const PageSize& page) {
  PageSize room{page.width - 2 * k_page_margin, page.height - 2 * k_page_margin};
  std::vector<std::vector<PhaseSlice>> bands = plan_flow_bands(in, room);
  std::vector<Placement> placed = place_bands(in, bands, room);
  PageOf page_of;
  for (std::size_t k = 0; k < bands.size(); ++k) {
    for (std::size_t i : slice_view(in.view, bands[k]).order) page_of[i] = {placed[k].page + 1, k};
  }
  std::vector<GraphPage> pages(placed.empty() ? 0 : placed.back().page + 1);
  for (std::size_t k = 0; k < bands.size(); ++k) {
    std::unique_ptr<Graph> graph =
        band_graph(in, bands[k], placed[k].heading, page_of, {placed[k].page + 1, k});
    double height = 0, scale = print_scale(*graph, room, height);
    pages[placed[k].page].push_back({std::move(graph), "dot", scale, placed[k].top});
  }
  return write_pdf_pages(pages, page, in.journey.title.value);
}

}  // namespace journey::render_detail
