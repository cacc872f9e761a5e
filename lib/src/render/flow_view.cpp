// SPDX-License-Identifier: Apache-2.0
// The flow view: phases as columns side by side in model order, all starting at one top edge;
// touchpoints go down their phase's column, filled by emotion; the flow as arrows, loops dashed.
// dot lays it out: each phase's first touchpoint shares the top rank (newrank lets a rank span
// clusters), and arrows between phases do not constrain ranks, so no phase drops below another.
#include <algorithm>
#include <map>
#include <set>

#include "escape.hpp"
#include "gap_routes.hpp"
#include "journey/numbers.hpp"
#include "views.hpp"

namespace journey::render_detail {

namespace {

constexpr double k_name_width = 170;  // points a touchpoint's name wraps to
constexpr double k_note_width = 190;

Word status_word(DiffStatus s) {
  switch (s) {
    case DiffStatus::added:
      return Word::added;
    case DiffStatus::removed:
      return Word::removed;
    case DiffStatus::changed:
      return Word::changed;
    case DiffStatus::unchanged:
      break;
  }
  return Word::unchanged;
}

DiffStatus status_of(const ViewInput& in, const Touchpoint& tp) {
  auto it = in.diff->find(tp.id.value);
  return it == in.diff->end() ? DiffStatus::unchanged : it->second;
}

// Text wrapped to `width` (or cut, in compact mode) as rows of a table, one style.
std::string wrapped_html(const ViewInput& in, const std::string& text, const Style& style,
                         double width, const std::string& color, const std::string& prefix = {}) {
  Paragraph p = {{prefix + text, style}};
  std::vector<Line> lines = in.options.compact ? std::vector<Line>{shorten_to(p, width)}
                                               : wrap(p, width, in.options.language);
  return lines_html(lines, color, "LEFT");
}

std::string notes_html(const ViewInput& in, const Touchpoint& tp) {
  const Theme& t = in.theme;
  std::string notes;
  auto note = [&](const std::string& text, const std::string& color, const std::string& prefix) {
    notes += "<TR><TD ALIGN=\"LEFT\">" +
             wrapped_html(in, text, Style::plain(9), k_note_width, color, prefix) + "</TD></TR>";
  };
  for (const Pain& pain : tp.pains.value) {
    bool blocker = pain.severity.usable() && pain.severity.value == PainSeverity::blocker;
    note(pain.value, t.pain, blocker ? "⚠ " + in.say(Word::blocker) + ": " : "− ");
  }
  for (const Text& opp : tp.opportunities.value) note(opp.value, t.opportunity, "+ ");
  if (notes.empty()) return {};
  // Notes sit in their own cell of the background colour, so that they read on any fill.
  return "<TR><TD BGCOLOR=\"" + t.background +
         "\"><TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">" + notes +
         "</TABLE></TD></TR>";
}

// On paper, the arrows that lead to or come from cards on other pages, as a flowchart's off-page
// connectors at the end of the card's details: "→ page 3", "← page 1, 2", and "→ below" for a
// band further down the same page. While pages are planned, each arrow holds the place of a page
// number of two digits, so that the marks written later are never longer. The list breaks only
// after its commas.
std::vector<std::string> off_page_marks(const ViewInput& in, std::size_t i) {
  if (in.part == nullptr) return {};
  std::vector<std::string> marks;
  for (bool outgoing : {true, false}) {
    std::set<std::size_t> pages;
    std::size_t unknown = 0;
    std::set<int> here;  // -1 above, 1 below
    for (const OffPageArrow& a : in.part->off_page) {
      if (a.touchpoint != i || a.outgoing != outgoing) continue;
      if (a.same_page != 0) {
        here.insert(a.same_page);
      } else if (a.page == 0) {
        ++unknown;
      } else {
        pages.insert(a.page);
      }
    }
    std::vector<std::string> items;
    for (std::size_t page : pages) items.push_back(std::to_string(page));
    items.insert(items.end(), unknown, "00");
    if (!items.empty()) items.front() = in.say(Word::page) + " " + items.front();
    for (int side : here) items.push_back(in.say(side > 0 ? Word::below : Word::above));
    if (items.empty()) continue;
    std::string list = unbreakable(std::string(outgoing ? "→ " : "← ") + items.front());
    for (std::size_t k = 1; k < items.size(); ++k) list += ", " + unbreakable(items[k]);
    marks.push_back(list);
  }
  return marks;
}

std::string touchpoint_label(const ViewInput& in, std::size_t i) {
  const Touchpoint& tp = in.journey.touchpoints[i];
  const Theme& t = in.theme;
  int e = shown_emotion(in, tp);
  bool diff = in.diff != nullptr;
  std::string color = diff     ? diff_text_color(status_of(in, tp), t)
                      : e != 0 ? emotion_text_color(e, t)
                               : t.text;
  std::string html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">";
  html += "<TR><TD ALIGN=\"LEFT\">" +
          wrapped_html(in, tp.name.value, Style::strong(11), k_name_width, color) + "</TD></TR>";
  std::string meta = tp.channel.value;
  if (!tp.owner.value.empty()) meta += (meta.empty() ? "" : " · ") + tp.owner.value;
  std::string emotion = emotion_text(in, tp);
  if (!emotion.empty()) meta += (meta.empty() ? "" : " · ") + emotion;
  if (diff && status_of(in, tp) != DiffStatus::unchanged) {
    meta += (meta.empty() ? "" : " · ") + in.say(status_word(status_of(in, tp)));
  }
  if (tp.moment.usable() && tp.moment.value)
    meta += (meta.empty() ? "" : " · ") + unbreakable("★ " + in.say(Word::moment_of_truth));
  for (const std::string& mark : off_page_marks(in, i)) meta += (meta.empty() ? "" : " · ") + mark;
  if (!meta.empty()) {
    html += "<TR><TD ALIGN=\"LEFT\">" +
            wrapped_html(in, meta, Style::plain(9), k_name_width, color) + "</TD></TR>";
  }
  if (in.options.notes) html += notes_html(in, tp);
  return html + "</TABLE>";
}

std::string legend_html(const ViewInput& in) {
  const Theme& t = in.theme;
  static const Word names[] = {Word::very_negative, Word::negative, Word::neutral, Word::positive,
                               Word::very_positive};
  std::string cells;
  if (in.diff == nullptr) {
    for (int e = 1; e <= 5; ++e) {
      cells += "<TD BGCOLOR=\"" + emotion_color(e, t.name) + "\" BORDER=\"1\" COLOR=\"" + t.line +
               "\"><FONT POINT-SIZE=\"9\" COLOR=\"" + emotion_text_color(e, t) + "\">" +
               std::to_string(e) + " " + html_text(in.say(names[e - 1])) + "</FONT></TD>";
    }
  } else {
    for (DiffStatus s :
         {DiffStatus::added, DiffStatus::removed, DiffStatus::changed, DiffStatus::unchanged}) {
      cells += "<TD BGCOLOR=\"" + diff_fill(s, t) + "\" BORDER=\"1\" COLOR=\"" + t.line +
               "\"><FONT POINT-SIZE=\"9\" COLOR=\"" + diff_text_color(s, t) + "\">" +
               html_text(in.say(status_word(s))) + "</FONT></TD>";
    }
  }
  return "<TABLE BORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\"><TR>" + cells +
         "</TR><TR><TD COLSPAN=\"5\" ALIGN=\"LEFT\"><FONT POINT-SIZE=\"9\" COLOR=\"" + t.loop +
         "\">- - →  " + html_text(in.say(Word::loop)) + "</FONT></TD></TR></TABLE>";
}

void set_defaults(const ViewInput& in, Graph& graph) {
  const Theme& t = in.theme;
  Agraph_t* g = graph.root();
  graph.set(g, "bgcolor", t.background);
  graph.set(g, "fontname", t.font);
  graph.set(g, "fontcolor", t.text);
  graph.set(g, "rankdir", "TB");
  graph.set(g, "newrank", "true");
  // dot's placement across (network simplex over every rank an arrow crosses) needs about 10
  // rounds per node at 400 touchpoints and 95 at 1,000 (19 s), each round slower the bigger the
  // graph. At most 8 rounds per node and 2,000 in all leave the shipped examples (under 1 per
  // node) untouched and bound a big journey to seconds, a little less tidy.
  double touchpoints = std::max<double>(1.0, static_cast<double>(in.view.order.size()));
  graph.set(g, "nslimit", format_fixed(std::min(8.0, 2000.0 / touchpoints), 2));
  // Wide enough between two columns for the arrows that cross between them (gap_routes.cpp).
  graph.set(g, "nodesep", "0.45");
  graph.set(g, "ranksep", "0.35");
  graph.set(g, "labelloc", "t");
  graph.set(g, "labeljust", "l");
  graph.set_default(AGNODE, "fontname", t.font);
  graph.set_default(AGNODE, "fontsize", "11");
  graph.set_default(AGNODE, "shape", "box");
  graph.set_default(AGNODE, "style", "rounded,filled");
  graph.set_default(AGNODE, "color", t.line);
  graph.set_default(AGNODE, "margin", "0.1,0.05");
  graph.set_default(AGEDGE, "color", t.line);
  graph.set_default(AGEDGE, "penwidth", "1.2");
}

// Above the graph: the journey's title, the same subtitle as the other views, and the legend. The
// title and subtitle wrap, so that a narrow flow (a page's band of phases) is not widened by them.
std::string heading_html(const ViewInput& in) {
  constexpr double k_heading_width = 520;
  auto [title, sub] = title_text(in);
  return "<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\"><TR><TD ALIGN=\"LEFT\">" +
         wrapped_html(in, title, Style::strong(18), k_heading_width, in.theme.text) +
         "</TD></TR><TR><TD ALIGN=\"LEFT\">" +
         wrapped_html(in, sub, Style::plain(11), k_heading_width, in.theme.muted) +
         "</TD></TR><TR><TD ALIGN=\"LEFT\">" + legend_html(in) + "</TD></TR></TABLE>";
}

// Nodes are named by number, never by id: no touchpoint id can meet an internal node.
struct FlowNodes {
  std::map<std::size_t, Agnode_t*> touchpoints;  // by touchpoint index
  std::map<std::size_t, std::size_t> phase_of;   // touchpoint index -> view phase
  // An invisible head tops each phase's column; the heads share a rank, in model order, so every
  // column starts at one edge whatever the height of its first touchpoint.
  std::vector<Agnode_t*> heads;
  std::vector<Agraph_t*> columns;  // each phase's cluster
  // Arrows between neighbouring columns, drawn across the gap between them after layout.
  std::vector<GapArrow> across;
  // Touchpoints that an arrow from their own phase already holds below the head. Only the others
  // get an invisible edge from it: an edge to every touchpoint made dot's ordering of a phase of
  // a hundred touchpoints take seconds (400 touchpoints: 4.9 s against 0.26 s without them).
  std::set<std::size_t> held_by_arrow;
};

using PhaseOf = std::map<std::size_t, std::size_t>;  // touchpoint index -> view phase

PhaseOf phases_by_touchpoint(const ViewModel& view) {
  PhaseOf phase_of;
  for (std::size_t p = 0; p < view.phases.size(); ++p) {
    for (std::size_t i : view.phases[p].touchpoints) phase_of[i] = p;
  }
  return phase_of;
}

// The arrows that set the order down a column: forward, within one phase (see add_edges).
bool orders_column(const ViewEdge& e, const PhaseOf& phase_of) {
  auto from = phase_of.find(e.from), to = phase_of.find(e.to);
  return !e.back && from != phase_of.end() && to != phase_of.end() && from->second == to->second;
}

std::set<std::size_t> held_by_arrows(const ViewModel& view) {
  PhaseOf phase_of = phases_by_touchpoint(view);
  std::set<std::size_t> held;
  for (const ViewEdge& e : view.edges) {
    if (orders_column(e, phase_of)) held.insert(e.to);
  }
  return held;
}

Agnode_t* invisible_point(Graph& graph, Agraph_t* where, const std::string& name) {
  Agnode_t* n = graph.node(where, name);
  graph.set(n, "shape", "point");
  graph.set(n, "style", "invis");
  graph.set(n, "width", "0.01");
  graph.set(n, "height", "0.01");
  return n;
}

void add_touchpoint(const ViewInput& in, Graph& graph, std::size_t i, Agnode_t* n) {
  const Theme& t = in.theme;
  const Touchpoint& tp = in.journey.touchpoints[i];
  graph.set(n, "fillcolor",
            in.diff != nullptr ? diff_fill(status_of(in, tp), t)
                               : emotion_color(shown_emotion(in, tp), t.name));
  if (in.diff != nullptr && status_of(in, tp) == DiffStatus::removed) {
    graph.set(n, "style", "rounded,filled,dashed");
  }
  graph.set_html(n, "label", touchpoint_label(in, i));
  graph.set_title(n, tp.name.value);
  std::string url = safe_url(tp.url.value);
  if (!url.empty()) {
    graph.set_url(n, url);
    graph.set(n, "target", "_blank");
  }
}

void add_phase(const ViewInput& in, Graph& graph, std::size_t p, FlowNodes& nodes) {
  const Theme& t = in.theme;
  const ViewPhase& phase = in.view.phases[p];
  Agraph_t* cluster = graph.subgraph(graph.root(), "cluster_p" + std::to_string(p));
  graph.set(cluster, "label",
            esc_string(phase.continued ? phase.title + " (" + in.say(Word::continued) + ")"
                                       : phase.title));
  graph.set(cluster, "style", "rounded,filled");
  graph.set(cluster, "fillcolor", t.cluster);
  graph.set(cluster, "color", t.line);
  graph.set(cluster, "fontcolor", t.text);
  graph.set(cluster, "fontsize", "13");
  Agnode_t* head = invisible_point(graph, cluster, "head" + std::to_string(p));
  nodes.heads.push_back(head);
  nodes.columns.push_back(cluster);
  if (phase.touchpoints.empty()) {
    // Graphviz drops empty clusters; a gap in the journey should show.
    Agnode_t* gap = graph.node(cluster, "gap" + std::to_string(p));
    graph.set(gap, "label", in.say(Word::no_touchpoints));
    graph.set(gap, "style", "dashed,rounded");
    graph.set(gap, "color", t.muted);
    graph.set(gap, "fontcolor", t.muted);
    graph.set(gap, "fontsize", "10");
    graph.set(graph.edge(head, gap), "style", "invis");
    return;
  }
  // On screen, touchpoints that no arrow orders stand side by side below the head, as the
  // alternatives they are, and arrows that fan out put their targets side by side. On paper every
  // touchpoint stacks down the column in file order (which forward arrows follow), so that a phase
  // is one touchpoint wide, its neighbours fit beside it and its rows split evenly into pages.
  bool stacked = !in.options.page.empty();
  Agnode_t* above = head;
  for (std::size_t i : phase.touchpoints) {
    Agnode_t* n = graph.node(cluster, "tp" + std::to_string(i));
    nodes.touchpoints[i] = n;
    nodes.phase_of[i] = p;
    if (stacked || nodes.held_by_arrow.count(i) == 0) {
      graph.set(graph.edge(stacked ? above : head, n), "style", "invis");
      above = n;
    }
    add_touchpoint(in, graph, i, n);
  }
}

// One rank for the heads; an invisible root above them whose edges keep their order
// (ordering=out), so the phases stand left to right in model order.
void order_columns(Graph& graph, const FlowNodes& nodes) {
  Agraph_t* top = graph.subgraph(graph.root(), "top_rank");
  graph.set(top, "rank", "same");
  Agnode_t* root = invisible_point(graph, graph.root(), "order_root");
  graph.set(root, "ordering", "out");
  for (Agnode_t* head : nodes.heads) {
    graph.node(top, agnameof(head));
    graph.set(graph.edge(root, head), "style", "invis");
  }
}

// Arrows: within a phase they set the order down the column; between phases and backwards
// (loops, dashed) they do not pull the layout.
void add_edges(const ViewInput& in, Graph& graph, FlowNodes& nodes) {
  for (const ViewEdge& edge : in.view.edges) {
    auto from = nodes.touchpoints.find(edge.from), to = nodes.touchpoints.find(edge.to);
    if (from == nodes.touchpoints.end() || to == nodes.touchpoints.end()) continue;
    Agedge_t* e = graph.edge(from->second, to->second);
    if (edge.back) {
      graph.set(e, "color", in.theme.loop);
      graph.set(e, "style", "dashed");
    }
    std::size_t p = nodes.phase_of[edge.from], q = nodes.phase_of[edge.to];
    if (edge.back || p != q) graph.set(e, "constraint", "false");
    if (p + 1 == q || q + 1 == p) nodes.across.push_back({e, nodes.columns[p], nodes.columns[q]});
  }
}

}  // namespace

std::size_t flow_arrow_rows(const ViewModel& view) {
  PhaseOf phase_of = phases_by_touchpoint(view);
  // Forward arrows go to a later position, so one pass in flow order finds the longest paths.
  std::vector<std::vector<std::size_t>> forward(view.position.size());
  for (const ViewEdge& e : view.edges) {
    if (orders_column(e, phase_of)) forward[e.from].push_back(e.to);
  }
  std::vector<std::size_t> row(view.position.size(), 1);
  for (std::size_t i : view.order) {
    for (std::size_t to : forward[i]) row[to] = std::max(row[to], row[i] + 1);
  }
  std::size_t rows = 0;
  for (const ViewEdge& e : view.edges) {
    if (!phase_of.count(e.from) || !phase_of.count(e.to)) continue;
    std::size_t a = row[e.from], b = row[e.to], span = a > b ? a - b : b - a;
    rows += span > 1 ? span - 1 : 0;
  }
  return rows;
}

void build_flow_view(const ViewInput& in, Graph& graph) {
  set_defaults(in, graph);
  if (in.part == nullptr || in.part->heading)
    graph.set_html(graph.root(), "label", heading_html(in));
  FlowNodes nodes;
  nodes.held_by_arrow = held_by_arrows(in.view);
  for (std::size_t p = 0; p < in.view.phases.size(); ++p) add_phase(in, graph, p, nodes);
  order_columns(graph, nodes);
  add_edges(in, graph, nodes);
  graph.after_layout([across = nodes.across](Agraph_t* root, const std::string& engine) {
    if (engine == "dot") route_through_gaps(root, across);  // fdp's clusters are no columns
  });
}

}  // namespace journey::render_detail
