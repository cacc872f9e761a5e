// SPDX-License-Identifier: Apache-2.0
// The views. The flow view fills a Graph for dot to lay out; the map, blueprint and emotion views
// lay themselves out on a Canvas that Graphviz only draws. render.cpp dispatches.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "canvas.hpp"
#include "graph.hpp"
#include "journey/funnel.hpp"
#include "journey/words.hpp"
#include "theme.hpp"
#include "view_model.hpp"

namespace journey::render_detail {

// The layout numbers of the hand-laid views, in points (a view's canvas unit): one place, so that
// drawing code reads as what it draws and pages can stretch columns to fill the paper.
struct Metrics {
  double title_width = 128;     // the lane titles' column (map, blueprint)
  double column_width = 172;    // a touchpoint's column (map, blueprint)
  double pad = 8;               // inside a cell
  double axis_width = 118;      // the emotion view's level names
  double emotion_column = 120;  // a touchpoint's column in the emotion view
  double emotion_chart = 230;   // the emotion view's chart, 5 to 1; also the funnel view's
  double funnel_column = 150;   // a step's column in the funnel view: its bars and the gap
  double minimum_text = 0;      // no text smaller (points), for paper; 0: as styled
};

// A part of a view, for pages and bands (pages.cpp): whether it carries the journey's heading,
// which lanes it draws, and where the lanes it drew stand (for splitting a band over pages).
struct LaneExtent {
  std::string key;  // the lane's key in the lane table; "kpis" for the KPI lane
  double top = 0, height = 0;
};
// The flow view on paper: an arrow whose other end is on another page, marked on the card of
// the end on this one with the other end's page.
struct OffPageArrow {
  std::size_t touchpoint = 0;  // the end on this page: an index into Journey::touchpoints
  bool outgoing = true;        // the arrow leaves `touchpoint`
  std::size_t page = 0;        // the other end's page; 0 while pages are planned
  int same_page = 0;           // the other end on this page: 1 in a band below, -1 above
};
struct ViewPart {
  bool heading = true;                         // the title block (and the persona block)
  std::vector<std::string> lanes;              // the lanes to draw; empty: all
  std::vector<LaneExtent>* extents = nullptr;  // filled with the lanes drawn, when set
  double header_bottom = 0;                    // filled: the bottom of the phase headers
  std::vector<OffPageArrow> off_page;          // the flow view's arrows to and from other pages
};

struct ViewInput {
  const Journey& journey;
  const Model& model;
  const RenderOptions& options;
  const ViewModel& view;
  const Theme& theme;
  // For render_diff: the status of each touchpoint by id; null for a plain render.
  const std::map<std::string, DiffStatus>* diff = nullptr;
  Metrics metrics{};
  ViewPart* part = nullptr;  // null: the whole view
  // The journey's funnels computed from their exports (the funnel view); null: none computed.
  const std::vector<FunnelResult>* funnels = nullptr;

  const std::string& say(Word w) const { return word(w, options.language); }
};

void build_flow_view(const ViewInput& in, Graph& graph);
// The rows the flow view's arrows would pass without a touchpoint there: each is a point dot lays
// out and routes, and their number, not the touchpoints', makes a flow layout slow. Estimated
// from the rows arrows within a phase give (the longest path from the phase's top).
std::size_t flow_arrow_rows(const ViewModel& view);
// The map, blueprint or emotion view (by in.options.view) laid out on a canvas.
Canvas lay_out(const ViewInput& in);
void build_map_view(const ViewInput& in, Canvas& canvas);
void build_blueprint_view(const ViewInput& in, Canvas& canvas);
void build_emotion_view(const ViewInput& in, Canvas& canvas);
void build_funnel_view(const ViewInput& in, Canvas& canvas);

// Shared pieces.
// The title and the subtitle: model, state, personas, owner and review date.
std::pair<std::string, std::string> title_text(const ViewInput& in);
// The title block: the journey's title, then model, state, personas, owner and review date.
double draw_title(const ViewInput& in, Canvas& canvas, double width);
// The scenario and a card per persona (name, description, goals, frustrations) under the title of
// the map and the blueprint, unless --no-personas; its height (0 when there is none).
bool has_persona_block(const ViewInput& in);
double draw_persona_block(const ViewInput& in, Canvas& canvas, double top, double width);
// One line saying what the view shows, for the SVG's <desc>.
std::string view_summary(const ViewInput& in);
// The funnel view's heading under the title: the funnel's name, its users from the first step to
// the last, window and kind, and which period each bar shows; its height.
double draw_funnel_heading(const ViewInput& in, Canvas& canvas, double top, double width);
// The funnel view's: its steps, the users at the first and the last, and the biggest leak.
std::string funnel_summary(const ViewInput& in);
// The emotion a touchpoint's colour shows: the lowest of the curves shown (a persona's 2 is not
// hidden by a mean); 0 when it records none for them.
int shown_emotion(const ViewInput& in, const Touchpoint& tp);
// "Lotte" of "Lotte, the weekend hiker": names in labels stay short.
std::string short_persona_name(const ViewInput& in, const std::string& id);
// "4/5", or "Lotte 4 · Sam 2" when emotions are recorded per persona.
std::string emotion_text(const ViewInput& in, const Touchpoint& tp);
std::string persona_name(const ViewInput& in, const std::string& id);
// A number as the picture's language writes it: "7.6", or "7,6" in Dutch.
std::string number_text(const ViewInput& in, double value);
// One decimal: "60.4", or "60,4" in Dutch.
std::string fixed_text(const ViewInput& in, double value);
// A count in groups of three: "10,000", or "10.000" in Dutch (one decimal when not whole); from a
// million on, in millions with one decimal: "12.4M", "12,4 mln".
std::string count_text(const ViewInput& in, double value);
// A share as a percentage with one decimal: "60.4%", or "60,4 %" in Dutch.
std::string percent_text(const ViewInput& in, double share);
// A time in its two largest units: "35 s", "1 min 35 s", "2 h 5 min" ("2 u 5 min" in Dutch).
std::string duration_text(const ViewInput& in, double seconds);
// Text in a column of `width` with 6 points of room on either side (the emotion and funnel views).
TextBox padded_box(const ViewInput& in, double x, double y, double width,
                   std::vector<Paragraph> text, bool center = true);
// A band over the columns of each phase with touchpoints, its name inside (the emotion and funnel
// views); its height.
double draw_phase_bands(const ViewInput& in, Canvas& canvas, double top, double left,
                        double column);

}  // namespace journey::render_detail
