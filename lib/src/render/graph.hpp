// SPDX-License-Identifier: Apache-2.0
// A thin RAII layer over cgraph and gvc, so that views read as what they draw.
#pragma once

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <functional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "journey/render.hpp"

namespace journey::render_detail {

class Graph {
 public:
  explicit Graph(const std::string& name);
  ~Graph();
  Graph(const Graph&) = delete;
  Graph& operator=(const Graph&) = delete;

  Agraph_t* root() const { return graph_; }
  Agraph_t* subgraph(Agraph_t* parent, const std::string& name);
  Agnode_t* node(Agraph_t* where, const std::string& name);
  Agedge_t* edge(Agnode_t* from, Agnode_t* to);

  // Attribute values are copied by cgraph. `html` makes an HTML-like label.
  void set(void* object, const char* attribute, const std::string& value);
  void set_html(void* object, const char* attribute, const std::string& html);
  // A link (the URL attribute), already checked by safe_url. Graphviz 2.42 writes it into the
  // SVG's xlink:href unescaped, so render() escapes it for SVG only; DOT keeps it as written.
  void set_url(void* object, const std::string& url);
  // A default for every node (AGNODE) or edge (AGEDGE), declared once.
  void set_default(int kind, const char* attribute, const std::string& value);
  // What an SVG shows as the object's <title> (its tooltip, and what a screen reader says) instead
  // of the internal node name; objects without one get none.
  void set_title(Agnode_t* node, const std::string& title);
  // The SVG's accessible name and description: <title> and <desc> first in the <svg>, role="img".
  void set_accessible(const std::string& title, const std::string& description);

  // A view's own touch to what the engine laid out, run after every layout, before anything is
  // drawn or measured; it is given the root and the engine's name.
  using AfterLayout = std::function<void(Agraph_t*, const std::string& engine)>;
  void after_layout(AfterLayout touch) { after_layout_ = std::move(touch); }

  // Lays the graph out with `engine` and renders it in `format` (a gvc format name).
  RenderResult render(const std::string& engine, const std::string& format);
  // The graph as DOT text, not laid out.
  RenderResult write_dot();
  // Lays the graph out with `engine` and draws it into `cairo` (a cairo_t*) with Graphviz's cairo
  // renderer, for pages of one PDF. False with `error` set when Graphviz cannot.
  bool render_to_cairo(const std::string& engine, void* cairo, std::string& error);
  // Lays the graph out with `engine` to measure it: its drawing's width and height in points.
  bool measure(const std::string& engine, double& width, double& height, std::string& error);

 private:
  std::string postprocess_svg(const std::string& svg) const;

  bool lay_out(const std::string& engine);

  Agraph_t* graph_;
  AfterLayout after_layout_;
  std::unordered_map<std::string, std::string> titles_;  // node name -> title
  std::vector<std::pair<void*, std::string>> urls_;      // objects with a link, and the link
  std::string title_, description_;
};

}  // namespace journey::render_detail
