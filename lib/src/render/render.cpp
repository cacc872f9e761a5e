#include "journey/render.hpp"

#include <algorithm>

#include "graph.hpp"
#include "mermaid.hpp"
#include "theme.hpp"
#include "views.hpp"

namespace journey {

bool parse_render_format(const std::string& name, RenderFormat& out) {
  static const std::pair<const char*, RenderFormat> formats[] = {
      {"svg", RenderFormat::svg},     {"png", RenderFormat::png},
      {"pdf", RenderFormat::pdf},     {"dot", RenderFormat::dot},
      {"gv", RenderFormat::dot},      {"mermaid", RenderFormat::mermaid},
      {"mmd", RenderFormat::mermaid},
  };
  for (const auto& [n, f] : formats) {
    if (name == n) {
      out = f;
      return true;
    }
  }
  return false;
}

bool render_format_from_path(const std::string& path, RenderFormat& out) {
  std::size_t dot = path.rfind('.');
  std::size_t slash = path.rfind('/');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return false;
  std::string ext = path.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return parse_render_format(ext, out);
}

const char* extension_of(RenderFormat format) {
  switch (format) {
    case RenderFormat::svg:
      return "svg";
    case RenderFormat::png:
      return "png";
    case RenderFormat::pdf:
      return "pdf";
    case RenderFormat::dot:
      return "dot";
    case RenderFormat::mermaid:
      return "mmd";
  }
  return "svg";
}

bool parse_render_view(const std::string& name, RenderView& out) {
  if (name == "flow") {
    out = RenderView::flow;
  } else if (name == "map") {
    out = RenderView::map;
  } else if (name == "emotion") {
    out = RenderView::emotion;
  } else {
    return false;
  }
  return true;
}

const std::vector<std::string>& layouts_for(RenderView view) {
  static const std::vector<std::string> flow = {"dot", "fdp"};
  static const std::vector<std::string> map = {"dot"};
  static const std::vector<std::string> emotion = {"neato"};
  switch (view) {
    case RenderView::flow:
      return flow;
    case RenderView::map:
      return map;
    case RenderView::emotion:
      return emotion;
  }
  return flow;
}

namespace {

// Cairo stamps PDFs with the time of rendering. Pin it to the epoch, keeping its length so that
// the cross-reference offsets stay right: the same journey must give the same bytes.
void pin_pdf_creation_date(std::string& pdf) {
  const std::string key = "/CreationDate (D:";
  std::size_t at = pdf.find(key);
  if (at == std::string::npos) return;
  std::size_t start = at + key.size();
  std::size_t end = pdf.find(')', start);
  if (end == std::string::npos) return;
  const std::string pinned = "19700101000000Z";
  if (end - start == pinned.size()) pdf.replace(start, pinned.size(), pinned);
}

}  // namespace

void warm_up_renderer() {
  render_detail::Graph graph("warm-up");
  Agnode_t* n = graph.node(graph.root(), "n");
  graph.set(n, "fontname", render_detail::theme_named("light").font);
  graph.set_html(n, "label", "<B>warm</B> up");
  graph.render("dot", "svg");
}

RenderResult render(const Journey& journey, const Model& model, const RenderOptions& options,
                    RenderFormat format) {
  using namespace render_detail;
  RenderResult result;
  const auto& engines = layouts_for(options.view);
  std::string engine = options.layout.empty() ? engines.front() : options.layout;
  if (std::find(engines.begin(), engines.end(), engine) == engines.end()) {
    std::string list;
    for (const auto& e : engines) list += (list.empty() ? "" : ", ") + e;
    result.error = "layout '" + engine + "' does not fit this view; it can use: " + list;
    return result;
  }
  if (!options.persona.empty()) {
    bool known = std::any_of(journey.personas.begin(), journey.personas.end(),
                             [&](const Persona& p) { return p.id.value == options.persona; });
    if (!known) {
      result.error = "no persona has the id '" + options.persona + "'";
      return result;
    }
  }
  ViewModel view = build_view_model(journey, model, options);
  if (format == RenderFormat::mermaid) {
    result.data = render_mermaid(journey, view);
    result.ok = true;
    return result;
  }
  Graph graph("journey");
  ViewInput input{journey, model, options, view, theme_named(options.theme)};
  switch (options.view) {
    case RenderView::flow:
      build_flow_view(input, graph);
      break;
    case RenderView::map:
      build_map_view(input, graph);
      break;
    case RenderView::emotion:
      build_emotion_view(input, graph);
      break;
  }
  if (format == RenderFormat::dot) {
    // The layout engine travels in the file, so `dot -Tsvg` (or -K) draws it the same way.
    graph.set(graph.root(), "layout", engine);
    return graph.write_dot();
  }
  RenderResult rendered = graph.render(engine, extension_of(format));
  if (rendered.ok && format == RenderFormat::pdf) pin_pdf_creation_date(rendered.data);
  return rendered;
}

}  // namespace journey
