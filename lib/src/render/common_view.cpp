#include "escape.hpp"
#include "views.hpp"

namespace journey::render_detail {

void set_graph_defaults(const ViewInput& in, Graph& graph) {
  Agraph_t* g = graph.root();
  graph.set(g, "bgcolor", in.theme.background);
  graph.set(g, "fontname", in.theme.font);
  graph.set(g, "fontcolor", in.theme.text);
  graph.set(g, "labelloc", "t");
  graph.set(g, "labeljust", "l");
  graph.set_html(g, "label", title_html(in));
}

std::string title_html(const ViewInput& in) {
  std::string title = "<B>" + html_text(in.journey.title.value) + "</B>";
  std::string sub = html_text(in.model.name);
  if (in.journey.state.present && in.journey.state.value == JourneyState::future) {
    sub += in.options.language == "nl" ? " · gewenste situatie" : " · future state";
  }
  if (!in.options.persona.empty()) {
    for (const Persona& p : in.journey.personas) {
      if (p.id.value == in.options.persona) sub += " · " + html_text(p.name.value);
    }
  }
  return "<FONT POINT-SIZE=\"18\">" + title + "</FONT><BR/><FONT POINT-SIZE=\"11\" COLOR=\"" +
         in.theme.muted + "\">" + sub + "</FONT>";
}

std::string emotion_legend_html(const Theme& theme) {
  static const char* const names[] = {"very negative", "negative", "neutral", "positive",
                                      "very positive"};
  std::string html =
      "<TABLE BORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\"><TR><TD COLSPAN=\"5\">"
      "<FONT POINT-SIZE=\"10\">emotion</FONT></TD></TR><TR>";
  for (int e = 1; e <= 5; ++e) {
    html += "<TD BGCOLOR=\"" + emotion_color(e, theme.name) + "\" BORDER=\"1\" COLOR=\"" +
            theme.line + "\"><FONT POINT-SIZE=\"9\" COLOR=\"" + emotion_text_color(e, theme) +
            "\">" + std::to_string(e) + " " + names[e - 1] + "</FONT></TD>";
  }
  return html + "</TR></TABLE>";
}

}  // namespace journey::render_detail
