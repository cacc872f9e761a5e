// SPDX-License-Identifier: Apache-2.0
// The portfolio page of funnel leaks: the biggest leak of every funnel with counts, across the
// journeys, the largest share lost first, and whether an opportunity stands at that step.
#include <algorithm>
#include <sstream>

#include "html.hpp"
#include "portfolio.hpp"

namespace journey::site {

namespace {

struct Row {
  const Summary* journey;
  const FunnelLeak* leak;
};

void write_row(std::ostream& out, const Row& r, const Words& w) {
  const FunnelLeak& l = *r.leak;
  const char* percent = w.language() == Language::nl ? "&nbsp;%" : "%";  // 53,8 % and 53.8%
  out << "<tr><td class=\"num\">" << w.number(l.share * 100, 1) << percent
      << "</td><td class=\"num\">" << w.number(l.lost, 0)
      << "</td><th scope=\"row\"><a href=\"journeys/" << r.journey->slug << ".html#" << l.anchor
      << "\">" << esc(l.from) << " → " << esc(l.to) << "</a></th><td>" << esc(l.funnel)
      << "</td><td>" << journey_link(*r.journey) << "</td><td>" << (l.opportunity ? w.yes : w.no)
      << "</td></tr>\n";
}

std::string leaks_page(const std::vector<Summary>& journeys, const Words& w,
                       const std::string& date) {
  std::vector<Row> rows;
  for (const Summary& s : journeys) {
    for (const FunnelLeak& l : s.leaks) rows.push_back({&s, &l});
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const Row& a, const Row& b) { return a.leak->share > b.leak->share; });
  std::ostringstream out;
  PageFrame frame{std::string(w.leaks) + " – " + w.site, "", Section::leaks, &w, date};
  begin_page(out, frame);
  out << "<h1>" << w.leaks << "</h1>\n<p>" << w.leaks_intro << "</p>\n";
  if (rows.empty()) {
    out << "<p>" << w.nothing << "</p>\n";
  } else {
    out << "<div class=\"scroll\">\n<table class=\"leaks\">\n<thead><tr><th scope=\"col\" "
           "class=\"num\">%</th><th scope=\"col\" class=\"num\">"
        << w.lost << "</th><th scope=\"col\">" << w.step << "</th><th scope=\"col\">" << w.funnel
        << "</th><th scope=\"col\">" << w.journey << "</th><th scope=\"col\">"
        << w.opportunity_there << "</th></tr></thead>\n<tbody>\n";
    for (const Row& r : rows) write_row(out, r, w);
    out << "</tbody>\n</table>\n</div>\n";
  }
  end_page(out, frame);
  return out.str();
}

}  // namespace

bool write_leak_page(SiteWriter& site, const std::vector<Summary>& journeys) {
  const Words& w = words_for(site.options().language);
  return site.write("leaks.html", leaks_page(journeys, w, site.options().today.to_string()));
}

}  // namespace journey::site
