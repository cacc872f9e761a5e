// SPDX-License-Identifier: Apache-2.0
#include "theme.hpp"

#include <vector>

#include "journey/render.hpp"

namespace journey {

namespace {
// ColorBrewer RdYlBu, 5 classes: diverging and colour-blind safe. 1 = red (very negative) to
// 5 = blue (very positive); the middle is a pale yellow, neutral.
const char* const k_rdylbu[] = {"#d7191c", "#fdae61", "#ffffbf", "#abd9e9", "#2c7bb6"};
// Print: five greys that stay apart on a laser printer; the emotion is also written as text.
const char* const k_greys[] = {"#525252", "#969696", "#cccccc", "#e6e6e6", "#ffffff"};
}  // namespace

std::string emotion_color(int emotion, const std::string& theme) {
  if (emotion < 1 || emotion > 5) return theme == "dark" ? "#555555" : "#dddddd";
  return theme == "print" ? k_greys[emotion - 1] : k_rdylbu[emotion - 1];
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

std::string guide_color(const Theme& theme) {
  return theme.name == "dark" ? "#444444" : theme.name == "print" ? "#bbbbbb" : "#dddddd";
}

std::string emotion_text_color(int emotion, const Theme& theme) {
  if (theme.name == "print") return emotion <= 2 ? "#ffffff" : "#000000";
  return emotion == 1 || emotion == 5 ? "#ffffff" : "#1a1a1a";
}

}  // namespace render_detail
}  // namespace journey
