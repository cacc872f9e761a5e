// SPDX-License-Identifier: Apache-2.0
// The scorecard and KPI sections of a journey's page.
#include "html.hpp"
#include "journey/model.hpp"
#include "journey/numbers.hpp"
#include "journey_page.hpp"

namespace journey::site {

namespace {

// A 0..10 score as a meter (coloured by the browser: low, middle, high) and its number.
std::string meter(double score, const Words& w) {
  return "<meter min=\"0\" max=\"10\" low=\"4\" high=\"7\" optimum=\"10\" value=\"" +
         format_fixed(score, 1) + "\">" + w.number(score, 1) + "</meter> " + w.number(score, 1);
}

void write_categories(std::ostream& out, const Scorecard& card, const Words& w) {
  out << "<table class=\"categories\">\n<thead><tr><th scope=\"col\">" << w.category
      << "</th><th scope=\"col\">" << w.score << " (0–10)</th><th scope=\"col\" class=\"num\">"
      << w.weight << "</th></tr></thead>\n<tbody>\n";
  for (const CategoryResult& c : card.categories) {
    out << "<tr><th scope=\"row\">" << esc(c.id) << "</th><td>"
        << (c.applicable ? meter(c.score, w) : std::string(w.not_applicable))
        << "</td><td class=\"num\">" << w.number(c.weight, 1) << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n";
}

void write_checks(std::ostream& out, const Scorecard& card, const Words& w) {
  out << "<div class=\"scroll\">\n<table class=\"checks\">\n<thead><tr><th scope=\"col\">"
      << w.check << "</th><th scope=\"col\">" << w.category << "</th><th scope=\"col\">" << w.score
      << " (0–10)</th><th scope=\"col\">" << w.reason << "</th></tr></thead>\n<tbody>\n";
  for (const CheckResult& c : card.checks) {
    out << "<tr" << (c.applicable ? "" : " class=\"muted\"") << "><th scope=\"row\"><code>"
        << esc(c.id) << "</code></th><td>" << esc(c.category) << "</td><td>"
        << (c.applicable ? meter(c.score, w) : std::string(w.not_applicable)) << "</td><td>"
        << esc(c.reason);
    if (!c.details.empty()) {
      out << "<ul class=\"details\">";
      for (const ScoreDetail& d : c.details) {
        out << "<li>";
        if (d.line > 0) out << w.line << " " << d.line << ": ";
        out << esc(d.text) << "</li>";
      }
      out << "</ul>";
    }
    out << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n</div>\n";
}

std::string kpi_phase(const PageData& p, const Kpi& k) {
  const Model* m = p.analysis.model;
  if (m != nullptr && k.model_phase >= 0) {
    return m->phases[k.model_phase].name(p.options.language);
  }
  return k.phase.value;
}

std::string on_target(const Kpi& k, const Words& w) {
  if (!k.target.usable() || !k.actual.usable()) return "—";
  bool lower = k.lower_is_better.usable() && k.lower_is_better.value;
  bool met = lower ? k.actual.value <= k.target.value : k.actual.value >= k.target.value;
  return std::string("<span class=\"badge ") + (met ? "met\">" : "missed\">") +
         (met ? w.yes : w.no) + "</span>";
}

}  // namespace

void write_scorecard(std::ostream& out, const PageData& p) {
  const Words& w = p.w;
  const Scorecard& card = *p.card;
  out << "<section id=\"scorecard\" aria-labelledby=\"scorecard-h\">\n<h2 id=\"scorecard-h\">"
      << w.scorecard << "</h2>\n<p class=\"total\"><span class=\"big\">" << w.number(card.total, 0)
      << "</span> / 100</p>\n";
  write_categories(out, card, w);
  write_checks(out, card, w);
  out << "</section>\n";
}

void write_kpis(std::ostream& out, const PageData& p) {
  const Words& w = p.w;
  const Journey& j = *p.analysis.journey;
  out << "<section id=\"kpis\" aria-labelledby=\"kpis-h\">\n<h2 id=\"kpis-h\">" << w.kpis
      << "</h2>\n";
  if (j.kpis.empty()) {
    out << "<p>" << w.no_kpis << "</p>\n</section>\n";
    return;
  }
  out << "<div class=\"scroll\">\n<table class=\"kpis\">\n<thead><tr><th scope=\"col\">" << w.kpi
      << "</th><th scope=\"col\">" << w.phase << "</th><th scope=\"col\" class=\"num\">" << w.target
      << "</th><th scope=\"col\" class=\"num\">" << w.actual << "</th><th scope=\"col\">" << w.unit
      << "</th><th scope=\"col\">" << w.better << "</th><th scope=\"col\">" << w.on_target
      << "</th></tr></thead>\n<tbody>\n";
  for (const Kpi& k : j.kpis) {
    bool lower = k.lower_is_better.usable() && k.lower_is_better.value;
    out << "<tr><th scope=\"row\">" << esc(k.name.value.empty() ? k.id.value : k.name.value)
        << "</th><td>" << esc(kpi_phase(p, k)) << "</td><td class=\"num\">"
        << (k.target.usable() ? w.general(k.target.value) : "—") << "</td><td class=\"num\">"
        << (k.actual.usable() ? w.general(k.actual.value) : "—") << "</td><td>" << esc(k.unit.value)
        << "</td><td>" << (lower ? w.lower : w.higher) << "</td><td>" << on_target(k, w)
        << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n</div>\n</section>\n";
}

}  // namespace journey::site
