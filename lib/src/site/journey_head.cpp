// SPDX-License-Identifier: Apache-2.0
// A journey's page: its heading, key figures and contents, then the sections in order.
#include <cmath>
#include <filesystem>

#include "html.hpp"
#include "journey/path_scope.hpp"
#include "journey/source_root.hpp"
#include "journey_page.hpp"

namespace journey::site {

namespace {

// The file as the repository knows it (relative to its git work tree, else its own name): a page
// that is published must not show where the maps lay on the machine that wrote it.
std::string repository_path(const std::string& file) {
  std::string shown = path_in_root(file, PathScope::root_of(file));
  return shown.empty() ? std::filesystem::path(file).filename().string() : shown;
}

void write_meta(std::ostream& out, const PageData& p) {
  const Words& w = p.w;
  const Summary& s = p.summary;
  out << "<ul class=\"meta\">\n";
  if (!s.model.empty()) {
    out << "<li>" << w.model << ": " << esc(s.model_name.empty() ? s.model : s.model_name)
        << "</li>\n";
  }
  if (s.loaded) {
    out << "<li>" << w.state << ": " << (s.state == "future" ? w.future : w.current) << "</li>\n";
  }
  if (!s.owner.empty()) out << "<li>" << w.owner << ": " << esc(s.owner) << "</li>\n";
  if (s.loaded) {
    out << "<li>" << w.reviewed << ": " << (s.reviewed.empty() ? w.never : esc(s.reviewed));
    if (s.stale) out << " <span class=\"badge stale\">" << w.stale << "</span>";
    out << "</li>\n";
  }
  out << "<li>" << w.file << ": <code>" << esc(repository_path(s.file)) << "</code></li>\n</ul>\n";
}

void write_figures(std::ostream& out, const PageData& p) {
  const Words& w = p.w;
  const Summary& s = p.summary;
  const Figures& f = s.figures;
  auto item = [&](const char* label, const std::string& value) {
    out << "<div><dt>" << label << "</dt><dd>" << value << "</dd></div>\n";
  };
  out << "<dl class=\"figures\">\n";
  item(w.score, score_html(s, w));
  if (s.loaded) {
    item(w.touchpoints, std::to_string(f.touchpoints));
    item(w.mean_emotion, f.has_emotion ? w.number(f.mean_emotion, 2) : "—");
    item(w.pain_points, std::to_string(f.pains));
    item(w.kpis_on_target,
         f.kpis_judged == 0 ? "—"
                            : std::to_string(f.kpis_met) + " / " + std::to_string(f.kpis_judged));
  }
  item(w.errors, std::to_string(s.errors));
  item(w.warnings, std::to_string(s.warnings));
  out << "</dl>\n";
}

void write_contents(std::ostream& out, const PageData& p) {
  const Words& w = p.w;
  bool loaded = p.analysis.journey.has_value();
  const std::pair<bool, std::pair<const char*, const char*>> items[] = {
      {!p.views.empty(), {"views", w.views}},
      {loaded, {"touchpoints", w.touchpoints}},
      {p.card.has_value(), {"scorecard", w.scorecard}},
      {true, {"findings", w.findings}},
      {loaded, {"kpis", w.kpis}},
      {loaded, {"personas", w.personas}},
      {p.history.has_value(), {"history", w.history}},
  };
  out << "<nav class=\"contents\" aria-label=\"" << w.contents << "\">\n<ul>\n";
  for (const auto& [shown, item] : items) {
    if (shown) out << "<li><a href=\"#" << item.first << "\">" << item.second << "</a></li>\n";
  }
  out << "</ul>\n</nav>\n";
}

}  // namespace

std::string score_html(const Summary& s, const Words& w) {
  if (!s.scored) return std::string("<span class=\"muted\">— ") + w.not_scored + "</span>";
  // Totals are whole numbers, as `journey score` prints and gates them.
  std::string out = "<span class=\"score\">" + w.number(s.score, 0) + "</span>";
  if (!s.has_trend) return out;
  double delta = std::round(s.score - s.previous_score);
  const char* cls = delta > 0 ? "up" : delta < 0 ? "down" : "same";
  const char* arrow = delta > 0 ? "▲" : delta < 0 ? "▼" : "▶";
  const char* words = delta > 0 ? w.up_from : delta < 0 ? w.down_from : w.same_as;
  std::string title =
      std::string(words) + " " + w.number(s.previous_score, 0) + " (" + s.previous_label + ")";
  std::string sign = delta > 0 ? "+" : "";
  return out + " <span class=\"trend " + cls + "\" title=\"" + esc(title) + "\">" + arrow + " " +
         (delta == 0 ? std::string("0") : sign + w.number(delta, 0)) + "<span class=\"sr\"> " +
         esc(title) + "</span></span>";
}

void write_journey_page(std::ostream& out, const PageData& p) {
  const Words& w = p.w;
  PageFrame frame{p.summary.title + " – " + w.site, "../", Section::journeys, &w,
                  p.options.today.to_string()};
  begin_page(out, frame);
  out << "<p class=\"crumbs\"><a href=\"../index.html\">" << w.all_journeys << "</a></p>\n<h1>"
      << esc(p.summary.title) << "</h1>\n";
  write_meta(out, p);
  if (p.analysis.journey && !p.analysis.journey->description.value.empty()) {
    out << "<p class=\"description\">" << esc(p.analysis.journey->description.value) << "</p>\n";
  }
  write_figures(out, p);
  write_contents(out, p);
  if (p.summary.errors > 0 || !p.summary.scored) {
    out << "<p class=\"alert\">" << w.errors_block << " <a href=\"#findings\">" << w.findings
        << "</a></p>\n";
  }
  if (!p.views.empty()) write_views(out, p);
  if (p.analysis.journey) write_touchpoint_table(out, p);
  if (p.card) write_scorecard(out, p);
  write_findings(out, p);
  if (p.analysis.journey) {
    write_kpis(out, p);
    write_personas(out, p);
  }
  if (p.history) write_history(out, p);
  end_page(out, frame);
}

}  // namespace journey::site
