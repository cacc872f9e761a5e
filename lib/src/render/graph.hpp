// A thin RAII layer over cgraph and gvc, so that views read as what they draw.
#pragma once

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <string>

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

  // Lays the graph out with `engine` and renders it in `format` (a gvc format name).
  RenderResult render(const std::string& engine, const std::string& format);
  // The graph as DOT text, not laid out.
  RenderResult write_dot();

 private:
  Agraph_t* graph_;
};

}  // namespace journey::render_detail
