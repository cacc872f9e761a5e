// SPDX-License-Identifier: Apache-2.0
// Text widths and line wrapping for the views we lay out ourselves. Widths come from Helvetica's
// metrics, which Liberation Sans and Arial share: the fonts cairo and browsers draw "Helvetica"
// with. Estimates err wide, so wrapped text stays inside its column.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "journey/words.hpp"

namespace journey::render_detail {

struct Style {
  double size = 10;  // points
  bool bold = false;
  bool italic = false;
  std::string color;  // empty: the block's colour
  bool keep = false;  // never cut, even in --compact (scores: a cut would drop a persona's)

  // Named styles, so that drawing code says what it sets: Style::strong(11) is bold,
  // Style::emphasis(8.5) italic, Style::plain(9, theme.muted) neither. An empty colour is the
  // block's.
  static Style plain(double size, std::string color = {}) {
    return {size, false, false, std::move(color)};
  }
  static Style strong(double size, std::string color = {}) {
    return {size, true, false, std::move(color)};
  }
  static Style emphasis(double size, std::string color = {}) {
    return {size, false, true, std::move(color)};
  }
};

// A piece of text in one style; a paragraph is a sequence of runs wrapped together.
struct Run {
  std::string text;
  Style style;
};
using Paragraph = std::vector<Run>;
using Line = std::vector<Run>;

// Width in points of UTF-8 text in a style.
double text_width(std::string_view text, const Style& style);

// Breaks a paragraph into lines no wider than `width`, at spaces; a word wider than a line is
// broken at its hyphenation points in `language` with a hyphen at the end of the line (after its
// own hyphens and slashes without one), else between letters, still with a hyphen (ideographs
// without). Nothing is dropped.
std::vector<Line> wrap(const Paragraph& paragraph, double width, Language language);

// The text with its spaces made non-breaking: a short unit ("★ moment of truth", "Daan 3") that
// wrapping keeps on one line.
std::string unbreakable(const std::string& text);

// The same paragraph cut to one line of `width` with an ellipsis when it does not fit (--compact).
Line shorten_to(const Paragraph& paragraph, double width);

// Line height for a font size: the font's own (1.15 em for Liberation Sans) plus the 2 points
// of padding that lines_html puts between lines; generous, so blocks never run into the next.
inline double line_height(double size) {
  return size * 1.22 + 2.5;
}

// Lines as an HTML-like table, a row each with a point of padding above and below, so that line
// boxes as a browser measures them (ascent plus descent) never overlap. `align`: LEFT or CENTER.
std::string lines_html(const std::vector<Line>& lines, const std::string& color, const char* align);

}  // namespace journey::render_detail
