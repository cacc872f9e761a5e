// SPDX-License-Identifier: Apache-2.0
#include "journey/render.hpp"
#include "journey/numbers.hpp"

#include <algorithm>
#include <cstdio>
#include <map>

#include "journey/flow.hpp"
#include "journey/lanes.hpp"
#include "journey/messages.hpp"
#include "journey/utf8.hpp"

#include "flow_pages.hpp"
#include "funnel_view.hpp"
#include "graph.hpp"
#include "mermaid.hpp"
#include "pages.hpp"
#include "pdf_pages.hpp"
#include "theme.hpp"
#include "view_registry.hpp"
#include "views.hpp"

namespace journey {

const RenderLimits& render_limits() {
  static const RenderLimits limits;
  return limits;
}

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
  for (const render_detail::ViewEntry& e : render_detail::view_entries()) {
    if (name == e.info.name) {
      out = e.info.view;
      return true;
    }
  }
  return false;
}

const char* to_string(RenderView view) {
  return render_detail::view_entry(view).info.name;
}

const std::vector<RenderView>& render_views() {
  static const std::vector<RenderView> views = [] {
    std::vector<RenderView> out;
    for (const render_detail::ViewEntry& e : render_detail::view_entries()) {
      out.push_back(e.info.view);
    }
    return out;
  }();
  return views;
}

const std::vector<RenderViewInfo>& render_view_infos() {
  static const std::vector<RenderViewInfo> infos = [] {
    std::vector<RenderViewInfo> out;
    for (const render_detail::ViewEntry& e : render_detail::view_entries()) out.push_back(e.info);
    return out;
  }();
  return infos;
}

const std::vector<std::string>& layouts_for(RenderView view) {
  // The hand-laid views are laid out here: Graphviz only draws them ("nop2" keeps every
  // position).
  return *render_detail::view_entry(view).layouts;
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

// A count in a message, its digits grouped as the reader's language does ("10,000", "10.000").
std::string with_commas(std::size_t n) {
  return format_grouped(static_cast<long long>(n), thousands_separator(message_language()));
}

// The limits a view is held to, checked before any layout; empty when the journey is within them.
std::string check_limits(const Journey& journey, const Model& model,
                         const render_detail::ViewModel& view, RenderView view_kind) {
  const RenderLimits& limits = render_limits();
  if (view.order.size() > limits.touchpoints) {
    return translate(
        "the view would draw %1$s touchpoints; a view draws at most %2$s: split the journey, or "
        "draw a part of it with --phase or --persona",
        with_commas(view.order.size()), with_commas(limits.touchpoints));
  }
  for (const auto& phase : view.phases) {
    if (phase.touchpoints.size() > limits.per_phase) {
      return translate(
          "phase '%1$s' has %2$s touchpoints; a view draws at most %3$s per phase: split the "
          "phase over two journeys, or draw a part of it with --persona",
          model.phases[phase.model_phase].id, with_commas(phase.touchpoints.size()),
          with_commas(limits.per_phase));
    }
  }
  if (view_kind == RenderView::flow) {
    std::size_t rows = render_detail::flow_arrow_rows(view);
    if (rows > limits.flow_arrow_rows) {
      return translate(
          "the flow view's arrows would pass %1$s rows of other touchpoints; the flow view draws "
          "at most %2$s (long arrows between far touchpoints are what makes its layout slow): "
          "draw a part of it with --phase or --persona, or draw the map or blueprint view",
          with_commas(rows), with_commas(limits.flow_arrow_rows));
    }
  }
  std::size_t total = 0;
  std::string problem;
  for (std::size_t i : view.order) {
    each_drawn_text(journey.touchpoints[i], [&](const Text& t) {
      std::size_t n = count_code_points(t.value);
      total += n;
      if (n > limits.text_length && problem.empty()) {
        problem = translate(
            "line %1$s: a text of %2$s characters; a view draws texts of at most %3$s: shorten it",
            t.span.line, with_commas(n), with_commas(limits.text_length));
      }
    });
  }
  if (!problem.empty()) return problem;
  if (total > limits.total_text) {
    return translate(
        "the view would draw %1$s characters of text; a view draws at most %2$s: split the "
        "journey, or draw a part of it with --phase or --persona",
        with_commas(total), with_commas(limits.total_text));
  }
  return {};
}

// One landscape page, for print: Graphviz scales the drawing down (or up) to fit.
constexpr double k_page_pad = 0.3;  // inches of white around the drawing on a page

// An A4 or A3 landscape page, in inches. Graphviz scales the drawing with its pad to `size`.
std::pair<double, double> page_inches(const std::string& page) {
  return page == "a3" ? std::make_pair(16.535, 11.693) : std::make_pair(11.693, 8.268);
}

// One landscape page, for print: the drawing is given the page's proportions (a hand-laid canvas
// grows blank space; dot spreads its ranks), then scaled to fill the page exactly.
void fit_page(render_detail::Graph& graph, const std::string& page, bool canvas) {
  if (page.empty()) return;
  auto [w, h] = page_inches(page);
  char size[64], ratio[32];
  std::snprintf(size, sizeof size, "%.3f,%.3f!", w, h);
  // dot's ratio is the drawing's, without the pad.
  std::snprintf(ratio, sizeof ratio, "%.4f", (h - 2 * k_page_pad) / (w - 2 * k_page_pad));
  graph.set(graph.root(), "size", size);
  graph.set(graph.root(), "margin", "0");  // cairo's default half inch would grow the page
  graph.set(graph.root(), "pad", std::to_string(k_page_pad));
  if (!canvas) graph.set(graph.root(), "ratio", ratio);
}

}  // namespace

