// SPDX-License-Identifier: Apache-2.0
// The blueprint view: Shostack's service blueprint. A column per touchpoint under its phase and,
// from top to bottom, what the customer sees or holds (physical evidence), what the customer
// does, the line of interaction, the frontstage touchpoint, the line of visibility, what
// employees do backstage, the line of internal interaction, and the support processes. Arrows
// run down each column from the customer's action to the touchpoint and on to what serves it; a
// row with nothing in it is left out with its line. Fail points (blocker pains, moments of truth
// at or below the fail threshold) are marked in colour and words.
#include <algorithm>

#include "grid.hpp"
#include "lane_cells.hpp"

namespace journey::render_detail {

namespace {

// Why a touchpoint is a fail point, or empty when it is not.
std::vector<std::string> fail_reasons(const ViewInput& in, const Touchpoint& tp) {
  std::vector<std::string> out;
  for (const Pain& p : tp.pains.value) {
    if (p.severity.usable() && p.severity.value == PainSeverity::blocker) out.push_back(p.value);
  }
  std::size_t i = static_cast<std::size_t>(&tp - in.journey.touchpoints.data());
  if (tp.moment.usable() && tp.moment.value && in.view.is_fail_point(i) &&
      !emotion_text(in, tp).empty()) {
    out.push_back(in.say(Word::moment_of_truth) + ", " + in.say(Word::emotion) + " " +
                  emotion_text(in, tp));
  }
  return out;
}

bool leads_to(const ViewInput& in, std::size_t from, std::size_t to) {
  return std::any_of(in.view.edges.begin(), in.view.edges.end(),
                     [&](const ViewEdge& e) { return e.from == from && e.to == to; });
}

std::vector<Paragraph> frontstage(const ViewInput& in, const Touchpoint& tp) {
  const Theme& t = in.theme;
  std::vector<Paragraph> out = {para(tp.name.value, Style::strong(11))};
  std::string meta = tp.channel.value;
  if (!tp.owner.value.empty()) meta += (meta.empty() ? "" : " · ") + tp.owner.value;
  if (!meta.empty()) out.push_back(para(meta, Style::plain(9, t.muted)));
  if (tp.moment.usable() && tp.moment.value) {
    std::string name = tp.moment_name.value.empty() ? "" : ": " + tp.moment_name.value;
    out.push_back(
        para(unbreakable("★ " + in.say(Word::moment_of_truth)) + name, Style::strong(9, t.loop)));
  }
  for (const std::string& why : fail_reasons(in, tp)) {
    out.push_back(para("⚠ " + in.say(Word::fail_point) + ": " + why, Style::strong(9, t.pain)));
  }
  return out;
}

// One frontstage card, and an arrow to the card beside it where the flow goes on to it (other
// steps of the flow are the flow view's to show).
void draw_card(const ViewInput& in, const Grid& grid, Canvas& canvas, std::size_t k,
               const CellSpan& span) {
  const Theme& t = in.theme;
  const auto& columns = grid.columns();
  const GridColumn& c = columns[k];
  const Touchpoint& tp = in.journey.touchpoints[c.touchpoint];
  const double card = grid.column_width() - 16;
  bool fail = !fail_reasons(in, tp).empty();
  canvas.box({c.x + 8, span.top, card, span.bottom - span.top, t.cluster, fail ? t.pain : t.line,
              fail ? 2.5 : 1, true});
  canvas.text(grid.cell_box(c.x + 4, span.top, card, frontstage(in, tp)));
  if (k + 1 < columns.size() && !columns[k + 1].empty() &&
      leads_to(in, c.touchpoint, columns[k + 1].touchpoint)) {
    double y = span.top + 14;
    canvas.stroke(
        {{{c.x + 8 + card, y}, {columns[k + 1].x + 8, y}}, t.line, 1.2, false, false, true});
  }
}

// Each column's cells, row by row, for the connectors that run down the blueprint.
struct ColumnCells {
  std::vector<CellSpan> customer, frontstage, backstage, support;
};

// The lower edge of the cells a row drew in each column (the lowest of its lanes).
void merge(std::vector<CellSpan>& row, const std::vector<CellSpan>& lane) {
  if (row.empty()) row.resize(lane.size());
  for (std::size_t k = 0; k < lane.size(); ++k) {
    if (lane[k].empty()) continue;
    if (row[k].empty()) row[k] = lane[k];
    row[k].bottom = std::max(row[k].bottom, lane[k].bottom);
  }
}

// The frontstage lane: a card per touchpoint, as tall as its text (fail points in red), arrows
// along the flow between neighbouring cards.
std::vector<CellSpan> frontstage_lane(const ViewInput& in, Grid& grid, Canvas& canvas) {
  const auto& columns = grid.columns();
  const double card = grid.column_width() - 16;
  std::vector<double> heights(columns.size(), 0);
  double lane = 0;
  for (std::size_t k = 0; k < columns.size(); ++k) {
    if (columns[k].empty()) continue;
    const Touchpoint& tp = in.journey.touchpoints[columns[k].touchpoint];
    heights[k] = canvas.measured(grid.cell_box(0, 0, card, frontstage(in, tp))) + 2 * grid.pad();
    lane = std::max(lane, heights[k]);
  }
  std::vector<CellSpan> spans(columns.size());
  grid.custom_lane("name", {para(in.say(Word::frontstage), Style::strong(10.5))}, lane + 8,
                   [&](double top) {
                     for (std::size_t k = 0; k < columns.size(); ++k) {
                       if (columns[k].empty()) continue;
                       spans[k] = {top + 4, top + 4 + heights[k]};
                       draw_card(in, grid, canvas, k, spans[k]);
                     }
                   });
  return spans;
}

// The lanes of one row of the blueprint, from the lane table.
std::vector<CellSpan> row_lanes(const ViewInput& in, Grid& grid, BlueprintRow row) {
  std::vector<CellSpan> cells;
  for (const Lane* lane : blueprint_lanes(row)) {
    merge(cells,
          grid.text_lane(lane->key(), in.say(lane->blueprint_title), [&](const GridColumn& c) {
            if (c.empty()) return std::vector<Paragraph>{};
            return lane_cell(in, *lane, in.journey.touchpoints[c.touchpoint]);
          }));
  }
  if (cells.empty()) cells.resize(grid.columns().size());
  return cells;
}

// Whether any touchpoint shown has something in a row of the blueprint: a line between rows is
// drawn only where there are lanes on both sides of it.
bool row_present(const ViewInput& in, BlueprintRow row) {
  for (const Lane* lane : blueprint_lanes(row)) {
    for (const ViewPhase& phase : in.view.phases) {
      for (std::size_t i : phase.touchpoints) {
        if (!lane_cell(in, *lane, in.journey.touchpoints[i]).empty()) return true;
      }
    }
  }
  return false;
}

// Shostack's vertical connectors: from each customer action down to its touchpoint, and from the
// touchpoint down to the backstage actions and the support processes that serve it, across the
// lines between them.
void draw_connectors(const ViewInput& in, const Grid& grid, Canvas& canvas,
                     const ColumnCells& cells) {
  const std::vector<CellSpan>* rows[] = {&cells.customer, &cells.frontstage, &cells.backstage,
                                         &cells.support};
  for (std::size_t k = 0; k < grid.columns().size(); ++k) {
    const CellSpan* above = nullptr;
    double x = grid.columns()[k].x + grid.column_width() / 2;
    for (const std::vector<CellSpan>* row : rows) {
      if (k >= row->size() || (*row)[k].empty()) continue;
      const CellSpan& below = (*row)[k];
      if (above != nullptr && below.top - above->bottom > 6) {
        canvas.stroke({{{x, above->bottom + 2}, {x, below.top - 1}},
                       in.theme.muted,
                       0.9,
                       false,
                       false,
                       true});
      }
      above = &below;
    }
  }
}

}  // namespace

void build_blueprint_view(const ViewInput& in, Canvas& canvas) {
  Grid grid(in, canvas);
  grid.header();
  bool customer =
      row_present(in, BlueprintRow::evidence) || row_present(in, BlueprintRow::customer);
  bool backstage = row_present(in, BlueprintRow::backstage);
  bool support = row_present(in, BlueprintRow::support);
  ColumnCells cells;
  row_lanes(in, grid, BlueprintRow::evidence);
  cells.customer = row_lanes(in, grid, BlueprintRow::customer);
  if (customer) grid.divider("line-of-interaction", in.say(Word::line_of_interaction));
  cells.frontstage = frontstage_lane(in, grid, canvas);
  if (backstage || support) {
    grid.divider("line-of-visibility", in.say(Word::line_of_visibility));
  }
  cells.backstage = row_lanes(in, grid, BlueprintRow::backstage);
  if (backstage && support) {
    grid.divider("line-of-internal-interaction", in.say(Word::line_of_internal_interaction));
  }
  cells.support = row_lanes(in, grid, BlueprintRow::support);
  draw_connectors(in, grid, canvas, cells);
  grid.finish();
}

}  // namespace journey::render_detail
