// SPDX-License-Identifier: Apache-2.0
// Colours and fonts of the render themes.
#pragma once

#include <string>

namespace journey::render_detail {

struct Theme {
  std::string name;
  std::string background;
  std::string text;
  std::string muted;    // secondary text: channel, owner
  std::string line;     // edges and borders
  std::string cluster;  // phase cluster fill
  std::string pain;     // pain text
  std::string opportunity;
  std::string loop;  // edges that go back
  std::string font =
      "Arial";  // metric-compatible with Helvetica and Liberation Sans: widths match text_metrics
};

const Theme& theme_named(const std::string& name);  // light when unknown

// How the curve of the k-th persona is drawn: Okabe and Ito's colour-blind-safe colours, and a
// marker shape and dash of its own, so that curves differ in print and to every eye.
struct CurveStyle {
  std::string color;
  std::string shape;  // a Graphviz node shape
  bool dashed;
  const char* marker;  // the shape as a character, for the legend
};
CurveStyle curve_style(std::size_t k, const Theme& theme);
// The funnel view's bars: a blue that reads in colour and as a mid grey in print.
std::string bar_color(const Theme& theme);
// Faint guide lines (emotion levels).
std::string guide_color(const Theme& theme);
// Text colour that reads on an emotion's fill.
std::string emotion_text_color(int emotion, const Theme& theme);

// What `render --diff` says of a touchpoint, and the fill and text colour that say it (the
// word is drawn too: colour is never the only sign).
enum class DiffStatus { unchanged, added, removed, changed };
std::string diff_fill(DiffStatus status, const Theme& theme);
std::string diff_text_color(DiffStatus status, const Theme& theme);

}  // namespace journey::render_detail
