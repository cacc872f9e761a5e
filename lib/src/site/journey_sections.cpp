// SPDX-License-Identifier: Apache-2.0
// The sections of a journey's page, each with its own heading and id.
#include <cmath>
#include <cstdio>

#include "chart.hpp"
#include "html.hpp"
#include "journey/model.hpp"
#include "journey/numbers.hpp"
#include "journey_page.hpp"

namespace journey::site {

namespace {

std::string name_or_id(const Text& name, const Text& id) {
  return name.value.empty() ? id.value : name.value;
}

std::string section_start(const char* id, const char* title) {
  return std::string("<section id=\"") + id + "\" aria-labelledby=\"" + id + "-h\">\n<h2 id=\"" +
         id + "-h\">" + title + "</h2>\n";
}

std::string list_of(const std::vector<Text>& items) {
  if (items.empty()) return {};
  std::string out = "<ul>";
  for (const Text& t : items) out += "<li>" + esc(t.value) + "</li>";
  return out + "</ul>";
}

std::string emotion_cell(const Journey& j, const Touchpoint& t) {
  if (t.persona_emotions.usable()) {
    std::string out;
    for (const PersonaEmotion& e : t.persona_emotions.value) {
      auto v = emotion_of(t, e.persona.value);
      if (!v) continue;
      std::string name = e.persona.value;
      for (const Persona& p : j.personas) {
        if (p.id.value == name && !p.name.value.empty()) name = p.name.value;
      }
      out += "<span class=\"emo emo-" + std::to_string(*v) + "\">" + esc(name) + " " +
             std::to_string(*v) + "</span> ";
    }
    return out;
  }
  auto v = emotion_of(t);
  return v ? "<span class=\"emo emo-" + std::to_string(*v) + "\">" + std::to_string(*v) + "</span>"
           : std::string();
}

std::string pains_cell(const Touchpoint& t) {
  if (!t.pains.usable() || t.pains.value.empty()) return {};
  std::string out = "<ul>";
  for (const Pain& p : t.pains.value) {
    out += "<li>" + esc(p.value);
    if (p.severity.usable() && p.severity.value != PainSeverity::unspecified) {
      out += std::string(" <span class=\"badge sev-") + to_string(p.severity.value) + "\">" +
             to_string(p.severity.value) + "</span>";
    }
    out += "</li>";
  }
  return out + "</ul>";
}

std::string phase_of(const PageData& p, const Touchpoint& t) {
  const Journey& j = *p.analysis.journey;
  if (t.phase >= j.phases.size()) return {};
  const Phase& phase = j.phases[t.phase];
  const Model* m = p.analysis.model;
  if (m != nullptr && phase.model_phase >= 0) {
    return m->phases[phase.model_phase].name(p.options.language);
  }
  return phase.key.value;
}

}  // namespace

const char* view_name(RenderView view, const Words& w) {
  switch (view) {
    case RenderView::map:
      return w.view_map;
    case RenderView::flow:
      return w.view_flow;
    case RenderView::emotion:
      return w.view_emotion;
    case RenderView::blueprint:
      return w.view_blueprint;
    case RenderView::funnel:
      return w.view_funnel;
  }
  return w.view_flow;
}

// Diagrams are SVG files shown with <img>, not inlined: Graphviz's ids (graph0, node1, ...) would
// clash between the views on one page, an SVG image can neither run script nor load anything
// (whatever a journey's text held), and the page stays light; the touchpoint table below is the
// text alternative. Each picture fits the page's width and opens at full size when clicked.
void write_views(std::ostream& out, const PageData& p) {
  const Words& w = p.w;
  out << section_start("views", w.views);
  for (const DrawnView& v : p.views) {
    const char* name = view_name(v.view, w);
    out << "<h3 id=\"view-" << to_string(v.view) << "\">" << name << "</h3>\n";
    if (!v.error.empty()) {
      out << "<p class=\"note\">" << w.not_drawn << " " << esc(v.error) << "</p>\n";
      continue;
    }
    out << "<figure class=\"view\">\n<a href=\"" << esc(v.file) << "\"><img src=\"" << esc(v.file)
        << "\" alt=\"" << name << ": " << esc(p.summary.title) << " (" << w.touchpoints << ": "
        << p.summary.figures.touchpoints << ")\"></a>\n<figcaption><a href=\"" << esc(v.file)
        << "\">" << w.full_size << "</a></figcaption>\n</figure>\n";
  }
  out << "</section>\n";
}

namespace {

// "41,000 (46.6%)": users reached and the share that went on from the step before; "41.000
// (46,6 %)" in Dutch.
std::string funnel_cell(const FunnelSeries& s, std::size_t touchpoint, Language language) {
  for (std::size_t k = 0; k < s.steps.size(); ++k) {
    const FunnelStep& step = s.steps[k];
    if (step.touchpoint != touchpoint || !step.reached) continue;
    std::string users = format_grouped(std::llround(*step.reached), thousands_separator(language));
    if (k == 0) return users;
    std::string share = format_fixed(step.conversion * 100, 1);
    if (language == Language::nl) share.replace(share.find('.'), 1, ",");
    return users + " (" + share + (language == Language::nl ? " %)" : "%)");
  }
  return {};
}

}  // namespace

void write_touchpoint_table(std::ostream& out, const PageData& p) {
  const Words& w = p.w;
  const Journey& j = *p.analysis.journey;
  out << section_start("touchpoints", w.touchpoints);
  if (j.touchpoints.empty()) {
    out << "<p>—</p>\n</section>\n";
    return;
  }
  out << "<div class=\"scroll\">\n<table class=\"touchpoints\">\n<thead><tr><th scope=\"col\">"
      << w.phase << "</th><th scope=\"col\">" << w.touchpoint << "</th><th scope=\"col\">"
      << w.channel << "</th><th scope=\"col\">" << w.owner << "</th><th scope=\"col\">" << w.emotion
      << "</th><th scope=\"col\">" << w.pain_points << "</th><th scope=\"col\">" << w.opportunities
      << "</th>";
  const FunnelResult* counted = first_with_data(p.analysis.funnels);
  const FunnelSeries* funnel = counted ? &counted->total : nullptr;
  if (funnel != nullptr) out << "<th scope=\"col\" class=\"num\">" << w.funnel_step << "</th>";
  out << "</tr></thead>\n<tbody>\n";
  for (std::size_t i = 0; i < j.touchpoints.size(); ++i) {
    const Touchpoint& t = j.touchpoints[i];
    out << "<tr id=\"" << anchor_of(i) << "\"><td>" << esc(phase_of(p, t))
        << "</td><th scope=\"row\">" << esc(name_or_id(t.name, t.id));
    if (t.moment.usable() && t.moment.value) {
      std::string what = t.moment_name.value.empty()
                             ? std::string(w.moment)
                             : w.moment + std::string(": ") + t.moment_name.value;
      out << " <span class=\"badge moment\" title=\"" << esc(what) << "\">★<span class=\"sr\"> "
          << esc(what) << "</span></span>";
    }
    if (!t.url.value.empty())
      out << "<br><span class=\"url\">" << external_link(t.url.value) << "</span>";
    out << "</th><td>" << esc(t.channel.value) << "</td><td>" << esc(t.owner.value) << "</td><td>"
        << emotion_cell(j, t) << "</td><td>" << pains_cell(t) << "</td><td>"
        << list_of(t.opportunities.value) << "</td>";
    if (funnel != nullptr) {
      out << "<td class=\"num\">" << esc(funnel_cell(*funnel, i, p.options.language)) << "</td>";
    }
    out << "</tr>\n";
  }
  out << "</tbody>\n</table>\n</div>\n</section>\n";
}

void write_findings(std::ostream& out, const PageData& p) {
  const Words& w = p.w;
  const Findings& findings = p.analysis.report.findings;
  out << section_start("findings", w.findings);
  if (findings.empty()) {
    out << "<p>" << w.no_findings << "</p>\n</section>\n";
    return;
  }
  out << "<div class=\"scroll\">\n<table class=\"findings\">\n<thead><tr><th scope=\"col\">"
      << w.line << "</th><th scope=\"col\">" << w.severity << "</th><th scope=\"col\">" << w.rule
      << "</th><th scope=\"col\">" << w.message << "</th></tr></thead>\n<tbody>\n";
  for (const Finding& f : findings) {
    std::string where =
        f.span.known() ? std::to_string(f.span.line) + ":" + std::to_string(f.span.column) : "—";
    out << "<tr><td class=\"num\">" << where << "</td><td><span class=\"badge "
        << to_string(f.severity) << "\">" << to_string(f.severity) << "</span></td><td><code>"
        << esc(f.rule) << "</code></td><td>" << esc(f.message) << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n</div>\n</section>\n";
}

void write_personas(std::ostream& out, const PageData& p) {
  const Words& w = p.w;
  const Journey& j = *p.analysis.journey;
  out << section_start("personas", w.personas);
  if (j.personas.empty()) {
    out << "<p>" << w.no_personas << "</p>\n</section>\n";
    return;
  }
  out << "<div class=\"cards\">\n";
  for (const Persona& persona : j.personas) {
    out << "<article class=\"card\">\n<h3>" << esc(name_or_id(persona.name, persona.id))
        << "</h3>\n";
    if (!persona.description.value.empty()) {
      out << "<p>" << esc(persona.description.value) << "</p>\n";
    }
    const std::pair<const char*, const TextList*> lists[] = {
        {w.goals, &persona.goals},
        {w.frustrations, &persona.frustrations},
        {w.needs, &persona.needs},
        {w.channels, &persona.channels}};
    for (const auto& [title, list] : lists) {
      if (list->value.empty()) continue;
      out << "<h4>" << title << "</h4>\n" << list_of(list->value) << "\n";
    }
    out << "</article>\n";
  }
  out << "</div>\n</section>\n";
}

}  // namespace journey::site
