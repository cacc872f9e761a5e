// SPDX-License-Identifier: Apache-2.0
// Rendering a journey: Graphviz diagrams laid out in-process (cgraph builds the graph, gvc lays it
// out and renders it), and a Mermaid `journey` export.
#pragma once

#include <string>
#include <vector>

#include "journey/config.hpp"
#include "journey/diff.hpp"
#include "journey/funnel.hpp"
#include "journey/journey.hpp"
#include "journey/model.hpp"
#include "journey/words.hpp"

namespace journey {

enum class RenderFormat { svg, png, pdf, dot, mermaid };
enum class RenderView { flow, map, emotion, blueprint, funnel };

// Parses "svg", "png", "pdf", "dot" (or "gv") and "mermaid" (or "mmd"); false when unknown.
bool parse_render_format(const std::string& name, RenderFormat& out);
// The format an output file name implies by its extension; false when it implies none.
bool render_format_from_path(const std::string& path, RenderFormat& out);
const char* extension_of(RenderFormat format);
bool parse_render_view(const std::string& name, RenderView& out);
const char* to_string(RenderView view);
// Every view, in documentation order.
const std::vector<RenderView>& render_views();
// A view as the command line and its help name and describe it (from the view registry,
// render/view_registry.cpp: a new view is a file of its own and one line there).
struct RenderViewInfo {
  RenderView view;
  const char* name;     // --view NAME
  const char* summary;  // one line for --help and the man page
};
const std::vector<RenderViewInfo>& render_view_infos();

struct RenderOptions {
  RenderView view = RenderView::flow;
  Language language = Language::en;  // the words, phase names and numbers drawn
  std::string persona;               // only this persona's touchpoints; empty: all
  std::string phase;                 // only this phase (an id or alias of the model); empty: all
  std::string theme = "light";       // light, dark, print
  std::string layout;                // Graphviz engine; empty: the view's default
  bool notes = true;                 // pains and opportunities in the flow view
  bool compact = false;  // one line per text, cut with an ellipsis (the SVG <title> keeps it all)
  // "a4", "a3" or "letter": a PDF of pages of that paper (landscape unless `portrait`), whole
  // phases per page with the lane titles repeated and body text at 8 pt or more; the flow view
  // lays out each page's phases on its own. Empty: one picture.
  std::string page;
  bool portrait = false;
  // For screens: the map, blueprint and emotion views in bands of whole phases stacked so that
  // the picture is at most this many CSS pixels wide (96 per inch); 0: one band.
  double width = 0;
  // A moment of truth whose emotion (for some persona shown) is at most this is a fail point.
  int fail_emotion = 2;
  bool personas = true;  // the persona and scenario block above the map and the blueprint
  // The funnel view: the funnel with this id (empty: the journey's first) and one segment of its
  // export (a GA4 segment, a breakdown value; empty: all users, the latest period against the
  // previous when the export has dates).
  std::string funnel;
  std::string segment;
};

// What one view may draw, checked before layout so that a huge journey fails fast with a clear
// message instead of exhausting Graphviz (see docs/format.md, "Limits").
struct RenderLimits {
  std::size_t touchpoints = 2000;      // per view
  std::size_t per_phase = 500;         // per phase
  std::size_t text_length = 2000;      // code points in one name, pain, thought, ...
  std::size_t total_text = 1'000'000;  // code points drawn in one view
  // Flow view: rows passed by arrows between touchpoints that are not next to each other (every
  // one is a point dot places; see flow_arrow_rows).
  std::size_t flow_arrow_rows = 30'000;
};
const RenderLimits& render_limits();

const std::vector<std::string>& render_themes();
// The Graphviz engines a view can be laid out with; the first is the default.
const std::vector<std::string>& layouts_for(RenderView view);

struct RenderResult {
  bool ok = false;
  std::string data;   // the rendered bytes
  std::string error;  // why not, when !ok
};

// The options for one journey: the language of `lang` (--lang) when given, else the journey's
// `lang:`, else the configuration's `render: {lang}`, else English; the configuration's fail
// threshold.
RenderOptions options_for(RenderOptions base, const std::string& lang, const Journey& journey,
                          const Config& config);

// Renders a journey whose phases are bound to `model` (see lint). Deterministic: the same input and
// options give byte-identical output. Not thread-safe (Graphviz keeps global state). `funnels`
// are the journey's funnels computed from their exports (Analysis::funnels), which the funnel
// view draws; the other views do not need them.
RenderResult render(const Journey& journey, const Model& model, const RenderOptions& options,
                    RenderFormat format, const std::vector<FunnelResult>& funnels = {});
// Whether a view can be drawn of this journey at all: the blueprint needs backstage or support
// content, the funnel view a funnel. Sites and previews offer only these.
bool view_applies(RenderView view, const Journey& journey);

// The flow view of a change: the new journey with added touchpoints green, removed ones (from the
// old journey, in their old phase) red, changed ones amber, and a legend. `model` is the new
// journey's model.
RenderResult render_diff(const Journey& old_journey, const Journey& new_journey, const Model& model,
                         const DiffResult& diff, const RenderOptions& options, RenderFormat format);

// Loads Graphviz's plugins and fonts by drawing a one-node graph. Start-up costs as much as
// parsing a small journey; a caller may run this on another thread while it reads the journey,
// provided it finishes before render() is called (Graphviz is not thread-safe).
void warm_up_renderer();

// Why PNG or PDF of this journey would draw boxes for missing glyphs: one message per font package
// that would draw them (characters no installed font has, through fontconfig's fallback chain from
// the theme's font). Empty when every character can be drawn. SVG uses the viewer's fonts.
std::vector<std::string> missing_font_warnings(const Journey& journey, const Model& model,
                                               const RenderOptions& options);

// The fill of an emotion 1..5 in a theme: red through grey to green, lightness rising in steps of
// 12 or more (CIELAB L*), so that greyscale keeps the order; a neutral grey otherwise.
std::string emotion_color(int emotion, const std::string& theme);

}  // namespace journey
