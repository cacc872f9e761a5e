// SPDX-License-Identifier: Apache-2.0
// The funnel view: one funnel's steps as bars in flow order under phase bands, the users lost
// between two steps written in the gap between their bars, the biggest leak marked in words and
// by a frame (not by colour alone), and each step's name, pains and opportunities in its column
// below. When the export has dates the latest period stands beside the previous one, lighter.
#include <algorithm>
#include <cmath>

#include "escape.hpp"
#include "funnel_view.hpp"
#include "grid.hpp"

namespace journey::render_detail {

namespace {

constexpr double k_pad = 6;             // as padded_box
constexpr double k_value_room = 34;     // above the tallest bar: its count and share
constexpr double k_label_overhang = 8;  // a bar's count may stand this far beyond either side
// A bar's share of its column: one period, or each of two side by side.
constexpr double k_bar_share = 0.3;
constexpr double k_pair_share = 0.2;

double bar_width(const ViewInput& in, const ShownFunnel& shown) {
  return in.metrics.funnel_column * (shown.previous ? k_pair_share : k_bar_share);
}

const FunnelStep* step_of(const FunnelSeries* series, std::size_t touchpoint) {
  if (series == nullptr) return nullptr;
  for (const FunnelStep& s : series->steps) {
    if (s.touchpoint == touchpoint) return &s;
  }
  return nullptr;
}

// The largest count shown, so that bars of both periods share one scale.
double scale_of(const ShownFunnel& shown) {
  double top = 0;
  for (const FunnelSeries* s : {shown.latest, shown.previous}) {
    if (s == nullptr) continue;
    for (const FunnelStep& step : s->steps) top = std::max(top, step.reached.value_or(0));
  }
  return top;
}

// Which bar is which period: a filled swatch for the latest, an outlined one for the previous.
double draw_period_key(const ViewInput& in, const ShownFunnel& shown, Canvas& canvas, double y) {
  const Theme& t = in.theme;
  double x = k_pad;
  for (bool latest : {true, false}) {
    const FunnelSeries& s = latest ? *shown.latest : *shown.previous;
    canvas.box({x,
                y + 2,
                16,
                10,
                latest ? bar_color(t) : t.background,
                bar_color(t),
                1,
                false,
                false,
                {}});
    std::string label = s.period + " (" + in.say(latest ? Word::latest : Word::previous) + ")";
    TextBox b = padded_box(in, x + 16, y, 200, {para(label, Style::plain(9.5))}, false);
    canvas.text(b);
    x += 16 + 12 + text_width(label, Style::plain(9.5)) + 18;
  }
  canvas.text(padded_box(
      in, x, y, 400,
      {para("▲ ▼ " + in.say(Word::against_previous), Style::plain(9.5, in.theme.muted))}, false));
  return 16;
}

// The funnel's line under the title: name, users at the start and the end, window, closed, and
// which periods the bars compare.
double draw_heading(const ViewInput& in, const ShownFunnel& shown, Canvas& canvas, double y,
                    double width) {
  if (shown.latest == nullptr) return 0;
  const Funnel& f = in.journey.funnels[shown.result->funnel];
  const FunnelSeries& s = *shown.latest;
  std::string line =
      in.say(Word::funnel) + ": " + (f.name.value.empty() ? f.id.value : f.name.value);
  std::vector<Paragraph> text = {para(line, Style::strong(12))};
  std::string facts;
  if (!s.steps.empty() && s.steps.front().reached && s.steps.back().reached) {
    facts = count_text(in, *s.steps.front().reached) + " → " +
            count_text(in, *s.steps.back().reached) + " " + in.say(Word::users) + " (" +
            percent_text(in, s.steps.back().cumulative) + ")";
  }
  if (!s.segment.empty()) facts += (facts.empty() ? "" : " · ") + s.segment;
  if (!f.window.value.empty()) {
    facts += (facts.empty() ? "" : " · ") + in.say(Word::window) + " " + f.window.value;
  }
  facts += (facts.empty() ? "" : " · ") +
           in.say(f.is_closed() ? Word::closed_funnel : Word::open_funnel);
  text.push_back(para(facts, Style::plain(10, in.theme.muted)));
  double height = canvas.text(padded_box(in, 0, y, width, std::move(text), false)) + 4;
  if (shown.previous != nullptr) height += draw_period_key(in, shown, canvas, y + height);
  return height + 8;
}

struct Column {
  double x = 0;  // left edge
  std::size_t touchpoint = 0;
};

// One bar: its frame, its fill and the count above it (or "no data").
void draw_bar(const ViewInput& in, Canvas& canvas, const FunnelStep* step, double x, double width,
              double top, double height, double scale, bool latest) {
  const Theme& t = in.theme;
  double bottom = top + height;
  if (step == nullptr || !step->reached) {
    canvas.box({x, bottom - 24, width, 24, {}, t.muted, 0.8, false, true, in.say(Word::no_data)});
    canvas.text(padded_box(in, x - 20, bottom - 40, width + 40,
                           {para(in.say(Word::no_data), Style::emphasis(8.5, t.muted))}));
    return;
  }
  double h = scale > 0 ? (height - k_value_room) * *step->reached / scale : 0;
  h = std::max(h, 1.0);
  std::string fill = latest ? bar_color(t) : t.background;
  std::string title = count_text(in, *step->reached) + " " + in.say(Word::users);
  canvas.box(
      {x, bottom - h, width, h, fill, bar_color(t), latest ? 0.8 : 1.2, false, false, title});
  std::vector<Paragraph> label = {
      para(count_text(in, *step->reached), {latest ? 10.0 : 8.5, latest, false, {}})};
  if (latest) label.push_back(para(percent_text(in, step->cumulative), Style::plain(8.5, t.muted)));
  double room = width + 2 * k_label_overhang + 2 * k_pad;
  double label_height =
      canvas.measured(padded_box(in, x - k_label_overhang - k_pad, 0, room, label));
  canvas.text(padded_box(in, x - k_label_overhang - k_pad, bottom - h - label_height - 2, room,
                         std::move(label)));
}

// Between two bars: how many leave and how many go on; the biggest leak framed and named.
void draw_gap(const ViewInput& in, Canvas& canvas, const ShownFunnel& shown, const Column& to,
              double top, double height) {
  const FunnelStep* step = step_of(shown.latest, to.touchpoint);
  if (step == nullptr || !step->reached || step == &shown.latest->steps.front()) return;
  double column = in.metrics.funnel_column;
  // Between the bars' edges, less the room their labels take beside them (k_label_overhang).
  double bars = shown.previous ? 2 * (bar_width(in, shown) + 1) : bar_width(in, shown);
  double gap = column - bars - 2 * k_label_overhang;
  double x = to.x - gap / 2;
  bool leak =
      shown.latest->biggest_leak && &shown.latest->steps[*shown.latest->biggest_leak] == step;
  const Theme& t = in.theme;
  std::string leave_color = leak ? t.pain : t.muted;
  std::vector<Paragraph> text;
  if (leak) text.push_back(para("▼ " + in.say(Word::biggest_leak), Style::strong(9, t.pain)));
  text.push_back(para("−" + count_text(in, step->drop_off), {9.5, leak, false, leave_color}));
  text.push_back(para(percent_text(in, step->drop_share) + " " + in.say(Word::leave),
                      Style::plain(8.5, leave_color)));
  text.push_back(para(percent_text(in, step->conversion) + " " + in.say(Word::go_on),
                      Style::plain(8.5, t.muted)));
  if (shown.previous != nullptr) {
    const FunnelStep* before = step_of(shown.previous, to.touchpoint);
    if (before != nullptr && before->reached) {
      double points = (step->conversion - before->conversion) * 100;
      text.push_back(para((points >= 0 ? "▲ +" : "▼ −") + fixed_text(in, std::fabs(points)) + " pt",
                          Style::plain(8.5, t.muted)));
    }
  }
  if (step->seconds) {
    text.push_back(para(in.say(Word::mean) + " " + duration_text(in, *step->seconds),
                        Style::plain(8.5, t.muted)));
  }
  TextBox b =
      padded_box(in, x - k_pad + 3, top + height * 0.28, gap + 2 * k_pad - 6, std::move(text));
  double h = canvas.measured(b);
  if (leak) {
    canvas.box({x, b.y - 4, gap, h + 8, {}, t.pain, 1.6, true, false, in.say(Word::biggest_leak)});
  }
  canvas.text(std::move(b));
}

void draw_chart(const ViewInput& in, const ShownFunnel& shown, const std::vector<Column>& columns,
                Canvas& canvas, double top) {
  const double height = in.metrics.emotion_chart;
  const double column = in.metrics.funnel_column;
  const double scale = scale_of(shown);
  const bool two = shown.previous != nullptr;
  const double bar = bar_width(in, shown);
  for (const Column& c : columns) {
    double centre = c.x + column / 2;
    if (two) {
      draw_bar(in, canvas, step_of(shown.previous, c.touchpoint), centre - bar - 1, bar, top,
               height, scale, false);
      draw_bar(in, canvas, step_of(shown.latest, c.touchpoint), centre + 1, bar, top, height, scale,
               true);
    } else {
      draw_bar(in, canvas, step_of(shown.latest, c.touchpoint), centre - bar / 2, bar, top, height,
               scale, true);
    }
    draw_gap(in, canvas, shown, c, top, height);
  }
  double left = in.metrics.axis_width;
  double right = columns.empty() ? left : columns.back().x + column;
  canvas.stroke(
      {{{left, top + height}, {right, top + height}}, in.theme.line, 0.8, false, false, false});
  canvas.text(padded_box(in, 0, top + 4, left - 4,
                         {para(in.say(Word::users_reached), Style::strong(9, in.theme.muted))},
                         false));
}

// A row of text per column under the chart, titled in the left column; its height.
double draw_row(const ViewInput& in, Canvas& canvas, const std::vector<Column>& columns, double top,
                const std::string& title,
                const std::function<std::vector<Paragraph>(const Touchpoint&)>& cell) {
  double height = 0;
  std::vector<TextBox> boxes;
  for (const Column& c : columns) {
    std::vector<Paragraph> text = cell(in.journey.touchpoints[c.touchpoint]);
    if (text.empty()) continue;
    TextBox b = padded_box(in, c.x, top + k_pad, in.metrics.funnel_column, std::move(text), false);
    height = std::max(height, canvas.measured(b));
    boxes.push_back(std::move(b));
  }
  if (boxes.empty()) return 0;
  canvas.stroke({{{0, top}, {columns.back().x + in.metrics.funnel_column, top}},
                 in.theme.line,
                 0.5,
                 false,
                 true,
                 false});
  canvas.text(padded_box(in, 0, top + k_pad, in.metrics.axis_width - 4,
                         {para(title, Style::strong(9, in.theme.muted))}, false));
  for (TextBox& b : boxes) canvas.text(std::move(b));
  return height + 2 * k_pad;
}

std::vector<Paragraph> step_text(const ViewInput& in, const Touchpoint& tp) {
  std::vector<Paragraph> text = {para(tp.name.value, Style::strong(10))};
  std::string meta = tp.channel.value;
  for (const Text& e : tp.events.value) meta += (meta.empty() ? "" : " · ") + e.value;
  if (!meta.empty()) text.push_back(para(meta, Style::plain(8.5, in.theme.muted)));
  return text;
}

std::vector<Paragraph> list_text(const std::vector<std::string>& items, const std::string& color) {
  std::vector<Paragraph> text;
  for (const std::string& item : items) text.push_back(para("• " + item, Style::plain(9, color)));
  return text;
}

}  // namespace

std::string funnel_summary(const ViewInput& in) {
  ShownFunnel shown = shown_funnel(in.journey, in.funnels, in.options);
  if (shown.latest == nullptr || shown.latest->steps.empty()) return shown.error;
  const FunnelSeries& s = *shown.latest;
  const Journey& j = in.journey;
  const bool nl = in.options.language == Language::nl;
  auto name = [&](const FunnelStep& step) { return j.touchpoints[step.touchpoint].name.value; };
  auto reached = [&](const FunnelStep& step) {
    return step.reached ? count_text(in, *step.reached) : in.say(Word::no_data);
  };
  const Funnel& f = j.funnels[shown.result->funnel];
  std::string out =
      (nl ? "Klantreis (funnel): trechter " : "Customer journey (funnel view): funnel ") +
      (f.name.value.empty() ? f.id.value : f.name.value) + ", " + std::to_string(s.steps.size()) +
      (nl ? " stappen van " : " steps from ") + name(s.steps.front()) + " (" +
      reached(s.steps.front()) + (nl ? ") tot " : ") to ") + name(s.steps.back()) + " (" +
      reached(s.steps.back()) + ")";
  if (s.biggest_leak) {
    const FunnelStep& leak = s.steps[*s.biggest_leak];
    out += (nl ? "; het grootste lek: " : "; the biggest leak: ") + count_text(in, leak.drop_off) +
           (nl ? " haken af voor " : " leave before ") + name(leak);
  }
  return out + ".";
}

double draw_funnel_heading(const ViewInput& in, Canvas& canvas, double top, double width) {
  return draw_heading(in, shown_funnel(in.journey, in.funnels, in.options), canvas, top, width);
}

void build_funnel_view(const ViewInput& in, Canvas& canvas) {
  ShownFunnel shown = shown_funnel(in.journey, in.funnels, in.options);
  std::vector<Column> columns;
  double x = in.metrics.axis_width;
  for (std::size_t i : in.view.order) {
    columns.push_back({x, i});
    x += in.metrics.funnel_column;
  }
  double width = std::max(x, 420.0);
  double y = 0;
  if (in.part == nullptr || in.part->heading) y = draw_title(in, canvas, width);
  if (shown.latest == nullptr) return;  // refused before layout (funnel_view_model)
  y += draw_phase_bands(in, canvas, y, in.metrics.axis_width, in.metrics.funnel_column) + 6;
  if (in.part != nullptr) in.part->header_bottom = y;
  draw_chart(in, shown, columns, canvas, y);
  y += in.metrics.emotion_chart + 2;
  y += draw_row(in, canvas, columns, y, in.say(Word::step),
                [&](const Touchpoint& tp) { return step_text(in, tp); });
  y += draw_row(in, canvas, columns, y, in.say(Word::pains), [&](const Touchpoint& tp) {
    std::vector<std::string> items;
    for (const Pain& p : tp.pains.value) items.push_back(p.value);
    return list_text(items, in.theme.pain);
  });
  draw_row(in, canvas, columns, y, in.say(Word::opportunities), [&](const Touchpoint& tp) {
    std::vector<std::string> items;
    for (const Text& o : tp.opportunities.value) items.push_back(o.value);
    return list_text(items, in.theme.opportunity);
  });
}

}  // namespace journey::render_detail
