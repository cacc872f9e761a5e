// SPDX-License-Identifier: Apache-2.0
#include "canvas.hpp"

#include <algorithm>
#include <cstdio>

#include "escape.hpp"

namespace journey::render_detail {

namespace {

std::string number(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", v);
  return buffer;
}

double line_size(const Line& line) {
  double size = 0;
  for (const Run& r : line) size = std::max(size, r.style.size);
  return size > 0 ? size : 10;
}

double height_of(const std::vector<Line>& lines) {
  double h = 0;
  for (const Line& line : lines) h += line_height(line_size(line));
  return h;
}

std::string run_html(const Run& run, const std::string& color) {
  std::string text = html_text(run.text);
  if (run.style.italic) text = "<I>" + text + "</I>";
  if (run.style.bold) text = "<B>" + text + "</B>";
  const std::string& c = run.style.color.empty() ? color : run.style.color;
  return "<FONT POINT-SIZE=\"" + number(run.style.size) + "\" COLOR=\"" + c + "\">" + text +
         "</FONT>";
}

}  // namespace

std::string lines_html(const std::vector<Line>& lines, const std::string& color,
                       const char* align) {
  std::string rows;
  for (const Line& line : lines) {
    std::string cell;
    for (const Run& run : line) cell += run_html(run, color);
    rows += std::string("<TR><TD ALIGN=\"") + align + "\">" + (cell.empty() ? " " : cell) +
            "</TD></TR>";
  }
  if (rows.empty()) rows = "<TR><TD> </TD></TR>";
  return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">" + rows +
         "</TABLE>";
}

namespace {

// A table at least as large as the box, holding the lines at its top left (or top centre). Not
// FIXEDSIZE: a line that Graphviz measures wider than we did must widen the table, where a fixed
// cell would fail an assertion in Graphviz's table layout and abort the process.
std::string text_html(const TextBox& t, const std::vector<Line>& lines, double height) {
  const char* align = t.center ? "CENTER" : "LEFT";
  std::string w = number(std::max(1.0, t.width)), h = number(std::max(1.0, height));
  return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\" WIDTH=\"" + w +
         "\" HEIGHT=\"" + h + "\"><TR><TD WIDTH=\"" + w + "\" HEIGHT=\"" + h + "\" ALIGN=\"" +
         align + "\" VALIGN=\"TOP\">" + lines_html(lines, t.color, align) + "</TD></TR></TABLE>";
}

std::string flatten(const std::vector<Paragraph>& paragraphs) {
  std::string out;
  for (const Paragraph& p : paragraphs) {
    if (!out.empty()) out += "\n";
    for (const Run& r : p) out += r.text;
  }
  return out;
}

}  // namespace

std::vector<Line> lines_of(const TextBox& text) {
  std::vector<Line> lines;
  for (const Paragraph& p : text.paragraphs) {
    bool keep = std::any_of(p.begin(), p.end(), [](const Run& r) { return r.style.keep; });
    if (text.compact && !keep) {
      lines.push_back(shorten_to(p, text.width));
      continue;
    }
    for (Line& l : wrap(p, text.width, text.language)) lines.push_back(std::move(l));
  }
  return lines;
}

double Canvas::measure(const TextBox& text, double) {
  return height_of(lines_of(text));
}

double Canvas::measured(TextBox t) const {
  raise_to_minimum(t);
  return measure(t);
}

void Canvas::raise_to_minimum(TextBox& t) const {
  if (minimum_text_ <= 0) return;
  for (Paragraph& p : t.paragraphs) {
    for (Run& r : p) r.style.size = std::max(r.style.size, minimum_text_);
  }
}

double Canvas::text(TextBox t) {
  raise_to_minimum(t);
  double h = measure(t);
  grow(t.x + t.width, t.y + h);
  if (t.title.empty()) t.title = flatten(t.paragraphs);
  texts_.emplace_back(std::move(t), h);
  return h;
}

void Canvas::pad_to_aspect(double ratio, double pad) {
  double w = right_ + 2 * pad, h = bottom_ + 2 * pad;
  Box room;
  room.invisible = true;
  if (w / h < ratio) {
    room.x = right_;
    room.width = ratio * h - w;
    room.y = 0;
    room.height = 1;
  } else {
    room.y = bottom_;
    room.height = w / ratio - h;
    room.x = 0;
    room.width = 1;
  }
  boxes_.push_back(room);
  grow(room.x + room.width, room.y + room.height);
}

void Canvas::place(const Canvas& other, double dx, double dy) {
  for (Box b : other.boxes_) {
    b.x += dx;
    b.y += dy;
    boxes_.push_back(std::move(b));
  }
  for (Dot d : other.dots_) {
    d.x += dx;
    d.y += dy;
    dots_.push_back(std::move(d));
  }
  for (Stroke s : other.strokes_) {
    for (auto& [x, y] : s.points) x += dx, y += dy;
    strokes_.push_back(std::move(s));
  }
  for (auto [t, h] : other.texts_) {
    t.x += dx;
    t.y += dy;
    texts_.emplace_back(std::move(t), h);
  }
  grow(other.right_ + dx, other.bottom_ + dy);
}

void Canvas::extend_to(double width, double height) {
  if (right_ >= width && bottom_ >= height) return;
  Box room;
  room.invisible = true;
  room.x = std::max(0.0, width - 1);
  room.y = std::max(0.0, height - 1);
  room.width = 1;
  room.height = 1;
  boxes_.push_back(room);
  grow(width, height);
}

void Canvas::grow(double x, double y) {
  right_ = std::max(right_, x);
  bottom_ = std::max(bottom_, y);
}

std::vector<Canvas::Placed> Canvas::placed_text() const {
  std::vector<Placed> out;
  for (const auto& [t, h] : texts_) out.push_back({t.x, t.y, t.width, h, t.title});
  return out;
}

namespace {

// The y axis of Graphviz points up; ours down, from the canvas's top.
struct Placer {
  double top;
  int next = 0;
  std::string pos(double x, double y) const { return number(x) + "," + number(top - y) + "!"; }
  std::string name() { return "c" + std::to_string(++next); }
};

void draw_stroke(Graph& graph, Placer& at, const Stroke& s) {
  Agnode_t* previous = nullptr;
  for (std::size_t k = 0; k < s.points.size(); ++k) {
    Agnode_t* n = graph.node(graph.root(), at.name());
    graph.set(n, "shape", "point");
    graph.set(n, "style", "invis");
    graph.set(n, "width", "0.01");
    graph.set(n, "pos", at.pos(s.points[k].first, s.points[k].second));
    if (previous != nullptr) {
      Agedge_t* e = graph.edge(previous, n);
      graph.set(e, "color", s.color);
      graph.set(e, "penwidth", number(s.pen));
      graph.set(e, "arrowhead", s.arrow && k + 1 == s.points.size() ? "normal" : "none");
      graph.set(e, "arrowsize", "0.6");
      if (s.dashed || s.dotted) graph.set(e, "style", s.dashed ? "dashed" : "dotted");
    }
    previous = n;
  }
}

void draw_box(Graph& graph, Placer& at, const Box& b, const std::string& background) {
  Agnode_t* n = graph.node(graph.root(), at.name());
  std::string style = b.invisible ? "invis" : b.fill.empty() ? "solid" : "filled";
  if (b.rounded) style += ",rounded";
  if (b.dashed) style += ",dashed";
  graph.set(n, "shape", "box");
  graph.set(n, "style", style);
  graph.set(n, "fixedsize", "true");
  graph.set(n, "width", number(b.width / 72));
  graph.set(n, "height", number(b.height / 72));
  graph.set(n, "label", "");
  graph.set(n, "color", b.stroke.empty() ? (b.fill.empty() ? background : b.fill) : b.stroke);
  if (!b.fill.empty()) graph.set(n, "fillcolor", b.fill);
  graph.set(n, "penwidth", number(b.pen));
  graph.set(n, "pos", at.pos(b.x + b.width / 2, b.y + b.height / 2));
  graph.set_title(n, b.title);
}

void draw_dot(Graph& graph, Placer& at, const Dot& d) {
  Agnode_t* n = graph.node(graph.root(), at.name());
  graph.set(n, "shape", d.shape);
  graph.set(n, "style", "filled");
  graph.set(n, "fixedsize", "true");
  graph.set(n, "width", number(2 * d.radius / 72));
  graph.set(n, "height", number(2 * d.radius / 72));
  graph.set(n, "label", "");
  graph.set(n, "fillcolor", d.fill);
  graph.set(n, "color", d.stroke);
  graph.set(n, "penwidth", number(d.pen));
  graph.set(n, "pos", at.pos(d.x, d.y));
  graph.set_title(n, d.title);
}

void draw_text(Graph& graph, Placer& at, const TextBox& t, double height) {
  Agnode_t* n = graph.node(graph.root(), at.name());
  graph.set(n, "shape", "plain");
  graph.set_html(n, "label", text_html(t, lines_of(t), height));
  graph.set(n, "pos", at.pos(t.x + t.width / 2, t.y + height / 2));
  if (!t.url.empty()) {
    graph.set_url(n, t.url);
    graph.set(n, "target", "_blank");
  }
  graph.set_title(n, t.title);
}

}  // namespace

void Canvas::draw(Graph& graph, const std::string& background, double pad_inches) const {
  Agraph_t* g = graph.root();
  graph.set(g, "splines", "line");
  graph.set(g, "outputorder", "edgesfirst");
  graph.set(g, "bgcolor", background);
  char pad[32];
  std::snprintf(pad, sizeof pad, "%g", pad_inches);
  graph.set(g, "pad", pad);
  Placer at{bottom_};
  for (const Box& b : boxes_) at.top = std::max(at.top, b.y + b.height);
  // Lines beneath everything (edges first), then boxes, dots and text in that order.
  for (const Stroke& s : strokes_) draw_stroke(graph, at, s);
  for (const Box& b : boxes_) draw_box(graph, at, b, background);
  for (const Dot& d : dots_) draw_dot(graph, at, d);
  for (const auto& [t, h] : texts_) draw_text(graph, at, t, h);
}

}  // namespace journey::render_detail
