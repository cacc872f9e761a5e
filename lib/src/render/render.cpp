#include "journey/render.hpp"

#include <algorithm>
#include <map>

#include "journey/flow.hpp"

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

const char* to_string(RenderView view) {
  switch (view) {
    case RenderView::flow:
      return "flow";
    case RenderView::map:
      return "map";
    case RenderView::emotion:
      return "emotion";
  }
  return "flow";
}

const std::vector<RenderView>& render_views() {
  static const std::vector<RenderView> views = {RenderView::flow, RenderView::map,
                                                RenderView::emotion};
  return views;
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

namespace {

RenderResult render_view(const Journey& journey, const Model& model, const RenderOptions& options,
                         RenderFormat format,
                         const std::map<std::string, render_detail::DiffStatus>* diff) {
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
  ViewInput input{journey, model, options, view, theme_named(options.theme), diff};
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

// "phases.do.touchpoints[id=pay].emotion" -> "pay"
std::string touchpoint_of(const std::string& path) {
  const std::string key = "touchpoints[id=";
  std::size_t at = path.find(key);
  if (at == std::string::npos) return {};
  std::size_t start = at + key.size();
  std::size_t end = path.find(']', start);
  return end == std::string::npos ? std::string() : path.substr(start, end - start);
}

}  // namespace

RenderResult render(const Journey& journey, const Model& model, const RenderOptions& options,
                    RenderFormat format) {
  return render_view(journey, model, options, format, nullptr);
}

RenderResult render_diff(const Journey& old_journey, const Journey& new_journey, const Model& model,
                         const DiffResult& diff, const RenderOptions& options,
                         RenderFormat format) {
  using render_detail::DiffStatus;
  RenderOptions flow = options;
  flow.view = RenderView::flow;
  std::map<std::string, DiffStatus> status;
  for (const Change& c : diff.changes) {
    std::string id = touchpoint_of(c.path);
    if (id.empty()) continue;
    if (c.kind == "touchpoint-added") {
      status[id] = DiffStatus::added;
    } else if (c.kind == "touchpoint-removed") {
      status[id] = DiffStatus::removed;
    } else if (status.find(id) == status.end()) {
      status[id] = DiffStatus::changed;
    }
  }
  // The new journey plus the removed touchpoints, in the phase they had, leading where they led.
  Journey merged = new_journey;
  // Spell the new flow out first: appended touchpoints must not extend an implicit file order.
  Flow new_flow = build_flow(new_journey);
  for (std::size_t i = 0; i < merged.touchpoints.size(); ++i) {
    Touchpoint& tp = merged.touchpoints[i];
    tp.next.value.clear();
    tp.next.present = true;
    for (std::size_t k : new_flow.next[i]) tp.next.value.push_back(new_journey.touchpoints[k].id);
  }
  Flow old_flow = build_flow(old_journey);
  for (std::size_t i = 0; i < old_journey.touchpoints.size(); ++i) {
    const Touchpoint& gone = old_journey.touchpoints[i];
    auto it = status.find(gone.id.value);
    if (it == status.end() || it->second != DiffStatus::removed) continue;
    const Phase& old_phase = old_journey.phases[gone.phase];
    int model_phase = model.find_phase(old_phase.key.value);
    if (model_phase < 0) continue;  // its phase is not in the new model: nowhere to draw it
    std::size_t phase = merged.phases.size();
    for (std::size_t p = 0; p < merged.phases.size(); ++p) {
      if (merged.phases[p].model_phase == model_phase) phase = p;
    }
    if (phase == merged.phases.size()) {
      Phase added;
      added.key = old_phase.key;
      added.model_phase = model_phase;
      merged.phases.push_back(added);
    }
    Touchpoint copy = gone;
    copy.phase = phase;
    copy.next.value.clear();
    copy.next.present = true;
    for (std::size_t k : old_flow.next[i]) copy.next.value.push_back(old_journey.touchpoints[k].id);
    merged.phases[phase].touchpoints.push_back(merged.touchpoints.size());
    merged.touchpoints.push_back(std::move(copy));
  }
  return render_view(merged, model, flow, format, &status);
}

}  // namespace journey
