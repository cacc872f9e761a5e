// SPDX-License-Identifier: Apache-2.0
#include "emotion_curve.hpp"

#include <algorithm>

namespace journey::render_detail {

namespace {

constexpr double k_margin = 10;  // inside the chart, above 5 and below 1

bool single_curve(const ViewInput& in) {
  return in.view.subjects.size() == 1 && in.view.subjects.front().empty();
}

// Points of one subject in column order; the curve skips touchpoints without its value.
void draw_subject(const ViewInput& in, Canvas& canvas, const std::vector<CurveColumn>& columns,
                  double top, double height, std::size_t k) {
  const Theme& t = in.theme;
  const std::string& subject = in.view.subjects[k];
  std::size_t n = in.view.subjects.size();
  CurveStyle style =
      single_curve(in) ? CurveStyle{t.line, "circle", false, "●"} : curve_style(k, t);
  double offset = (static_cast<double>(k) - (static_cast<double>(n) - 1) / 2) * 16;
  Stroke line{{}, style.color, 2, style.dashed, false, false};
  for (const CurveColumn& c : columns) {
    const Touchpoint& tp = in.journey.touchpoints[c.touchpoint];
    auto e = emotion_of(tp, subject);
    if (!e) continue;
    double x = c.x + offset, y = level_y(*e, top, height);
    line.points.emplace_back(x, y);
    std::string who = subject.empty() ? "" : persona_name(in, subject) + ": ";
    const auto& lows = in.view.lowest;
    bool lowest = std::any_of(lows.begin(), lows.end(), [&](const auto& l) {
      return l.first == subject && l.second == c.touchpoint;
    });
    if (c.touchpoint == in.view.worst && lowest) {
      canvas.dot({x, y, 11, "circle", t.background, t.pain, 2.2, {}});
    }
    if (lowest) canvas.dot({x, y, 7.5, "circle", t.background, t.pain, 2.2, {}});
    canvas.dot({x, y, 4.5, style.shape, emotion_color(*e, t.name), style.color, 1.2,
                tp.name.value + " — " + who + std::to_string(*e) + "/5"});
  }
  if (line.points.size() > 1) canvas.stroke(std::move(line));
}

}  // namespace

double level_y(int e, double top, double height) {
  double usable = height - 2 * k_margin;
  return top + k_margin + (5 - e) * usable / 4;
}

void draw_curves(const ViewInput& in, Canvas& canvas, const std::vector<CurveColumn>& columns,
                 double top, double height) {
  for (int e = 1; e <= 5; ++e) {
    double y = level_y(e, top, height);
    double left = columns.empty() ? 0 : columns.front().x - 20;
    double right = columns.empty() ? 0 : columns.back().x + 20;
    canvas.stroke({{{left, y}, {right, y}}, guide_color(in.theme), 0.5, false, true, false});
  }
  for (std::size_t k = 0; k < in.view.subjects.size(); ++k) {
    draw_subject(in, canvas, columns, top, height, k);
  }
}

std::vector<Paragraph> curve_legend(const ViewInput& in, double size) {
  std::vector<Paragraph> out;
  if (single_curve(in)) return out;
  for (std::size_t k = 0; k < in.view.subjects.size(); ++k) {
    CurveStyle style = curve_style(k, in.theme);
    std::string line = style.dashed ? "- - " : "—— ";
    out.push_back(
        para(std::string(style.marker) + " " + line + persona_name(in, in.view.subjects[k]),
             {size, true, false, style.color}));
  }
  // What the two codes mean: the curve's colour, dash and marker shape are the persona's; the
  // marker's fill is the emotion's colour, as in the flow view.
  out.push_back(para(in.say(Word::curve_key), {size, false, true, in.theme.muted}));
  return out;
}

std::vector<Paragraph> emotion_words(const ViewInput& in, const Touchpoint& tp, double size) {
  std::vector<Paragraph> out;
  std::string values = emotion_text(in, tp);
  out.push_back(para(values.empty() ? in.say(Word::none_recorded) : values,
                     {size, false, values.empty(), values.empty() ? in.theme.muted : "", true}));
  std::size_t i = static_cast<std::size_t>(&tp - in.journey.touchpoints.data());
  if (i == in.view.worst) {
    out.push_back(para("⚠ " + in.say(Word::worst_moment), {size, true, false, in.theme.pain}));
  }
  std::vector<std::string> lows = in.view.lowest_of(i);
  if (!lows.empty()) {
    std::string who;
    for (const std::string& s : lows) {
      who += (who.empty() ? "" : ", ") + (s.empty() ? std::string() : short_persona_name(in, s));
    }
    out.push_back(
        para("▼ " + (who.empty() ? in.say(Word::low_point) : in.say(Word::lowest_for) + " " + who),
             {size, true, false, in.theme.pain}));
  }
  if (tp.moment.usable() && tp.moment.value) {
    out.push_back(para(unbreakable("★ " + in.say(Word::moment_of_truth)),
                       {size, true, false, in.theme.loop}));
  }
  return out;
}

void draw_feeling_lane(const ViewInput& in, Grid& grid, Canvas& canvas) {
  std::vector<CurveColumn> columns;
  for (const GridColumn& c : grid.columns()) {
    if (!c.empty()) columns.push_back({c.x + grid.column_width() / 2, c.touchpoint});
  }
  bool any = std::any_of(columns.begin(), columns.end(), [&](const CurveColumn& c) {
    return !emotion_values(in.journey.touchpoints[c.touchpoint]).empty();
  });
  if (!any) return;
  const double chart = 84;
  std::vector<Paragraph> title = {
      para(in.say(Word::feeling), Style::strong(10.5)),
      para("5 " + in.say(Word::very_positive), Style::plain(8.5, in.theme.muted)),
      para("1 " + in.say(Word::very_negative), Style::plain(8.5, in.theme.muted))};
  for (Paragraph& p : curve_legend(in, 9)) title.push_back(std::move(p));
  double words = 0;
  for (const CurveColumn& c : columns) {
    TextBox box = grid.cell_box(c.x - grid.column_width() / 2, 0, grid.column_width(),
                                emotion_words(in, in.journey.touchpoints[c.touchpoint], 9));
    words = std::max(words, canvas.measured(box));
  }
  grid.custom_lane("emotion", title, chart + words + 2 * grid.pad(), [&](double top) {
    draw_curves(in, canvas, columns, top + 4, chart);
    for (const CurveColumn& c : columns) {
      TextBox box = grid.cell_box(c.x - grid.column_width() / 2, top + chart, grid.column_width(),
                                  emotion_words(in, in.journey.touchpoints[c.touchpoint], 9));
      box.center = true;
      canvas.text(std::move(box));
    }
  });
}

}  // namespace journey::render_detail
