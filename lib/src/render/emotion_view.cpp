// The emotion view: the curve of emotions across the journey, one point per touchpoint in flow
// order, phases as bands, the low points marked. Positions are computed here and pinned.
#include <cstdio>

#include "escape.hpp"
#include "views.hpp"

namespace journey::render_detail {

namespace {

constexpr double k_step = 90;   // points between touchpoints
constexpr double k_level = 45;  // points between emotion levels
constexpr double k_left = 80;   // room for the axis labels

std::string pos(double x, double y) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%.0f,%.0f!", x, y);
  return buffer;
}

void text_node(Graph& graph, const Theme& t, const std::string& name, double x, double y,
               const std::string& html) {
  Agnode_t* n = graph.node(graph.root(), name);
  graph.set(n, "shape", "plaintext");
  graph.set(n, "pos", pos(x, y));
  graph.set(n, "fontname", t.font);
  graph.set(n, "fontcolor", t.text);
  graph.set(n, "fontsize", "10");
  graph.set_html(n, "label", html);
}

}  // namespace

void build_emotion_view(const ViewInput& in, Graph& graph) {
  const Theme& t = in.theme;
  const bool nl = in.options.language == "nl";
  Agraph_t* g = graph.root();
  set_graph_defaults(in, graph);
  graph.set(g, "inputscale", "72");  // pos in points
  graph.set(g, "splines", "line");
  graph.set(g, "outputorder", "edgesfirst");

  static const char* const levels_en[] = {"very negative", "negative", "neutral", "positive",
                                          "very positive"};
  static const char* const levels_nl[] = {"zeer negatief", "negatief", "neutraal", "positief",
                                          "zeer positief"};
  for (int e = 1; e <= 5; ++e) {
    text_node(graph, t, "#level:" + std::to_string(e), k_left - 40, e * k_level,
              "<FONT COLOR=\"" + t.muted + "\">" + std::to_string(e) + " " +
                  (nl ? levels_nl : levels_en)[e - 1] + "</FONT>");
  }

  // Points in flow order; the lowest points (emotion <= 2 and below both neighbours or equal)
  // are marked.
  const auto& order = in.view.order;
  const auto& tps = in.journey.touchpoints;
  auto emotion_at = [&](std::size_t k) {
    const Touchpoint& tp = tps[order[k]];
    return tp.emotion.usable() && tp.emotion.value >= 1 && tp.emotion.value <= 5 ? tp.emotion.value
                                                                                 : 0;
  };
  Agnode_t* previous = nullptr;
  std::size_t k = 0;
  for (const ViewPhase& phase : in.view.phases) {
    double start = k_left + static_cast<double>(k) * k_step;
    for (std::size_t i : phase.touchpoints) {
      const Touchpoint& tp = tps[i];  // order[k] == i: order lists the phases' touchpoints
      int e = emotion_at(k);
      double x = k_left + static_cast<double>(k) * k_step + k_step / 2;
      double y = (e == 0 ? 3 : e) * k_level;
      bool low = e != 0 && e <= 2 && (k == 0 || emotion_at(k - 1) == 0 || emotion_at(k - 1) >= e) &&
                 (k + 1 == order.size() || emotion_at(k + 1) == 0 || emotion_at(k + 1) >= e);
      Agnode_t* n = graph.node(g, tp.id.value);
      graph.set(n, "shape", "circle");
      graph.set(n, "style", "filled");
      graph.set(n, "width", low ? "0.3" : "0.2");
      graph.set(n, "fixedsize", "true");
      graph.set(n, "label", "");
      graph.set(n, "fillcolor", emotion_color(e, t.name));
      graph.set(n, "color", low ? t.pain : t.line);
      graph.set(n, "penwidth", low ? "2.5" : "1");
      graph.set(n, "pos", pos(x, y));
      graph.set(n, "tooltip", esc_string(tp.name.value + " (" + std::to_string(e) + "/5)"));
      if (!safe_url(tp.url.value).empty()) graph.set(n, "URL", esc_string(safe_url(tp.url.value)));
      // The name under the point, and a marker on the low points.
      std::string label = html_text(shorten(tp.name.value, 18));
      if (low) {
        label = "<FONT COLOR=\"" + t.pain + "\"><B>▼ " + label + "</B></FONT>";
      }
      text_node(graph, t, "#label:" + tp.id.value, x, y - 22, label);
      if (previous != nullptr) {
        Agedge_t* edge = graph.edge(previous, n);
        graph.set(edge, "arrowhead", "none");
        graph.set(edge, "color", t.line);
        graph.set(edge, "penwidth", "2");
      }
      previous = n;
      ++k;
    }
    double end = k_left + static_cast<double>(k) * k_step;
    if (end > start) {
      // The phase band: its name below the curve, centred on its touchpoints.
      text_node(graph, t, "#phase:" + in.model.phases[phase.model_phase].id, (start + end) / 2, 0,
                "<B>" + html_text(phase.title) + "</B>");
      Agnode_t* a = graph.node(g, "#band-start:" + in.model.phases[phase.model_phase].id);
      Agnode_t* b = graph.node(g, "#band-end:" + in.model.phases[phase.model_phase].id);
      for (Agnode_t* n : {a, b}) {
        graph.set(n, "shape", "point");
        graph.set(n, "width", "0.05");
        graph.set(n, "color", t.muted);
      }
      graph.set(a, "pos", pos(start + 6, 12));
      graph.set(b, "pos", pos(end - 6, 12));
      Agedge_t* band = graph.edge(a, b);
      graph.set(band, "arrowhead", "none");
      graph.set(band, "color", t.muted);
      graph.set(band, "penwidth", "3");
    }
  }
}

}  // namespace journey::render_detail
