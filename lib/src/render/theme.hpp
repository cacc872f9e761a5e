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
  std::string font = "Helvetica";
};

const Theme& theme_named(const std::string& name);  // light when unknown
// Text colour that reads on an emotion's fill.
std::string emotion_text_color(int emotion, const Theme& theme);

}  // namespace journey::render_detail
