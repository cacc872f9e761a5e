// SPDX-License-Identifier: Apache-2.0
// The emotion view: the curve of emotions across the journey in flow order, one column per
// touchpoint, phases as bands above it, and each touchpoint's name and values in its own column
// below, wrapped: labels cannot collide whatever their length.
#include <algorithm>

#include "emotion_curve.hpp"
#include "escape.hpp"

namespace journey::render_detail {

namespace {

constexpr double k_pad = 6;

TextBox box(const ViewInput& in, double x, double y, double width, std::vector<Paragraph> text,
            bool center = true) {
  TextBox b;
  b.x = x + k_pad;
  b.y = y;
  b.width = width - 2 * k_pad;
  b.color = in.theme.text;
  b.center = center;
  b.paragraphs = std::move(text);
  b.compact = in.options.compact;
  b.language = in.options.language;
  return b;
}

// Phase bands: a band over the columns of each phase with touchpoints, its name inside.
double draw_bands(const ViewInput& in, Canvas& canvas, double top) {
  double height = 0;
  std::vector<std::pair<TextBox, std::pair<double, double>>> bands;
  double x = in.metrics.axis_width;
  for (const ViewPhase& phase : in.view.phases) {
    if (phase.touchpoints.empty()) continue;
    double w = in.metrics.emotion_column * static_cast<double>(phase.touchpoints.size());
    TextBox b = box(in, x, top + k_pad, w, {para(phase.title, {11, true, false, {}})});
    height = std::max(height, Canvas::measure(b) + 2 * k_pad);
    bands.push_back({std::move(b), {x, w}});
    x += w;
  }
  for (auto& [b, span] : bands) {
    canvas.box(
        {span.first + 2, top, span.second - 4, height, in.theme.cluster, in.theme.line, 0.8, true});
    canvas.text(std::move(b));
  }
  return height;
}

void draw_axis(const ViewInput& in, Canvas& canvas, double top) {
  static const Word names[] = {Word::very_negative, Word::negative, Word::neutral, Word::positive,
                               Word::very_positive};
  for (int e = 1; e <= 5; ++e) {
    double y = level_y(e, top, in.metrics.emotion_chart);
    TextBox b = box(
        in, 0, y - 6, in.metrics.axis_width - 8,
        {para(std::to_string(e) + " " + in.say(names[e - 1]), {9, false, false, in.theme.muted})},
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
    TextBox b = box(in, 0, y, std::max(x, 420.0), std::move(legend), false);
    y += canvas.text(std::move(b)) + 8;
  }
  y += draw_bands(in, canvas, y) + 6;
  draw_axis(in, canvas, y);
  draw_curves(in, canvas, columns, y, in.metrics.emotion_chart);
  y += in.metrics.emotion_chart + 4;
  for (const CurveColumn& c : columns) {
    const Touchpoint& tp = in.journey.touchpoints[c.touchpoint];
    std::vector<Paragraph> text = {para(tp.name.value, {10, true, false, {}})};
    for (Paragraph& p : emotion_words(in, tp, 9)) text.push_back(std::move(p));
    TextBox b =
        box(in, c.x - in.metrics.emotion_column / 2, y, in.metrics.emotion_column, std::move(text));
    b.url = safe_url(tp.url.value);
    canvas.text(std::move(b));
  }
}

}  // namespace journey::render_detail
