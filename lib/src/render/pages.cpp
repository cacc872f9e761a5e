// SPDX-License-Identifier: Apache-2.0
#include "pages.hpp"

#include "grid.hpp"
#include "view_registry.hpp"

#include <algorithm>
#include <cmath>

namespace journey::render_detail {

namespace {

using Band = std::vector<PhaseSlice>;

bool is_grid(const ViewInput& in) {
  return in.options.view == RenderView::map || in.options.view == RenderView::blueprint;
}

double left_of(const ViewInput& in) {
  return is_grid(in) ? in.metrics.title_width : in.metrics.axis_width;
}

double& column_of(Metrics& m, RenderView view) {
  if (view == RenderView::map || view == RenderView::blueprint) return m.column_width;
  return view == RenderView::funnel ? m.funnel_column : m.emotion_column;
}

double column_of(const ViewInput& in) {
  Metrics m = in.metrics;
  return column_of(m, in.options.view);
}

// Whole phases per band, as many as fit `width`; a phase wider than a band fills bands of its
// own, the later ones marked as continued. The map and blueprint keep a column for an empty
// phase; the emotion view draws only phases with touchpoints.
// Columns may narrow to this share of their width so that a band holds whole phases.
constexpr double k_narrowest = 0.8;

// How many columns a band holds: as many as fit at full width, or the widest phase's when its
// columns fit narrowed a little (then no phase is cut).
std::size_t band_room(const ViewInput& in, double width) {
  double free = width - left_of(in);
  auto room = static_cast<std::size_t>(std::max(1.0, std::floor(free / column_of(in))));
  std::size_t widest = 0;
  for (const ViewPhase& p : in.view.phases) widest = std::max(widest, p.touchpoints.size());
  if (widest > room && free / static_cast<double>(widest) >= column_of(in) * k_narrowest) {
    room = widest;
  }
  return room;
}

std::vector<Band> plan_bands(const ViewInput& in, double width) {
  std::size_t room = band_room(in, width);
  std::vector<Band> bands(1);
  std::size_t used = 0;
  auto next_band = [&] {
    if (used > 0) bands.emplace_back();
    used = 0;
  };
  for (std::size_t p = 0; p < in.view.phases.size(); ++p) {
    std::size_t n = in.view.phases[p].touchpoints.size();
    if (n == 0 && !is_grid(in)) continue;
    std::size_t columns = std::max<std::size_t>(1, n);
    if (used + columns > room) next_band();
    for (std::size_t first = 0; first == 0 || first < n; first += room) {
      if (first > 0) next_band();
      std::size_t count = std::min(room, n - first);
      bands.back().push_back({p, first, count, first > 0});
      used += std::max<std::size_t>(1, count);
    }
  }
  if (bands.back().empty()) bands.pop_back();
  return bands;
}

std::size_t columns_of(const ViewModel& view, bool keep_empty) {
  std::size_t n = 0;
  for (const ViewPhase& p : view.phases) {
    n += p.touchpoints.empty() ? (keep_empty ? 1 : 0) : p.touchpoints.size();
  }
  return std::max<std::size_t>(1, n);
}

// The metrics of a band: its columns sized to fill `width`, from a little narrower than usual
// (see band_room) up to half as wide again.
Metrics band_metrics(const ViewInput& in, const ViewModel& band, double width) {
  Metrics m = in.metrics;
  double fill = (width - left_of(in)) / static_cast<double>(columns_of(band, is_grid(in)));
  double& column = column_of(m, in.options.view);
  column = std::clamp(fill, column * k_narrowest, column * 1.5);
  return m;
}

Canvas build_part(const ViewInput& part) {
  Canvas canvas;
  canvas.set_minimum_text_size(part.metrics.minimum_text);
  if (auto build = view_entry(part.options.view).lay_out) build(part, canvas);
  return canvas;
}

// One band's view, ready to draw parts of.
struct BandView {
  ViewModel view;
  Metrics metrics;
  double header_bottom = 0;       // phase headers (and, in the emotion view, the chart's top)
  std::vector<LaneExtent> lanes;  // as the whole band draws them
  double height = 0;
};

BandView measure_band(const ViewInput& in, const Band& slices, double width) {
  BandView b;
  b.view = slice_view(in.view, slices);
  b.metrics = band_metrics(in, b.view, width);
  ViewPart part;
  part.heading = false;
  part.extents = &b.lanes;
  ViewInput input{in.journey, in.model,  in.options, b.view,    in.theme,
                  in.diff,    b.metrics, &part,      in.funnels};
  b.height = build_part(input).bottom();
  b.header_bottom = part.header_bottom;
  return b;
}

Canvas draw_band(const ViewInput& in, const BandView& b, const std::vector<std::string>& lanes) {
  ViewPart part;
  part.heading = false;
  part.lanes = lanes;
  ViewInput input{in.journey, in.model,  in.options, b.view,    in.theme,
                  in.diff,    b.metrics, &part,      in.funnels};
  return build_part(input);
}

// A part of a band on a page: the band and the lanes it draws (empty: all).
struct Piece {
  const BandView* band;
  std::vector<std::string> lanes;
  double height;
};

constexpr double k_gap = 18;  // between pieces on a page

// Fills pages of `room` (the first `first_room`) lane by lane: a band goes on while its next lane
// fits, and continues on the next page with its headers.
std::vector<std::vector<Piece>> fill_pages(const std::vector<BandView>& bands, double first_room,
                                           double room) {
  std::vector<std::vector<Piece>> pages(1);
  double left = first_room;
  auto new_page = [&] {
    pages.emplace_back();
    left = room;
  };
  for (const BandView& b : bands) {
    if (b.lanes.empty() || b.height <= left) {  // whole: the emotion view, or a band that fits
      if (b.height > left && !pages.back().empty()) new_page();
      pages.back().push_back({&b, {}, b.height});
      left -= b.height + k_gap;
      continue;
    }
    Piece piece{&b, {}, b.header_bottom};
    for (const LaneExtent& lane : b.lanes) {
      bool fits = piece.height + lane.height <= left;
      if (!fits && !piece.lanes.empty()) {
        pages.back().push_back(piece);
        piece = {&b, {}, b.header_bottom};
        new_page();
      } else if (!fits && !pages.back().empty()) {
        new_page();
      }
      piece.lanes.push_back(lane.key);
      piece.height += lane.height;
    }
    pages.back().push_back(piece);
    left -= piece.height + k_gap;
  }
  return pages;
}

std::vector<BandView> measure_bands(const ViewInput& in, double width) {
  std::vector<BandView> out;
  for (const Band& band : plan_bands(in, width)) out.push_back(measure_band(in, band, width));
  return out;
}

Canvas heading(const ViewInput& in, double width) {
  Canvas c;
  c.set_minimum_text_size(in.metrics.minimum_text);
  // As tall as the title block says, with its gap: the persona cards' frames end below their text.
  c.extend_to(c.right(), draw_title(in, c, width));
  return c;
}

// "Title · page 2 of 5" with a rule under it, on every page but the first.
Canvas running_header(const ViewInput& in, double width, std::size_t page, std::size_t pages) {
  Canvas c;
  c.set_minimum_text_size(in.metrics.minimum_text);
  TextBox b;
  b.width = width;
  b.color = in.theme.muted;
  b.language = in.options.language;
  b.paragraphs = {para(in.journey.title.value + " · " + in.say(Word::page) + " " +
                           std::to_string(page) + " " + in.say(Word::of) + " " +
                           std::to_string(pages),
                       Style::plain(9))};
  double h = c.text(b);
  c.stroke({{{0, h + 4}, {width, h + 4}}, in.theme.line, 0.6, false, false, false});
  return c;
}

// The emotion and funnel views' bands are one chart each: their charts grow so that the bands that
// share a page fill it. True when the metrics changed.
bool fit_charts(ViewInput& in, const std::vector<BandView>& bands, double room) {
  double tallest = 0;
  for (const BandView& b : bands) tallest = std::max(tallest, b.height);
  if (tallest <= 0) return false;
  double per_page = std::max(1.0, std::floor((room + k_gap) / (tallest + k_gap)));
  double extra = (room + k_gap) / per_page - k_gap - tallest;
  if (extra <= 1) return false;
  in.metrics.emotion_chart += extra;
  return true;
}

}  // namespace

bool page_size(const std::string& name, bool portrait, PageSize& out) {
  if (name == "a4") {
    out = {841.89, 595.28};
  } else if (name == "a3") {
    out = {1190.55, 841.89};
  } else if (name == "letter") {
    out = {792, 612};
  } else {
    return false;
  }
  if (portrait) std::swap(out.width, out.height);
  return true;
}

std::vector<Canvas> lay_out_pages(const ViewInput& view, const PageSize& page) {
  ViewInput in = view;
  // 8 points on paper; Graphviz sets HTML text in whole points, so the next whole size up.
  in.metrics.minimum_text = std::ceil(8 / k_print_scale);
  in.metrics.emotion_chart = 170;  // two bands of the emotion view to a page
  double width = (page.width - 2 * k_page_margin) / k_print_scale;
  double height = (page.height - 2 * k_page_margin) / k_print_scale;
  double running = running_header(in, width, 1, 1).bottom() + 12;
  Canvas first = heading(in, width);
  std::vector<BandView> bands = measure_bands(in, width);
  // Charts as tall as the first page (under the heading) holds them; later pages hold as many.
  double room = height - std::max(running, first.bottom());
  bool chart = in.options.view == RenderView::emotion || in.options.view == RenderView::funnel;
  if (chart && fit_charts(in, bands, room)) {
    bands = measure_bands(in, width);
  }
  auto pages = fill_pages(bands, height - first.bottom(), height - running);
  std::vector<Canvas> out;
  for (std::size_t k = 0; k < pages.size(); ++k) {
    Canvas canvas;
    double y = 0;
    if (k == 0) {
      canvas.place(first, 0, 0);
      y = first.bottom();
    } else {
      canvas.place(running_header(in, width, k + 1, pages.size()), 0, 0);
      y = running;
    }
    for (const Piece& piece : pages[k]) {
      Canvas part = draw_band(in, *piece.band, piece.lanes);
      canvas.place(part, 0, y);
      y += part.bottom() + k_gap;
    }
    canvas.extend_to(width, height);
    out.push_back(std::move(canvas));
  }
  return out;
}

Canvas lay_out_bands(const ViewInput& in, double width) {
  std::vector<BandView> bands = measure_bands(in, width);
  Canvas canvas = heading(in, width);
  double y = canvas.bottom();
  for (const BandView& b : bands) {
    Canvas part = draw_band(in, b, {});
    canvas.place(part, 0, y);
    y += part.bottom() + k_gap;
  }
  return canvas;
}

}  // namespace journey::render_detail
