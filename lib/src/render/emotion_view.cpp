// SPDX-License-Identifier: Apache-2.0
// The emotion view: the curve of emotions across the journey in flow order, one column per
// touchpoint, phases as bands above it, and each touchpoint's name and values in its own column
// below, wrapped: labels cannot collide whatever their length.
#include <algorithm>

#include "emotion_curve.hpp"
#include "escape.hpp"

namespace journey::render_detail {

namespace {

void draw_axis(const ViewInput& in, Canvas& canvas, double top) {
  static const Word names[] = {Word::very_negative, Word::negative, Word::neutral, Word::positive,
                               Word::very_positive};
  for (int e = 1; e <= 5; ++e) {
    double y = level_y(e, top, in.metrics.emotion_chart);
    TextBox b = padded_box(
        in, 0, y - 6, in.metrics.axis_width - 8,
        {para(std::to_string(e) + " " + in.say(names[e - 1]), Style::plain(9, in.theme.muted))},
        false);
    canvas.text(std::move(b));
  }
}

}  // namespace

void build_emotion_view(const ViewInput& in, Canvas& canvas) {
  std::vector<CurveColumn> columns;
  double x = in.metrics.axis_width;
  for (std::size_t i : in.view.order) {
    columns.push_back({x + in.metrics.emotion_column / 2, i});
    x += in.metrics.emotion_column;
  }
  double y =
      in.part == nullptr || in.part->heading ? draw_title(in, canvas, std::max(x, 420.0)) : 0;
  std::vector<Paragraph> legend = curve_legend(in, 9.5);
  if (!legend.empty()) {
    TextBox b = padded_box(in, 0, y, std::max(x, 420.0), std::move(legend), false);
    y += canvas.text(std::move(b)) + 8;
  }
  y += draw_phase_bands(in, canvas, y, in.metrics.axis_width, in.metrics.emotion_column) + 6;
  draw_axis(in, canvas, y);
  draw_curves(in, canvas, columns, y, in.metrics.emotion_chart);
  y += in.metrics.emotion_chart + 4;
  for (const CurveColumn& c : columns) {
    const Touchpoint& tp = in.journey.touchpoints[c.touchpoint];
    std::vector<Paragraph> text = {para(tp.name.value, Style::strong(10))};
    for (Paragraph& p : emotion_words(in, tp, 9)) text.push_back(std::move(p));
    TextBox b = padded_box(in, c.x - in.metrics.emotion_column / 2, y, in.metrics.emotion_column,
                           std::move(text));
    b.url = safe_url(tp.url.value);
    canvas.text(std::move(b));
  }
}

}  // namespace journey::render_detail
