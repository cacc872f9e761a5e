#include "graph.hpp"

#include <cstdio>
#include <cstdlib>
#include <unordered_map>
#include <vector>

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

void Graph::set_html(void* object, const char* attribute, const std::string& html) {
  char* value = agstrdup_html(graph_, c(html));
  agsafeset(object, c(attribute), value, c(""));
  agstrfree(graph_, value);
}

RenderResult Graph::render(const std::string& engine, const std::string& format) {
  RenderResult result;
  GVC_t* gvc = context();
  graphviz_errors().clear();
  if (gvLayout(gvc, graph_, engine.c_str()) != 0) {
    result.error = "Graphviz could not lay out the graph with '" + engine + "'";
    if (!graphviz_errors().empty()) result.error += ": " + graphviz_errors();
    return result;
  }
  char* data = nullptr;
  unsigned int length = 0;
  int status = gvRenderData(gvc, graph_, format.c_str(), &data, &length);
  // Graphviz reports bad labels as errors but still renders: never hand out such a drawing.
  if (status == 0 && data != nullptr && graphviz_errors().empty()) {
    result.data.assign(data, length);
    result.ok = true;
  } else {
    result.error = "Graphviz could not render " + format +
                   " (is its plugin installed? 'dot -T?' lists the formats)";
    if (!graphviz_errors().empty()) result.error += ": " + graphviz_errors();
  }
  if (data != nullptr) gvFreeRenderData(data);
  gvFreeLayout(gvc, graph_);
  return result;
}

RenderResult Graph::write_dot() {
  RenderResult result;
  char* buffer = nullptr;
  std::size_t size = 0;
  FILE* stream = open_memstream(&buffer, &size);
  if (stream == nullptr) {
    result.error = "out of memory";
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
