// SPDX-License-Identifier: Apache-2.0
// The index: every journey in a table, as several pages in different orders (sorting without
// JavaScript), each linking to the others.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <sstream>
#include <tuple>

#include "html.hpp"
#include "journey_page.hpp"
#include "portfolio.hpp"

namespace journey::site {

namespace {

using Less = bool (*)(const Summary&, const Summary&);

std::string folded(const std::string& text) {
  std::string out = text;
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool by_title(const Summary& a, const Summary& b) {
  return std::make_tuple(folded(a.title), a.title, a.index) <
         std::make_tuple(folded(b.title), b.title, b.index);
}
// Lowest first; journeys that could not be scored before all others (they need the most work).
bool by_score(const Summary& a, const Summary& b) {
  return std::make_tuple(a.scored, a.score, a.index) < std::make_tuple(b.scored, b.score, b.index);
}
// Oldest first; never reviewed before all others. ISO dates sort as text.
bool by_reviewed(const Summary& a, const Summary& b) {
  return std::tie(a.reviewed, a.index) < std::tie(b.reviewed, b.index);
}
bool by_findings(const Summary& a, const Summary& b) {
  return std::make_tuple(b.errors, b.warnings, a.index) <
         std::make_tuple(a.errors, a.warnings, b.index);
}

struct Order {
  const char* file;
  const char* Words::*label;
  Less less;
};

const Order k_orders[] = {
    {"index.html", &Words::by_title, by_title},
    {"index-score.html", &Words::by_score, by_score},
    {"index-reviewed.html", &Words::by_reviewed, by_reviewed},
    {"index-findings.html", &Words::by_findings, by_findings},
};

void write_intro(std::ostream& out, const std::vector<Summary>& journeys, const Words& w,
                 const std::string& date) {
  double total = 0;
  std::size_t scored = 0, errors = 0, stale = 0;
  for (const Summary& s : journeys) {
    if (s.scored) total += s.score, ++scored;
    if (s.errors > 0) ++errors;
    if (s.stale) ++stale;
  }
  out << "<h1>" << w.site << "</h1>\n<p>" << w.index_intro << "</p>\n<ul class=\"meta\">\n<li>"
      << journeys.size() << " " << folded(w.journeys) << "</li>\n";
  if (scored > 0) {
    double mean = total / static_cast<double>(scored);  // of whole numbers: a decimal when needed
    out << "<li>" << w.mean_score << " " << w.number(mean, mean == std::floor(mean) ? 0 : 1)
        << "</li>\n";
  }
  out << "<li>" << errors << " " << w.with_errors << "</li>\n<li>" << stale << " "
      << w.stale_reviews << "</li>\n<li>" << w.report_date << " " << esc(date) << "</li>\n</ul>\n";
}

void write_orders(std::ostream& out, const Order& current, const Words& w) {
  out << "<nav class=\"orders\" aria-label=\"" << w.order << "\">\n<span>" << w.order
      << ":</span>\n<ul>\n";
  for (const Order& o : k_orders) {
    out << "<li><a href=\"" << o.file << "\"" << (&o == &current ? " aria-current=\"page\"" : "")
        << ">" << w.*o.label << "</a></li>\n";
  }
  out << "</ul>\n</nav>\n";
}

std::string reviewed_cell(const Summary& s, const Words& w) {
  if (!s.loaded) return "—";
  std::string out = s.reviewed.empty() ? std::string("<span class=\"muted\">") + w.never + "</span>"
                                       : esc(s.reviewed);
  if (s.stale) out += std::string(" <span class=\"badge stale\">") + w.stale + "</span>";
  return out;
}

void write_row(std::ostream& out, const Summary& s, const Words& w) {
  std::string personas;
  for (const auto& p : s.personas) personas += (personas.empty() ? "" : ", ") + p;
  out << "<tr" << (s.errors > 0 ? " class=\"has-errors\"" : "") << "><th scope=\"row\">"
      << journey_link(s) << "</th><td>" << esc(s.model_name.empty() ? s.model : s.model_name)
      << "</td><td>"
      << (!s.loaded             ? ""
          : s.state == "future" ? w.future
                                : w.current)
      << "</td><td>" << esc(personas) << "</td><td>" << esc(s.owner) << "</td><td class=\"num\">"
      << (s.loaded ? std::to_string(s.figures.touchpoints) : "—")
      << "</td><td class=\"score-cell\">" << score_html(s, w) << "</td><td class=\"num\">"
      << s.errors << "</td><td class=\"num\">" << s.warnings << "</td><td class=\"date\">"
      << reviewed_cell(s, w) << "</td></tr>\n";
}

std::string index_page(const std::vector<const Summary*>& rows, const std::vector<Summary>& all,
                       const Order& order, const Words& w, const std::string& date) {
  std::ostringstream out;
  PageFrame frame{std::string(w.site) + " – " + w.*order.label, "", Section::journeys, &w, date};
  begin_page(out, frame);
  write_intro(out, all, w, date);
  write_orders(out, order, w);
  out << "<div class=\"scroll\">\n<table class=\"index\">\n<thead><tr><th scope=\"col\">"
      << w.journey << "</th><th scope=\"col\">" << w.model << "</th><th scope=\"col\">" << w.state
      << "</th><th scope=\"col\">" << w.personas << "</th><th scope=\"col\">" << w.owner
      << "</th><th scope=\"col\" class=\"num\">" << w.touchpoints << "</th><th scope=\"col\">"
      << w.score << "</th><th scope=\"col\" class=\"num\">" << w.errors
      << "</th><th scope=\"col\" class=\"num\">" << w.warnings << "</th><th scope=\"col\">"
      << w.reviewed << "</th></tr></thead>\n<tbody>\n";
  for (const Summary* s : rows) write_row(out, *s, w);
  out << "</tbody>\n</table>\n</div>\n";
  end_page(out, frame);
  return out.str();
}

}  // namespace

bool write_index_pages(SiteWriter& site, const std::vector<Summary>& journeys) {
  const Words& w = words_for(site.options().language);
  std::string date = site.options().today.to_string();
  for (const Order& order : k_orders) {
    std::vector<const Summary*> rows;
    for (const Summary& s : journeys) rows.push_back(&s);
    std::sort(rows.begin(), rows.end(),
              [&](const Summary* a, const Summary* b) { return order.less(*a, *b); });
    if (!site.write(order.file, index_page(rows, journeys, order, w, date))) return false;
  }
  return true;
}

}  // namespace journey::site
