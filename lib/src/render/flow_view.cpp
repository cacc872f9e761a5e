// The flow view: phases as clusters left to right, touchpoints as nodes filled by emotion, the
// flow as edges, loops dashed and unconstrained so they read as going back.
#include <map>

#include "escape.hpp"
#include "views.hpp"

namespace journey::render_detail {

namespace {

const char* const k_status_names[] = {"unchanged", "added", "removed", "changed"};

DiffStatus status_of(const ViewInput& in, const Touchpoint& tp) {
  auto it = in.diff->find(tp.id.value);
  return it == in.diff->end() ? DiffStatus::unchanged : it->second;
}

// Colour-blind-safe enough to tell apart, and named in every label as well.
std::string status_color(DiffStatus s, const Theme& t) {
  switch (s) {
    case DiffStatus::added:
      return t.name == "print" ? "#ffffff" : "#a6dba0";
    case DiffStatus::removed:
      return t.name == "print" ? "#969696" : "#f4a582";
    case DiffStatus::changed:
      return t.name == "print" ? "#d9d9d9" : "#fee08b";
    case DiffStatus::unchanged:
      break;
  }
  return t.name == "dark" ? "#3a3a3a" : "#f0f0f0";
}

std::string touchpoint_label(const ViewInput& in, const Touchpoint& tp) {
  const Theme& t = in.theme;
  int e = tp.emotion.usable() ? tp.emotion.value : 0;
  std::string text_color =
      in.diff != nullptr
          ? (t.name == "dark" && status_of(in, tp) == DiffStatus::unchanged ? t.text : "#1a1a1a")
      : e >= 1 && e <= 5 ? emotion_text_color(e, t)
                         : t.text;
  std::string html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">";
  html += "<TR><TD><FONT COLOR=\"" + text_color + "\"><B>" + html_text(shorten(tp.name.value, 48)) +
          "</B></FONT></TD></TR>";
  std::string meta;
  if (!tp.channel.value.empty()) meta += html_text(tp.channel.value);
  if (!tp.owner.value.empty()) meta += (meta.empty() ? "" : " · ") + html_text(tp.owner.value);
  if (e >= 1 && e <= 5) meta += (meta.empty() ? "" : " · ") + std::to_string(e) + "/5";
  if (in.diff != nullptr && status_of(in, tp) != DiffStatus::unchanged) {
    meta += (meta.empty() ? "" : " · ") + std::string("<B>") +
            k_status_names[static_cast<int>(status_of(in, tp))] + "</B>";
  }
  if (!meta.empty()) {
    html +=
        "<TR><TD><FONT POINT-SIZE=\"9\" COLOR=\"" + text_color + "\">" + meta + "</FONT></TD></TR>";
  }
  if (in.options.notes) {
    // Notes sit in their own white cell so that they read on any emotion fill.
    std::string notes;
    for (const Text& pain : tp.pains.value) {
      notes += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\" COLOR=\"" + t.pain + "\">− " +
               html_text(shorten(pain.value, 60)) + "</FONT></TD></TR>";
    }
    for (const Text& opp : tp.opportunities.value) {
      notes += "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\" COLOR=\"" + t.opportunity + "\">+ " +
               html_text(shorten(opp.value, 60)) + "</FONT></TD></TR>";
    }
    if (!notes.empty()) {
      html += "<TR><TD BGCOLOR=\"" + t.background +
              "\"><TABLE BORDER=\"0\" CELLSPACING=\"0\" "
              "CELLPADDING=\"1\">" +
              notes + "</TABLE></TD></TR>";
    }
  }
  return html + "</TABLE>";
}

}  // namespace

void build_flow_view(const ViewInput& in, Graph& graph) {
  const Theme& t = in.theme;
  Agraph_t* g = graph.root();
  set_graph_defaults(in, graph);
  graph.set(g, "rankdir", "LR");
  graph.set(g, "newrank", "true");
  graph.set(g, "nodesep", "0.25");
  graph.set(g, "ranksep", "0.45");

  std::map<std::size_t, Agnode_t*> nodes;
  for (const ViewPhase& phase : in.view.phases) {
    Agraph_t* cluster = graph.subgraph(g, "cluster_" + in.model.phases[phase.model_phase].id);
    graph.set(cluster, "label", esc_string(phase.title));
    graph.set(cluster, "style", "rounded,filled");
    graph.set(cluster, "fillcolor", t.cluster);
    graph.set(cluster, "color", t.line);
    graph.set(cluster, "fontcolor", t.text);
    graph.set(cluster, "fontname", t.font);
    if (phase.touchpoints.empty()) {
      // Graphviz drops empty clusters; a gap in the journey should show. Names of nodes that are
      // not touchpoints hold "#", which ids cannot, so they never collide.
      Agnode_t* gap = graph.node(cluster, "#gap:" + in.model.phases[phase.model_phase].id);
      graph.set(gap, "label", in.options.language == "nl" ? "geen touchpoints" : "no touchpoints");
      graph.set(gap, "shape", "box");
      graph.set(gap, "style", "dashed,rounded");
      graph.set(gap, "color", t.muted);
      graph.set(gap, "fontcolor", t.muted);
      graph.set(gap, "fontname", t.font);
      graph.set(gap, "fontsize", "10");
      continue;
    }
    for (std::size_t i : phase.touchpoints) {
      const Touchpoint& tp = in.journey.touchpoints[i];
      Agnode_t* n = graph.node(cluster, tp.id.value);
      nodes[i] = n;
      int e = tp.emotion.usable() ? tp.emotion.value : 0;
      graph.set(n, "shape", "box");
      graph.set(n, "style", "rounded,filled");
      graph.set(n, "fillcolor",
                in.diff != nullptr ? status_color(status_of(in, tp), t) : emotion_color(e, t.name));
      if (in.diff != nullptr && status_of(in, tp) == DiffStatus::removed) {
        graph.set(n, "style", "rounded,filled,dashed");
      }
      graph.set(n, "color", t.line);
      graph.set(n, "fontname", t.font);
      graph.set(n, "fontsize", "11");
      graph.set(n, "margin", "0.08,0.04");
      graph.set_html(n, "label", touchpoint_label(in, tp));
      graph.set(n, "tooltip", esc_string(tp.name.value));
      std::string url = safe_url(tp.url.value);
      if (!url.empty()) {
        graph.set(n, "URL", esc_string(url));
        graph.set(n, "target", "_blank");
      }
    }
  }
  for (const ViewEdge& edge : in.view.edges) {
    Agedge_t* e = graph.edge(nodes.at(edge.from), nodes.at(edge.to));
    graph.set(e, "color", edge.back ? t.loop : t.line);
    graph.set(e, "penwidth", "1.2");
    if (edge.back) {
      graph.set(e, "style", "dashed");
      graph.set(e, "constraint", "false");
    }
  }
  // The legend: emotion colours and the loop style.
  Agraph_t* legend = graph.subgraph(g, "cluster_#legend");
  graph.set(legend, "label", "");
  graph.set(legend, "color", t.background);
  Agnode_t* key = graph.node(legend, "#legend");
  graph.set(key, "shape", "plain");
  graph.set(key, "fontname", t.font);
  graph.set(key, "fontcolor", t.text);
  std::string loop = in.options.language == "nl" ? "terug in de journey" : "goes back (loop)";
  std::string key_html = emotion_legend_html(t);
  if (in.diff != nullptr) {
    key_html = "<TABLE BORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\"><TR>";
    for (DiffStatus s :
         {DiffStatus::added, DiffStatus::removed, DiffStatus::changed, DiffStatus::unchanged}) {
      key_html += "<TD BGCOLOR=\"" + status_color(s, t) + "\" BORDER=\"1\" COLOR=\"" + t.line +
                  "\"><FONT POINT-SIZE=\"9\" COLOR=\"#1a1a1a\">" +
                  k_status_names[static_cast<int>(s)] + "</FONT></TD>";
    }
    key_html += "</TR></TABLE>";
  }
  graph.set_html(key, "label",
                 "<TABLE BORDER=\"0\" CELLSPACING=\"0\"><TR><TD>" + key_html +
                     "</TD></TR><TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\" COLOR=\"" + t.loop +
                     "\">- - →  " + loop + "</FONT></TD></TR></TABLE>");
}

}  // namespace journey::render_detail
