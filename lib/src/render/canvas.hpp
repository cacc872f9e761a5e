// SPDX-License-Identifier: Apache-2.0
// A drawing laid out by hand: text blocks, boxes, dots and lines at positions we compute (y grows
// downwards, in points). Graphviz only draws it (the nop2 engine keeps every position), so SVG,
// PNG and PDF come out of one renderer. Views that are grids or charts (map, blueprint, emotion)
// use it; the flow view leaves layout to dot.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "graph.hpp"
#include "text_metrics.hpp"

namespace journey::render_detail {

struct TextBox {
  double x = 0, y = 0;  // top left
  double width = 0;     // lines wrap to this width
  std::vector<Paragraph> paragraphs;
  std::string color;     // default text colour
  bool center = false;   // centre lines instead of aligning them left
  bool compact = false;  // one line per paragraph, cut with an ellipsis
  std::string title;     // the full text, for the SVG <title> (tooltips, screen readers)
  std::string url;       // http, https or mailto only (already checked)
  Language language = Language::en;  // where long words may break (hyphenation)
};

struct Box {
  double x = 0, y = 0, width = 0, height = 0;
  std::string fill{};  // empty: not filled
  std::string stroke{};
  double pen = 1;
  bool rounded = false;
  bool dashed = false;
  std::string title{};
  bool invisible = false;  // takes room, draws nothing
};

struct Dot {
  double x = 0, y = 0;  // centre
  double radius = 4;
  std::string shape = "circle";  // circle, square, diamond, triangle
  std::string fill{}, stroke{};
  double pen = 1;
  std::string title{};
};

struct Stroke {
  std::vector<std::pair<double, double>> points;
  std::string color{};
  double pen = 1;
  bool dashed = false;
  bool dotted = false;
  bool arrow = false;  // an arrowhead at the last point
};

class Canvas {
 public:
  // The height the text takes when wrapped (or cut) to its width, at the sizes it is styled with.
  static double measure(const TextBox& text, double size_hint = 10);
  // The height text() will give it on this canvas: at least the minimum text size (on paper).
  double measured(TextBox text) const;
  // Adds text and returns its height.
  double text(TextBox text);
  // Text added from now on is set at least this large (points): on paper, where the drawing is
  // scaled down, no text may print smaller than 8 points.
  void set_minimum_text_size(double size) { minimum_text_ = size; }
  void box(Box box) { boxes_.push_back(std::move(box)); }
  void dot(Dot dot) { dots_.push_back(std::move(dot)); }
  void stroke(Stroke stroke) { strokes_.push_back(std::move(stroke)); }

  // Everything of `other`, moved by (dx, dy): pages and bands are put together from parts.
  void place(const Canvas& other, double dx, double dy);
  // Makes the canvas at least `width` by `height` (a page), with blank space.
  void extend_to(double width, double height);

  // Adds blank space at the right or bottom so that width / height becomes `ratio` (a page's).
  // `pad`: the white Graphviz adds on every side, in points.
  void pad_to_aspect(double ratio, double pad);
  double right() const { return right_; }
  double bottom() const { return bottom_; }
  // Every text box placed, with its height, for tests that check nothing overlaps.
  struct Placed {
    double x, y, width, height;
    std::string text;
  };
  std::vector<Placed> placed_text() const;

  // Draws everything into `graph` (to be laid out with "nop2"): boxes, then dots, then text, with
  // lines beneath them all.
  void draw(Graph& graph, const std::string& background, double pad_inches = 0.3) const;

 private:
  void raise_to_minimum(TextBox& text) const;
  void grow(double x, double y);

  std::vector<Box> boxes_;
  std::vector<Dot> dots_;
  std::vector<Stroke> strokes_;
  std::vector<std::pair<TextBox, double>> texts_;  // with their heights
  double right_ = 0, bottom_ = 0;
  double minimum_text_ = 0;
};

// The lines of a text box as it will be drawn.
std::vector<Line> lines_of(const TextBox& text);

}  // namespace journey::render_detail
