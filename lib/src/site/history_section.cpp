// SPDX-License-Identifier: Apache-2.0
// The history section of a journey's page: trend charts, the versions table and the changes since
// the base revision.
#include <algorithm>

#include "chart.hpp"
#include "html.hpp"
#include "journey_page.hpp"

namespace journey::site {

namespace {

std::optional<double> kpi_share(const Figures& f) {
  if (f.kpis_judged == 0) return std::nullopt;
  return 100.0 * static_cast<double>(f.kpis_met) / static_cast<double>(f.kpis_judged);
}

void write_charts(std::ostream& out, const History& h, const Words& w) {
  TrendChart score{"trend-score", w.score, {}, {}, 0, 100, 0};  // whole, as score prints it
  TrendChart touchpoints{"trend-touchpoints", w.touchpoints, {}, {}, 0, 1, 0};
  TrendChart emotion{"trend-emotion", w.mean_emotion, {}, {}, 1, 5, 2};
  TrendChart pains{"trend-pains", w.pain_points, {}, {}, 0, 1, 0};
  TrendChart kpis{"trend-kpis", std::string(w.kpis_on_target) + " (%)", {}, {}, 0, 100, 0};
  for (const HistoryPoint& p : h.points) {
    for (TrendChart* c : {&score, &touchpoints, &emotion, &pains, &kpis})
      c->labels.push_back(p.date);
    score.values.push_back(p.scored ? std::optional<double>(p.score) : std::nullopt);
    auto figure = [&](double v) { return p.loaded ? std::optional<double>(v) : std::nullopt; };
    touchpoints.values.push_back(figure(static_cast<double>(p.figures.touchpoints)));
    emotion.values.push_back(p.loaded && p.figures.has_emotion
                                 ? std::optional<double>(p.figures.mean_emotion)
                                 : std::nullopt);
    pains.values.push_back(figure(static_cast<double>(p.figures.pains)));
    kpis.values.push_back(p.loaded ? kpi_share(p.figures) : std::nullopt);
    touchpoints.high = nice_ceiling(static_cast<double>(p.figures.touchpoints), touchpoints.high);
    pains.high = nice_ceiling(static_cast<double>(p.figures.pains), pains.high);
  }
  out << "<div class=\"charts\">\n";
  for (const TrendChart* c : {&score, &touchpoints, &emotion, &pains, &kpis}) {
    write_trend_chart(out, *c, w);
  }
  out << "</div>\n";
}

std::string kpi_cell(const Figures& f) {
  return f.kpis_judged == 0 ? "—"
                            : std::to_string(f.kpis_met) + " / " + std::to_string(f.kpis_judged);
}

void write_versions(std::ostream& out, const History& h, const Words& w) {
  out << "<div class=\"scroll\">\n<table class=\"history\">\n<thead><tr><th scope=\"col\">"
      << w.commit << "</th><th scope=\"col\">" << w.date << "</th><th scope=\"col\">" << w.subject
      << "</th><th scope=\"col\">" << w.score << "</th><th scope=\"col\">" << w.touchpoints
      << "</th><th scope=\"col\">" << w.mean_emotion << "</th><th scope=\"col\">" << w.pain_points
      << "</th><th scope=\"col\">" << w.kpis_on_target << "</th></tr></thead>\n<tbody>\n";
  for (auto it = h.points.rbegin(); it != h.points.rend(); ++it) {
    const HistoryPoint& p = *it;
    out << "<tr><th scope=\"row\">"
        << (p.commit.empty() ? std::string("<em>") + w.uncommitted + "</em>"
                             : "<code>" + esc(p.commit.substr(0, 7)) + "</code>")
        << "</th><td>" << esc(p.date) << "</td><td>" << esc(p.subject) << "</td>";
    if (!p.loaded) {
      out << "<td colspan=\"5\" class=\"muted\">" << esc(p.problem) << "</td></tr>\n";
      continue;
    }
    out << "<td class=\"num\">" << (p.scored ? w.number(p.score, 0) : "—")
        << "</td><td class=\"num\">" << p.figures.touchpoints << "</td><td class=\"num\">"
        << (p.figures.has_emotion ? w.number(p.figures.mean_emotion, 2) : "—")
        << "</td><td class=\"num\">" << p.figures.pains << "</td><td class=\"num\">"
        << kpi_cell(p.figures) << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n</div>\n";
  if (h.truncated) out << "<p class=\"note\">" << w.older_not_shown << "</p>\n";
}

const char* class_word(ChangeClass c, const Words& w) {
  return c == ChangeClass::regression ? w.regression : c == ChangeClass::change ? w.change : w.info;
}

void write_changes(std::ostream& out, const History& h, const Words& w) {
  out << "<h3 id=\"changes\">" << w.changes_since << " " << esc(h.base_label) << "</h3>\n";
  if (!h.diff_problem.empty()) {
    out << "<p class=\"note\">" << esc(h.diff_problem) << "</p>\n";
    return;
  }
  if (!h.has_base || !h.diff) {
    out << "<p>" << w.no_base << "</p>\n";
    return;
  }
  write_change_table(out, *h.diff, w);
}

}  // namespace

void write_change_table(std::ostream& out, const DiffResult& d, const Words& w) {
  if (d.changes.empty()) {
    out << "<p>" << w.no_changes << "</p>\n";
    return;
  }
  out << "<p>" << d.count(ChangeClass::regression) << " " << w.regressions << ", "
      << d.count(ChangeClass::change) << " " << w.changes << ", " << d.count(ChangeClass::info)
      << " " << w.info << ".</p>\n<div class=\"scroll\">\n<table class=\"changes\">\n<thead><tr>"
      << "<th scope=\"col\">" << w.kind << "</th><th scope=\"col\">" << w.message
      << "</th><th scope=\"col\">" << w.where << "</th><th scope=\"col\">" << w.line
      << "</th></tr></thead>\n<tbody>\n";
  for (const Change& c : d.changes) {
    std::string lines = (c.old_line > 0 ? std::to_string(c.old_line) : "—") + " → " +
                        (c.new_line > 0 ? std::to_string(c.new_line) : "—");
    out << "<tr><td><span class=\"badge " << to_string(c.change_class) << "\">"
        << class_word(c.change_class, w) << "</span> <code>" << esc(c.kind) << "</code></td><td>"
        << esc(c.message) << "</td><td><code>" << esc(c.path) << "</code></td><td class=\"num\">"
        << lines << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n</div>\n";
}

void write_history(std::ostream& out, const PageData& p) {
  const Words& w = p.w;
  const History& h = *p.history;
  out << "<section id=\"history\" aria-labelledby=\"history-h\">\n<h2 id=\"history-h\">"
      << w.history << "</h2>\n";
  if (!h.unavailable.empty()) {
    out << "<p class=\"note\">" << w.no_history << " " << esc(h.unavailable)
        << "</p>\n</section>\n";
    return;
  }
  write_charts(out, h, w);
  write_versions(out, h, w);
  write_changes(out, h, w);
  out << "</section>\n";
}

}  // namespace journey::site
