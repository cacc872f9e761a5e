// SPDX-License-Identifier: Apache-2.0
// The site's own pages: the index in several orders and the views across journeys. They are made
// from the summaries alone, after every journey page is written.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "journey/site.hpp"
#include "summary.hpp"
#include "words.hpp"

namespace journey::site {

// Recurring pains as they are gathered: the journeys a pain key appears in, and where.
struct PainGroup {
  std::map<std::string, std::size_t> texts;               // how it is written, and how often
  std::vector<std::pair<std::size_t, PainEntry>> places;  // (journey, where), the first journeys
  std::size_t journeys = 0;                               // how many journeys have it
};

struct PortfolioLowPoint {
  std::size_t journey = 0;  // index of the summary
  std::size_t order = 0;    // its place among the journey's low points
  LowPoint point;
};

// What the portfolio pages need beyond the summaries: filled journey by journey, so that a pain's
// text is kept once however many journeys share it.
struct Portfolio {
  std::map<std::string, PainGroup> pains;
  std::vector<PortfolioLowPoint> low_points;  // the lowest across the portfolio, lowest first

  void add(const Summary& summary);  // then the summary's pains and low points may be dropped
};

// Writes a page of the site (relative path) or records the error.
class SiteWriter {
 public:
  SiteWriter(std::string folder, const SiteOptions& options)
      : folder_(std::move(folder)), options_(options) {}
  bool write(const std::string& name, const std::string& html);
  const std::string& error() const { return error_; }
  const SiteOptions& options() const { return options_; }

 private:
  std::string folder_;
  const SiteOptions& options_;
  std::string error_;
};

bool write_index_pages(SiteWriter& site, const std::vector<Summary>& journeys);
bool write_usage_pages(SiteWriter& site, const std::vector<Summary>& journeys);
bool write_pain_pages(SiteWriter& site, const std::vector<Summary>& journeys,
                      const Portfolio& portfolio);
bool write_state_pages(SiteWriter& site, const std::vector<Summary>& journeys);
// leaks.html: every funnel's biggest leak across the journeys, the largest share first.
bool write_leak_page(SiteWriter& site, const std::vector<Summary>& journeys);
// style.css and favicon.svg.
bool write_assets(SiteWriter& site);
// The site's style sheet in a theme (light, dark or print); also journey serve's.
std::string stylesheet(const std::string& theme);
// favicon.svg.
const char* site_icon();

// A link to a journey's page from the site's root ("journeys/<slug>.html").
std::string journey_link(const Summary& s, const std::string& root = "");

}  // namespace journey::site
