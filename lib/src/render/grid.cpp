// SPDX-License-Identifier: Apache-2.0
#include "grid.hpp"

#include <algorithm>

namespace journey::render_detail {

Paragraph para(const std::string& text, Style style) {
  return {{text, std::move(style)}};
}

bool Grid::wants(const std::string& key) const {
  if (in_.part == nullptr || in_.part->lanes.empty()) return true;
  return std::find(in_.part->lanes.begin(), in_.part->lanes.end(), key) != in_.part->lanes.end();
}

void Grid::end_lane(const std::string& key, double top) {
  rule_ = true;
  if (in_.part != nullptr && in_.part->extents != nullptr) {
    in_.part->extents->push_back({key, top, y_ - top});
  }
}

Grid::Grid(const ViewInput& in, Canvas& canvas) : in_(in), canvas_(canvas) {
  double x = title_width();
  for (std::size_t p = 0; p < in.view.phases.size(); ++p) {
    const auto& tps = in.view.phases[p].touchpoints;
    if (tps.empty()) {
      columns_.push_back({x, p});
      x += column_width();
    }
    for (std::size_t i : tps) {
      columns_.push_back({x, p, i});
      x += column_width();
    }
  }
  width_ = x;
}

double Grid::phase_x(std::size_t phase) const {
  for (const GridColumn& c : columns_) {
    if (c.phase == phase) return c.x;
  }
  return 0;
}

double Grid::phase_width(std::size_t phase) const {
  double w = 0;
  for (const GridColumn& c : columns_) w += c.phase == phase ? column_width() : 0;
  return w;
}

TextBox Grid::cell_box(double x, double y, double width, std::vector<Paragraph> text) const {
  TextBox box;
  box.x = x + pad();
  box.y = y + pad();
  box.width = width - 2 * pad();
  box.color = in_.theme.text;
  box.paragraphs = std::move(text);
  box.compact = in_.options.compact;
  box.language = in_.options.language;
  return box;
}

void Grid::separator(double y) {
  canvas_.stroke({{{0, y}, {width_, y}}, in_.theme.line, 0.6, false, false, false});
}

void Grid::header() {
  const Theme& t = in_.theme;
  y_ = in_.part == nullptr || in_.part->heading ? draw_title(in_, canvas_, width_) : 0;
  grid_top_ = y_;
  double height = 0;
  std::vector<TextBox> boxes;
  for (std::size_t p = 0; p < in_.view.phases.size(); ++p) {
    const ViewPhase& phase = in_.view.phases[p];
    std::string title =
        phase.continued ? phase.title + " (" + in_.say(Word::continued) + ")" : phase.title;
    std::vector<Paragraph> text = {para(title, Style::strong(13))};
    if (!phase.role.empty()) {
      text.push_back(para(in_.say(Word::role) + ": " + phase.role, Style::plain(9.5, t.muted)));
    }
    if (!phase.goal.empty()) {
      text.push_back(para(in_.say(Word::goal) + ": " + phase.goal, Style::emphasis(9.5)));
    }
    boxes.push_back(cell_box(phase_x(p), y_, phase_width(p), std::move(text)));
    height = std::max(height, canvas_.measured(boxes.back()));
  }
  height += 2 * pad();
  for (std::size_t p = 0; p < boxes.size(); ++p) {
    canvas_.box({phase_x(p), y_, phase_width(p), height, t.cluster, t.line, 0.8});
    canvas_.text(std::move(boxes[p]));
  }
  canvas_.box({0, y_, title_width(), height, t.cluster, t.line, 0.8});
  y_ += height;
  if (in_.part != nullptr) in_.part->header_bottom = y_;
}

double Grid::lane_title(const std::vector<Paragraph>& title, double top) {
  return canvas_.text(cell_box(0, top, title_width(), title)) + 2 * pad();
}

std::vector<CellSpan> Grid::text_lane(
    const std::string& key, const std::string& title,
    const std::function<std::vector<Paragraph>(const GridColumn&)>& cell) {
  std::vector<CellSpan> spans(columns_.size());
  if (!wants(key)) return spans;
  std::vector<std::pair<std::size_t, std::vector<Paragraph>>> cells;
  for (std::size_t k = 0; k < columns_.size(); ++k) {
    std::vector<Paragraph> text = cell(columns_[k]);
    if (!text.empty()) cells.emplace_back(k, std::move(text));
  }
  if (cells.empty()) return spans;
  start_lane();
  std::vector<Paragraph> heading = {para(title, Style::strong(10.5))};
  double top = y_;
  double height = lane_title(heading, y_);
  for (auto& [k, text] : cells) {
    double h = canvas_.text(cell_box(columns_[k].x, y_, column_width(), std::move(text)));
    spans[k] = {y_ + pad(), y_ + pad() + h};
    height = std::max(height, h + 2 * pad());
  }
  y_ += height;
  end_lane(key, top);
  return spans;
}

void Grid::phase_lane(const std::string& key, const std::string& title,
                      const std::function<std::vector<Paragraph>(const ViewPhase&)>& cell) {
  if (!wants(key)) return;
  std::vector<std::pair<std::size_t, std::vector<Paragraph>>> cells;
  for (std::size_t p = 0; p < in_.view.phases.size(); ++p) {
    std::vector<Paragraph> text = cell(in_.view.phases[p]);
    if (!text.empty()) cells.emplace_back(p, std::move(text));
  }
  if (cells.empty()) return;
  start_lane();
  double top = y_;
  double height = lane_title({para(title, Style::strong(10.5))}, y_);
  for (auto& [p, text] : cells) {
    height =
        std::max(height, canvas_.text(cell_box(phase_x(p), y_, phase_width(p), std::move(text))) +
                             2 * pad());
  }
  y_ += height;
  end_lane(key, top);
}

void Grid::custom_lane(const std::string& key, std::vector<Paragraph> title, double height,
                       const std::function<void(double top)>& draw) {
  if (!wants(key)) return;
  start_lane();
  double top = y_;
  height = std::max(height, lane_title(title, y_));
  draw(y_);
  y_ += height;
  end_lane(key, top);
}

void Grid::divider(const std::string& key, const std::string& name) {
  if (!wants(key)) return;
  const Theme& t = in_.theme;
  double top = y_;
  double h = canvas_.text(
      cell_box(0, y_ - pad() + 2, title_width(), {para(name, Style::emphasis(8.5, t.muted))}));
  double line_y = y_ + h / 2 + 1;
  canvas_.stroke({{{title_width(), line_y}, {width_, line_y}}, t.muted, 1.2, true, false, false});
  y_ += h + 2;
  if (in_.part != nullptr && in_.part->extents != nullptr) {
    in_.part->extents->push_back({key, top, y_ - top});
  }
  rule_ = false;  // the dashed line parts these lanes
}

void Grid::start_lane() {
  if (rule_) separator(y_);
  rule_ = false;
}

void Grid::finish() {
  const Theme& t = in_.theme;
  for (std::size_t p = 0; p < in_.view.phases.size(); ++p) {
    double x = phase_x(p);
    canvas_.stroke({{{x, grid_top_}, {x, y_}}, t.line, 0.8, false, false, false});
  }
  // A closed frame: the grid ends at a line on every side, whichever lanes it holds.
  canvas_.stroke({{{0, grid_top_}, {width_, grid_top_}, {width_, y_}, {0, y_}, {0, grid_top_}},
                  t.line,
                  0.8,
                  false,
                  false,
                  false});
}

}  // namespace journey::render_detail