namespace render_detail {

Canvas lay_out(const ViewInput& input) {
  Canvas canvas;
  if (auto build = view_entry(input.options.view).lay_out) build(input, canvas);
  return canvas;
}

}  // namespace render_detail

namespace {

// Fills the graph for a view: dot lays out the flow; the others are laid out here.
void build_view(const render_detail::ViewInput& input, render_detail::Graph& graph) {
  using namespace render_detail;
  if (input.options.view == RenderView::flow) {
    build_flow_view(input, graph);
    return;
  }
  graph.set_default(AGNODE, "fontname", input.theme.font);
  // --width: CSS pixels (96 per inch) to the canvas's points, less Graphviz's pad on both sides.
  Canvas canvas = input.options.width > 0
                      ? lay_out_bands(input, input.options.width * 0.75 - 2 * 0.3 * 72)
                      : lay_out(input);
  if (!input.options.page.empty()) {
    auto [w, h] = page_inches(input.options.page);
    canvas.pad_to_aspect(w / h, k_page_pad * 72);
  }
  canvas.draw(graph, input.theme.background);
}

std::string check_options(const Journey& journey, const RenderOptions& options,
                          std::string& engine) {
  const auto& engines = layouts_for(options.view);
  engine = options.layout.empty() ? engines.front() : options.layout;
  if (std::find(engines.begin(), engines.end(), engine) == engines.end()) {
    std::string list;
    for (const auto& e : engines) list += (list.empty() ? "" : ", ") + e;
    return translate("layout '%1$s' does not fit this view; it can use: %2$s", engine, list);
  }
  if (!options.persona.empty() &&
      std::none_of(journey.personas.begin(), journey.personas.end(),
                   [&](const Persona& p) { return p.id.value == options.persona; })) {
    return translate("no persona has the id '%1$s'", options.persona);
  }
  render_detail::PageSize size;
  if (!options.page.empty() && !render_detail::page_size(options.page, options.portrait, size)) {
    return translate("page '%1$s' is not a4, a3 or letter", options.page);
  }
  if (options.width != 0 && (options.width < 320 || options.width > 100000)) {
    return translate("a width of %1$s pixels is too narrow or too wide: give 320 to 100000",
                     static_cast<long>(options.width));
  }
  return {};
}

// Pages of paper for every view (the flow view in bands laid out one by one).
bool paged(const RenderOptions& options) {
  return !options.page.empty();
}

RenderResult render_pages(const render_detail::ViewInput& input, RenderFormat format) {
  using namespace render_detail;
  RenderResult result;
  if (format != RenderFormat::pdf) {
    result.error =
        tr("--page makes a PDF of pages: write a .pdf (or -T pdf); for a screen, "
           "--width PX wraps the view into bands");
    return result;
  }
  PageSize size;
  page_size(input.options.page, input.options.portrait, size);
  if (input.options.view == RenderView::flow) return write_flow_pages(input, size);
  return write_pdf_pages(lay_out_pages(input, size), size, input.theme, input.journey.title.value);
}

RenderResult render_view(const Journey& journey, const Model& model, const RenderOptions& options,
                         RenderFormat format,
                         const std::map<std::string, render_detail::DiffStatus>* diff,
                         const std::vector<FunnelResult>* funnels) {
  using namespace render_detail;
  RenderResult result;
  std::string engine;
  result.error = check_options(journey, options, engine);
  if (!result.error.empty()) return result;
  ViewModel view = build_view_model(journey, model, options);
  if (view.error.empty() && options.view == RenderView::funnel) {
    view = funnel_view_model(journey, view, funnels, options);
    if (view.error.empty() && format == RenderFormat::mermaid) {
      view.error =
          tr("the funnel view has no Mermaid form (Mermaid's journey diagram has no counts): "
             "write svg, png, pdf or dot");
    }
  }
  if (!view.error.empty()) {
    result.error = view.error;
    return result;
  }
  if (format == RenderFormat::mermaid) {
    result.data = render_mermaid(journey, view, options.language);
    result.ok = true;
    return result;
  }
  result.error = check_limits(journey, model, view, options.view);
  if (!result.error.empty()) return result;
  ViewInput input{journey, model, options, view, theme_named(options.theme), diff};
  input.funnels = funnels;
  if (paged(options)) return render_pages(input, format);
  Graph graph("journey");
  build_view(input, graph);
  fit_page(graph, options.page, options.view != RenderView::flow);
  graph.set_accessible(journey.title.value, view_summary(input));
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

RenderOptions options_for(RenderOptions base, const std::string& lang, const Journey& journey,
                          const Config& config) {
  for (const std::string* source :
       {&lang, &journey.lang.value, &config.render_lang, &config.lang}) {
    if (!source->empty() && parse_language(*source, base.language)) break;
  }
  base.fail_emotion = config.fail_emotion;
  return base;
}

RenderResult render(const Journey& journey, const Model& model, const RenderOptions& options,
                    RenderFormat format, const std::vector<FunnelResult>& funnels) {
  return render_view(journey, model, options, format, nullptr, &funnels);
}

bool view_applies(RenderView view, const Journey& journey) {
  if (view == RenderView::funnel) return !journey.funnels.empty();
  if (view != RenderView::blueprint) return true;
  for (const Touchpoint& t : journey.touchpoints) {
    if ((t.backstage.usable() && !t.backstage.value.empty()) ||
        (t.support.usable() && !t.support.value.empty())) {
      return true;
    }
  }
  return false;
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
  return render_view(merged, model, flow, format, &status, nullptr);
}

}  // namespace journey
