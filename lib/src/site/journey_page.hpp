// SPDX-License-Identifier: Apache-2.0
// One journey's page and diagrams: what a worker does for each journey.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "history.hpp"
#include "journey/lint.hpp"
#include "journey/render.hpp"
#include "journey/score.hpp"
#include "journey/site.hpp"
#include "summary.hpp"
#include "words.hpp"

namespace journey::site {

// What one worker process (or the only process) keeps between journeys.
struct WorkerContext {
  const SiteOptions& options;
  std::string folder;    // the new site being written
  std::string previous;  // the site it replaces, whose diagrams may be reused; empty: none
  ConfigResolver resolver;
};

// Reads, lints and scores a journey, draws its views, writes journeys/<slug>.html and its SVG
// files into the new site, and returns its summary (with `error` set when the run must fail).
Summary build_journey(std::size_t index, const std::string& file, const std::string& slug,
                      WorkerContext& context);

struct DrawnView {
  RenderView view = RenderView::flow;
  std::string file;   // its name in journeys/, when drawn
  std::string error;  // why it was not drawn
};

// Draws the views of a journey without lint errors into <folder>/journeys/<slug>.<view>.svg,
// taking a diagram from the previous site when it was drawn from the same input.
std::vector<DrawnView> draw_views(const Analysis& analysis, const std::string& slug,
                                  WorkerContext& context, Summary& summary);

struct PageData {
  const Words& w;
  const SiteOptions& options;
  const Analysis& analysis;
  const Summary& summary;
  std::optional<Scorecard> card;
  std::vector<DrawnView> views;
  std::optional<History> history;
};

void write_journey_page(std::ostream& out, const PageData& page);

// Sections of the page (journey_sections.cpp).
void write_views(std::ostream& out, const PageData& page);
void write_touchpoint_table(std::ostream& out, const PageData& page);
void write_scorecard(std::ostream& out, const PageData& page);
void write_findings(std::ostream& out, const PageData& page);
void write_kpis(std::ostream& out, const PageData& page);
void write_personas(std::ostream& out, const PageData& page);
void write_history(std::ostream& out, const PageData& page);
// The changes of a semantic diff as a table, with counts per class.
void write_change_table(std::ostream& out, const DiffResult& diff, const Words& w);

// Fills what the index and the portfolio need of an analysed journey.
void summarize(const Analysis& analysis, const SiteOptions& options, Summary& summary);
// The score with its trend arrow against the history's base ("72.4 ▲ +3.1"), or "—" with the
// reason when the journey was not scored.
std::string score_html(const Summary& summary, const Words& w);

// The name of a view in the site's words.
const char* view_name(RenderView view, const Words& w);

}  // namespace journey::site
