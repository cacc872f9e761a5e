// The map view: the classic journey-map grid, one column per phase and a row per aspect.
#include <algorithm>
#include <cstdio>
#include <set>
#include "journey/numbers.hpp"

#include "escape.hpp"
#include "views.hpp"

namespace journey::render_detail {

namespace {

std::string cell(const Theme& t, const std::string& content, const std::string& fill = {}) {
  return "<TD ALIGN=\"LEFT\" VALIGN=\"TOP\" BALIGN=\"LEFT\" BGCOLOR=\"" +
         (fill.empty() ? t.background : fill) + "\">" + content + "</TD>";
}

std::string lines(const std::vector<std::string>& items, const std::string& color,
                  const std::string& prefix = {}) {
  std::string out;
  for (const auto& item : items) {
    out += (out.empty() ? "" : "<BR/>") + std::string("<FONT COLOR=\"") + color + "\">" + prefix +
           html_text(shorten(item, 50)) + "</FONT>";
  }
  return out.empty() ? " " : out;
}

}  // namespace

void build_map_view(const ViewInput& in, Graph& graph) {
  const Theme& t = in.theme;
  const bool nl = in.options.language == "nl";
  Agraph_t* g = graph.root();
  set_graph_defaults(in, graph);
  const auto& tps = in.journey.touchpoints;

  std::string html =
      "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"6\" "
      "COLOR=\"" +
      t.line + "\">";
  // Header row: the phases.
  html += "<TR><TD BGCOLOR=\"" + t.cluster + "\"> </TD>";
  for (const ViewPhase& phase : in.view.phases) {
    html += "<TD BGCOLOR=\"" + t.cluster + "\"><B>" + html_text(phase.title) + "</B></TD>";
  }
  html += "</TR>";

  auto row = [&](const std::string& title, const auto& fill_cell) {
    html += "<TR><TD ALIGN=\"LEFT\" VALIGN=\"TOP\" BGCOLOR=\"" + t.cluster + "\"><B>" +
            html_text(title) + "</B></TD>";
    for (const ViewPhase& phase : in.view.phases) html += fill_cell(phase);
    html += "</TR>";
  };
  auto collect = [&](const ViewPhase& phase, auto field) {
    std::vector<std::string> out;
    for (std::size_t i : phase.touchpoints) field(tps[i], out);
    return out;
  };
  auto unique = [](std::vector<std::string> items) {
    std::vector<std::string> out;
    for (auto& item : items) {
      if (!item.empty() && std::find(out.begin(), out.end(), item) == out.end())
        out.push_back(item);
    }
    return out;
  };

  row(nl ? "Doel" : "Goal", [&](const ViewPhase& phase) {
    std::string goal;
    for (const Phase& p : in.journey.phases) {
      if (p.model_phase == phase.model_phase && !p.goal.value.empty()) goal = p.goal.value;
    }
    return cell(t, goal.empty() ? " " : "<I>" + html_text(shorten(goal, 80)) + "</I>");
  });
  row("Touchpoints", [&](const ViewPhase& phase) {
    return cell(
        t,
        lines(collect(phase, [](const Touchpoint& tp, auto& out) { out.push_back(tp.name.value); }),
              t.text));
  });
  row(nl ? "Kanalen" : "Channels", [&](const ViewPhase& phase) {
    return cell(t, lines(unique(collect(phase, [](const Touchpoint& tp,
                                                  auto& out) { out.push_back(tp.channel.value); })),
                         t.muted));
  });
  row(nl ? "Emotie" : "Emotion", [&](const ViewPhase& phase) {
    std::string inner;
    double sum = 0;
    int count = 0;
    for (std::size_t i : phase.touchpoints) {
      if (!tps[i].emotion.usable()) continue;
      int e = tps[i].emotion.value;
      sum += e;
      ++count;
      inner += "<TD BGCOLOR=\"" + emotion_color(e, t.name) + "\"><FONT COLOR=\"" +
               emotion_text_color(e, t) + "\">" + std::to_string(e) + "</FONT></TD>";
    }
    if (count == 0) return cell(t, " ");
    char mean[16];
    std::snprintf(mean, sizeof mean, "%.1f", sum / count);
    return "<TD ALIGN=\"LEFT\" BGCOLOR=\"" + t.background +
           "\"><TABLE BORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\"><TR>" + inner +
           "</TR><TR><TD ALIGN=\"LEFT\" COLSPAN=\"" + std::to_string(count) + "\">" +
           (nl ? "gemiddeld " : "mean ") + mean + "</TD></TR></TABLE></TD>";
  });
  row(nl ? "Pijnpunten" : "Pains", [&](const ViewPhase& phase) {
    return cell(t, lines(collect(phase,
                                 [](const Touchpoint& tp, auto& out) {
                                   for (const Text& p : tp.pains.value) out.push_back(p.value);
                                 }),
                         t.pain, "− "));
  });
  row(nl ? "Kansen" : "Opportunities", [&](const ViewPhase& phase) {
    return cell(t, lines(collect(phase,
                                 [](const Touchpoint& tp, auto& out) {
                                   for (const Text& o : tp.opportunities.value)
                                     out.push_back(o.value);
                                 }),
                         t.opportunity, "+ "));
  });
  row(nl ? "Eigenaren" : "Owners", [&](const ViewPhase& phase) {
    return cell(t, lines(unique(collect(phase, [](const Touchpoint& tp,
                                                  auto& out) { out.push_back(tp.owner.value); })),
                         t.text));
  });
  row("KPIs", [&](const ViewPhase& phase) {
    std::vector<std::string> items;
    for (const Kpi& kpi : in.journey.kpis) {
      if (kpi.model_phase != phase.model_phase) continue;
      std::string name = kpi.name.value.empty() ? kpi.id.value : kpi.name.value;
      std::string unit = kpi.unit.value.empty() ? "" : " " + kpi.unit.value;
      std::string value;
      if (kpi.actual.usable()) value += format_number(kpi.actual.value) + unit;
      if (kpi.target.usable()) {
        value += std::string(value.empty() ? "" : ", ") + (nl ? "doel " : "target ") +
                 format_number(kpi.target.value) + unit;
      }
      items.push_back(name + (value.empty() ? "" : ": " + value));
    }
    return cell(t, lines(items, t.text));
  });
  html += "</TABLE>";

  Agnode_t* grid = graph.node(g, "#map");
  graph.set(grid, "shape", "plain");
  graph.set(grid, "fontname", t.font);
  graph.set(grid, "fontsize", "10");
  graph.set(grid, "fontcolor", t.text);
  graph.set_html(grid, "label", html);
}

}  // namespace journey::render_detail
