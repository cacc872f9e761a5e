// SPDX-License-Identifier: Apache-2.0
// Pains that recur across journeys, and the lowest-emotion touchpoints of the portfolio.
#include <algorithm>
#include <sstream>

#include "html.hpp"
#include "portfolio.hpp"

namespace journey::site {

namespace {

constexpr std::size_t k_places_shown = 20;
constexpr std::size_t k_variants_shown = 3;

// The most frequent way a pain is written (ties: the first in text order), then the others.
std::vector<std::string> variants(const PainGroup& g) {
  std::vector<std::pair<std::string, std::size_t>> texts(g.texts.begin(), g.texts.end());
  std::stable_sort(texts.begin(), texts.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<std::string> out;
  for (const auto& t : texts) out.push_back(t.first);
  return out;
}

void write_pain_row(std::ostream& out, const PainGroup& g, const std::vector<Summary>& journeys,
                    const Words& w) {
  std::vector<std::string> texts = variants(g);
  out << "<tr><th scope=\"row\">" << esc(texts.front());
  if (texts.size() > 1) {
    out << "<br><span class=\"muted\">" << w.also_written << ": ";
    for (std::size_t i = 1; i < texts.size() && i <= k_variants_shown; ++i) {
      out << (i > 1 ? "; " : "") << "“" << esc(texts[i]) << "”";
    }
    out << "</span>";
  }
  out << "</th><td class=\"num\">" << g.journeys << "</td><td><ul>";
  for (std::size_t i = 0; i < g.places.size() && i < k_places_shown; ++i) {
    const auto& [index, where] = g.places[i];
    const Summary& s = journeys[index];
    out << "<li><a href=\"journeys/" << s.slug << ".html#" << where.anchor << "\">" << esc(s.title)
        << "</a> – " << esc(where.touchpoint) << "</li>";
  }
  out << "</ul>";
  if (g.journeys > k_places_shown) {
    std::string more = w.and_more;
    more.replace(more.find("%zu"), 3, std::to_string(g.journeys - k_places_shown));
    out << "<p class=\"muted\">" << more << "</p>";
  }
  out << "</td></tr>\n";
}

std::string pains_page(const std::vector<Summary>& journeys, const Portfolio& portfolio,
                       const Words& w, const std::string& date) {
  std::vector<const PainGroup*> groups;
  for (const auto& [key, g] : portfolio.pains) {
    if (g.journeys > 1) groups.push_back(&g);
  }
  std::stable_sort(groups.begin(), groups.end(), [](const PainGroup* a, const PainGroup* b) {
    return a->journeys > b->journeys;
  });
  std::ostringstream out;
  PageFrame frame{std::string(w.pains) + " – " + w.site, "", Section::pains, &w, date};
  begin_page(out, frame);
  out << "<h1>" << w.pains << "</h1>\n<p>" << w.pains_intro << "</p>\n";
  if (groups.empty()) {
    out << "<p>" << w.none_recurring << "</p>\n";
  } else {
    out << "<div class=\"scroll\">\n<table class=\"pains\">\n<thead><tr><th scope=\"col\">"
        << w.pain << "</th><th scope=\"col\" class=\"num\">" << w.number_of_journeys
        << "</th><th scope=\"col\">" << w.where << "</th></tr></thead>\n<tbody>\n";
    for (const PainGroup* g : groups) write_pain_row(out, *g, journeys, w);
    out << "</tbody>\n</table>\n</div>\n";
  }
  end_page(out, frame);
  return out.str();
}

std::string low_points_page(const std::vector<Summary>& journeys, const Portfolio& portfolio,
                            const Words& w, const std::string& date) {
  std::ostringstream out;
  PageFrame frame{std::string(w.low_points) + " – " + w.site, "", Section::low_points, &w, date};
  begin_page(out, frame);
  out << "<h1>" << w.low_points << "</h1>\n<p>" << w.low_intro << "</p>\n";
  if (portfolio.low_points.empty()) {
    out << "<p>" << w.nothing << "</p>\n";
    end_page(out, frame);
    return out.str();
  }
  out << "<div class=\"scroll\">\n<table class=\"low-points\">\n<thead><tr><th scope=\"col\" "
         "class=\"num\">"
      << w.emotion << "</th><th scope=\"col\">" << w.touchpoint << "</th><th scope=\"col\">"
      << w.persona << "</th><th scope=\"col\">" << w.phase << "</th><th scope=\"col\">" << w.journey
      << "</th></tr></thead>\n<tbody>\n";
  for (const PortfolioLowPoint& l : portfolio.low_points) {
    const Summary& s = journeys[l.journey];
    out << "<tr><td class=\"num\"><span class=\"emo emo-" << l.point.emotion << "\">"
        << l.point.emotion << "</span></td><th scope=\"row\"><a href=\"journeys/" << s.slug
        << ".html#" << l.point.anchor << "\">" << esc(l.point.touchpoint) << "</a></th><td>"
        << esc(l.point.persona) << "</td><td>" << esc(l.point.phase) << "</td><td>"
        << journey_link(s) << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n</div>\n";
  end_page(out, frame);
  return out.str();
}

}  // namespace

bool write_pain_pages(SiteWriter& site, const std::vector<Summary>& journeys,
                      const Portfolio& portfolio) {
  const Words& w = words_for(site.options().language);
  std::string date = site.options().today.to_string();
  return site.write("pains.html", pains_page(journeys, portfolio, w, date)) &&
         site.write("low-points.html", low_points_page(journeys, portfolio, w, date));
}

}  // namespace journey::site
