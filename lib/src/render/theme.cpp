// SPDX-License-Identifier: Apache-2.0
#include "theme.hpp"

#include <vector>

#include "journey/render.hpp"

namespace journey {

namespace {
// Red through grey to green, with the lightness rising in even steps (CIELAB L* 35, 47, 62, 77,
// 93): a black-and-white print keeps the order, darkest the most negative, and red and green
// differ in lightness as well as hue for readers who cannot tell them apart. 1 = very negative,
// 3 = neutral grey, 5 = very positive.
const char* const k_emotions[] = {"#a50f15", "#cc3d28", "#969696", "#91cf60", "#d9f0d3"};
// Print: five greys in even steps of lightness (L* 32, 50, 67, 84, 100) that stay apart on a laser
// printer; the emotion is also written as text.
const char* const k_greys[] = {"#4b4b4b", "#777777", "#a3a3a3", "#d1d1d1", "#ffffff"};
}  // namespace

std::string emotion_color(int emotion, const std::string& theme) {
  if (emotion < 1 || emotion > 5) return theme == "dark" ? "#555555" : "#dddddd";
  return theme == "print" ? k_greys[emotion - 1] : k_emotions[emotion - 1];
}

const std::vector<std::string>& render_themes() {
  static const std::vector<std::string> themes = {"light", "dark", "print"};
  return themes;
}

namespace render_detail {

const Theme& theme_named(const std::string& name) {
  static const Theme light{"light",   "#ffffff", "#1a1a1a", "#555555", "#666666",
                           "#f5f5f5", "#b2182b", "#1b7837", "#7b3294"};
  static const Theme dark{"dark",    "#1e1e1e", "#eeeeee", "#bbbbbb", "#aaaaaa",
                          "#2a2a2a", "#ff8a80", "#a5d6a7", "#ce93d8"};
  static const Theme print{"print",   "#ffffff", "#000000", "#333333", "#000000",
                           "#ffffff", "#000000", "#000000", "#000000"};
  if (name == "dark") return dark;
  if (name == "print") return print;
  return light;
}

CurveStyle curve_style(std::size_t k, const Theme& theme) {
  static const char* const colors[] = {"#0072B2", "#D55E00", "#009E73",
                                       "#CC79A7", "#E69F00", "#56B4E9"};
  static const char* const shapes[] = {"circle", "square", "diamond", "triangle"};
  static const char* const markers[] = {"●", "■", "◆", "▲"};
  std::string color = theme.name == "print" ? "#000000" : colors[k % 6];
  if (theme.name == "dark" && k % 6 == 0) color = "#56B4E9";
  return {color, shapes[k % 4], k % 2 == 1, markers[k % 4]};
}

std::string bar_color(const Theme& theme) {
  return theme.name == "print" ? "#777777" : theme.name == "dark" ? "#56B4E9" : "#2c6fad";
}

std::string guide_color(const Theme& theme) {
  return theme.name == "dark" ? "#444444" : theme.name == "print" ? "#bbbbbb" : "#dddddd";
}

std::string emotion_text_color(int emotion, const Theme& theme) {
  if (theme.name == "print") return emotion <= 2 ? "#ffffff" : "#000000";
  return emotion <= 2 ? "#ffffff" : "#1a1a1a";
}

// Colour-blind-safe enough to tell apart; in print, white, dark and light grey.
std::string diff_fill(DiffStatus status, const Theme& theme) {
  bool print = theme.name == "print";
  switch (status) {
    case DiffStatus::added:
      return print ? "#ffffff" : "#a6dba0";
    case DiffStatus::removed:
      return print ? "#969696" : "#f4a582";
    case DiffStatus::changed:
      return print ? "#d9d9d9" : "#fee08b";
    case DiffStatus::unchanged:
      break;
  }
  return theme.name == "dark" ? "#3a3a3a" : "#f0f0f0";
}

// Near-black on the light fills; the theme's text on the dark theme's unchanged fill.
std::string diff_text_color(DiffStatus status, const Theme& theme) {
  return theme.name == "dark" && status == DiffStatus::unchanged ? theme.text : "#1a1a1a";
}

}  // namespace render_detail
}  // namespace journey
