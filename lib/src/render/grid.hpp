// SPDX-License-Identifier: Apache-2.0
// The grid that the map and blueprint views share: a column per touchpoint (an empty phase keeps
// one), grouped under phase headers in model order, and lanes of cells below, each lane titled in
// a column on the left. Lanes grow to their tallest cell: text wraps, nothing is cut.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "views.hpp"

namespace journey::render_detail {

// Where a cell's text stands in its column (y, top and bottom); empty when the cell is.
struct CellSpan {
  double top = 0, bottom = 0;
  bool empty() const { return bottom <= top; }
};

struct GridColumn {
  double x = 0;           // left edge
  std::size_t phase = 0;  // index into ViewModel::phases
  // The touchpoint (index into Journey::touchpoints), or npos for an empty phase's column.
  std::size_t touchpoint = static_cast<std::size_t>(-1);
  bool empty() const { return touchpoint == static_cast<std::size_t>(-1); }
};

class Grid {
 public:
  Grid(const ViewInput& in, Canvas& canvas);

  double title_width() const { return in_.metrics.title_width; }
  double column_width() const { return in_.metrics.column_width; }
  double pad() const { return in_.metrics.pad; }
  // Whether this part of the view draws the lane `key` (see ViewPart).
  bool wants(const std::string& key) const;

  const std::vector<GridColumn>& columns() const { return columns_; }
  double width() const { return width_; }
  double y() const { return y_; }
  void skip(double height) { y_ += height; }

  // The title block and the phase headers (name, role, goal).
  void header();
  // A lane of text cells; left out when every cell is empty. `key` names it (ViewPart::lanes).
  // Returns where each column's text stands (empty spans when the lane is left out).
  std::vector<CellSpan> text_lane(
      const std::string& key, const std::string& title,
      const std::function<std::vector<Paragraph>(const GridColumn&)>& cell);
  // A lane of text per phase, spanning the phase's columns (KPIs); left out when all are empty.
  void phase_lane(const std::string& key, const std::string& title,
                  const std::function<std::vector<Paragraph>(const ViewPhase&)>& cell);
  // A lane of fixed height drawn by `draw(top)`; `title` may hold more than one paragraph.
  void custom_lane(const std::string& key, std::vector<Paragraph> title, double height,
                   const std::function<void(double top)>& draw);
  // A full-width dashed line with its name in the title column (the blueprint's lines).
  void divider(const std::string& key, const std::string& name);
  // Vertical lines between phases over the height drawn so far, and a frame around the grid.
  void finish();

  TextBox cell_box(double x, double y, double width, std::vector<Paragraph> text) const;
  double lane_title(const std::vector<Paragraph>& title, double top);
  void separator(double y);

 private:
  void start_lane();  // draws the rule above a lane, unless a divider stands there
  void end_lane(const std::string& key, double top);  // records its extent
  double phase_x(std::size_t phase) const;
  double phase_width(std::size_t phase) const;

  const ViewInput& in_;
  Canvas& canvas_;
  std::vector<GridColumn> columns_;
  double width_ = 0;
  double y_ = 0;
  double grid_top_ = 0;
  bool rule_ = false;  // a lane ended: the next one starts with a rule
};

// A paragraph in one style.
Paragraph para(const std::string& text, Style style);

}  // namespace journey::render_detail
