// SPDX-License-Identifier: Apache-2.0
#include "graph.hpp"

#include <cstdio>

#include <cstdlib>
#include <unordered_map>
#include <vector>
#include "escape.hpp"
#include "journey/escape.hpp"
#include "journey/messages.hpp"

namespace journey::render_detail {

namespace {

// Graphviz reports problems through a global callback; collect them for the current render.
std::string& graphviz_errors() {
  static std::string errors;
  return errors;
}

int collect_error(char* message) {
  graphviz_errors() += message;
  return 0;
}

GVC_t* context() {
  // One context for the process: loading the plugin configuration is the slow part.
  static GVC_t* gvc = [] {
    agseterr(AGERR);
    agseterrf(collect_error);
    return gvContext();
  }();
  return gvc;
}

// Object ids in sequence of creation. cgraph's default discipline uses the address of the name
// string as the id, and orders subgraphs by id: the order of clusters (and so the drawing) would
// then depend on where malloc put a string, and differ between two renders in one process.
// Named objects get even ids 2, 4, 6, ... and anonymous ones odd ids, as in cgraph's own.
struct SequentialIds {
  Agraph_t* graph = nullptr;
  std::unordered_map<std::string, IDTYPE> by_name;
  // names[k] has id 2 * (k + 1). They are cgraph's own reference-counted strings, as print()
  // must return: agwrite looks at a name's string header to tell HTML names from plain ones.
  std::vector<char*> names;
  IDTYPE next_anonymous = 1;
};

void* ids_open(Agraph_t* graph, Agdisc_t*) {
  auto* ids = new SequentialIds;
  ids->graph = graph;
  return ids;
}

long ids_map(void* state, int, char* name, IDTYPE* id, int create) {
  auto* ids = static_cast<SequentialIds*>(state);
  if (name == nullptr) {
    if (!create) return 0;
    *id = ids->next_anonymous;
    ids->next_anonymous += 2;
    return 1;
  }
  auto it = ids->by_name.find(name);
  if (it != ids->by_name.end()) {
    *id = it->second;
    return 1;
  }
  if (!create) return 0;
  ids->names.push_back(agstrdup(ids->graph, name));
  *id = static_cast<IDTYPE>(2 * ids->names.size());
  ids->by_name.emplace(name, *id);
  return 1;
}

long ids_alloc(void*, int, IDTYPE) {
  return 0;
}  // no caller-chosen ids
void ids_free(void*, int, IDTYPE) {}

char* ids_print(void* state, int, IDTYPE id) {
  auto* ids = static_cast<SequentialIds*>(state);
  if (id % 2 != 0 || id == 0 || id / 2 > ids->names.size()) return nullptr;
  return ids->names[id / 2 - 1];
}

void ids_close(void* state) {
  delete static_cast<SequentialIds*>(state);
}
void ids_register(void*, int, void*) {}

Agiddisc_t k_sequential_ids = {ids_open,  ids_map,   ids_alloc,   ids_free,
                               ids_print, ids_close, ids_register};
Agdisc_t k_discipline = {&AgMemDisc, &k_sequential_ids, &AgIoDisc};

char* c(const char* s) {
  return const_cast<char*>(s);
}
char* c(const std::string& s) {
  return const_cast<char*>(s.c_str());
}

}  // namespace

Graph::Graph(const std::string& name) {
  context();  // installs the error callback before cgraph is used
  graph_ = agopen(c(name), Agdirected, &k_discipline);
}

Graph::~Graph() {
  agclose(graph_);
}

Agraph_t* Graph::subgraph(Agraph_t* parent, const std::string& name) {
  return agsubg(parent, c(name), 1);
}

Agnode_t* Graph::node(Agraph_t* where, const std::string& name) {
  return agnode(where, c(name), 1);
}

Agedge_t* Graph::edge(Agnode_t* from, Agnode_t* to) {
  return agedge(graph_, from, to, nullptr, 1);
}

void Graph::set(void* object, const char* attribute, const std::string& value) {
  agsafeset(object, c(attribute), c(value), c(""));
}

void Graph::set_default(int kind, const char* attribute, const std::string& value) {
  agattr(graph_, kind, c(attribute), c(value));
}

void Graph::set_title(Agnode_t* node, const std::string& title) {
  if (!title.empty()) titles_[agnameof(node)] = title;
}

void Graph::set_accessible(const std::string& title, const std::string& description) {
  title_ = title;
  description_ = description;
}

std::string Graph::postprocess_svg(const std::string& svg) const {
  std::string out;
  out.reserve(svg.size() + 1024);
  std::size_t at = 0;
  std::string group;  // "node", "edge" or "graph" when the previous line opened such a group
  while (at < svg.size()) {
    std::size_t end = svg.find('\n', at);
    if (end == std::string::npos) end = svg.size() - 1;
    std::string_view line(svg.data() + at, end - at + 1);
    at = end + 1;
    if (!group.empty() && line.compare(0, 7, "<title>") == 0) {
      std::size_t close = line.find("</title>");
      std::string name(line.substr(7, close == std::string_view::npos ? 0 : close - 7));
      auto it = group == "node" ? titles_.find(name) : titles_.end();
      const std::string* title = it != titles_.end()                   ? &it->second
                                 : group == "graph" && !title_.empty() ? &title_
                                                                       : nullptr;
      if (title != nullptr) out += "<title>" + xml_escape(*title) + "</title>\n";
      group.clear();
      continue;  // internal names say nothing to a reader
    }
    group.clear();
    if (line.compare(0, 11, "<g id=\"node") == 0) group = "node";
    if (line.compare(0, 11, "<g id=\"edge") == 0) group = "edge";
    if (line.compare(0, 12, "<g id=\"graph") == 0) group = "graph";
    if (line.compare(0, 5, "<!-- ") == 0 && line.compare(0, 15, "<!-- Generated ") != 0) continue;
    out += line;
  }
  if (title_.empty()) return out;
  // The document's accessible name and description, first in the <svg> element.
  std::size_t open = out.find("<svg");
  std::size_t close = open == std::string::npos ? open : out.find('>', open);
  if (close == std::string::npos) return out;
  out.insert(close + 1, "\n<title id=\"journey-title\">" + xml_escape(title_) +
                            "</title>\n<desc id=\"journey-desc\">" + xml_escape(description_) +
                            "</desc>");
  out.insert(close, " role=\"img\" aria-labelledby=\"journey-title journey-desc\"");
  return out;
}

void Graph::set_html(void* object, const char* attribute, const std::string& html) {
  char* value = agstrdup_html(graph_, c(html));
  agsafeset(object, c(attribute), value, c(""));
  agstrfree(graph_, value);
}

void Graph::set_url(void* object, const std::string& url) {
  urls_.emplace_back(object, url);
  set(object, "URL", esc_string(url));
}

bool Graph::lay_out(const std::string& engine) {
  if (gvLayout(context(), graph_, engine.c_str()) != 0) return false;
  if (after_layout_) after_layout_(graph_, engine);
  return true;
}

RenderResult Graph::render(const std::string& engine, const std::string& format) {
  RenderResult result;
  if (format == "svg") {
    for (const auto& [object, url] : urls_) {
      std::string escaped;
      for (char ch : url) escaped += ch == '&' ? std::string("&amp;") : std::string(1, ch);
      set(object, "URL", esc_string(escaped));
    }
  }
  GVC_t* gvc = context();
  graphviz_errors().clear();
  if (!lay_out(engine)) {
    result.error = translate("Graphviz could not lay out the graph with '%1$s'", engine);
    if (!graphviz_errors().empty()) result.error += ": " + graphviz_errors();
    return result;
  }
  char* data = nullptr;
  unsigned int length = 0;
  int status = gvRenderData(gvc, graph_, format.c_str(), &data, &length);
  // Graphviz reports bad labels as errors but still renders: never hand out such a drawing.
  if (status == 0 && data != nullptr && graphviz_errors().empty()) {
    result.data.assign(data, length);
    if (format == "svg") result.data = postprocess_svg(result.data);
    result.ok = true;
  } else {
    result.error = translate(
        "Graphviz could not render %1$s (is its plugin installed? 'dot -T?' lists the formats)",
        format);
    if (!graphviz_errors().empty()) result.error += ": " + graphviz_errors();
  }
  if (data != nullptr) gvFreeRenderData(data);
  gvFreeLayout(gvc, graph_);
  return result;
}

bool Graph::render_to_cairo(const std::string& engine, void* cairo, std::string& error) {
  GVC_t* gvc = context();
  graphviz_errors().clear();
  if (!lay_out(engine)) {
    error = translate("Graphviz could not lay out the page with '%1$s'", engine);
    return false;
  }
  // The cairo renderer draws into a context it is given (its "pdf" device with an external
  // context): a page of a PDF the caller writes.
  int status = gvRenderContext(gvc, graph_, "pdf", cairo);
  gvFreeLayout(gvc, graph_);
  if (status != 0 || !graphviz_errors().empty()) {
    error = translate("Graphviz could not draw the page: %1$s", graphviz_errors());
    return false;
  }
  return true;
}

bool Graph::measure(const std::string& engine, double& width, double& height, std::string& error) {
  GVC_t* gvc = context();
  graphviz_errors().clear();
  if (!lay_out(engine)) {
    error = translate("Graphviz could not lay out the graph with '%1$s'", engine);
    return false;
  }
  width = GD_bb(graph_).UR.x - GD_bb(graph_).LL.x;
  height = GD_bb(graph_).UR.y - GD_bb(graph_).LL.y;
  gvFreeLayout(gvc, graph_);
  return true;
}

RenderResult Graph::write_dot() {
  RenderResult result;
  char* buffer = nullptr;
  std::size_t size = 0;
  FILE* stream = open_memstream(&buffer, &size);
  if (stream == nullptr) {
    result.error = tr("out of memory");
    return result;
  }
  agwrite(graph_, stream);
  std::fclose(stream);
  result.data.assign(buffer, size);
  std::free(buffer);
  result.ok = true;
  return result;
}

}  // namespace journey::render_detail
