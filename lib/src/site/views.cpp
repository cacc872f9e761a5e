// SPDX-License-Identifier: Apache-2.0
// A journey's diagrams: rendered with journey render's library call, or taken from the previous
// site when nothing they are drawn from has changed.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "folder.hpp"
#include "journey/funnel.hpp"
#include "journey/model.hpp"
#include "journey/sha256.hpp"
#include "journey_page.hpp"

namespace fs = std::filesystem;

namespace journey::site {

namespace {

// CSS pixels: the widest picture the journey page shows at its own size.
constexpr double k_site_picture_width = 1400;

// The comment that carries a diagram's key, just before the <svg> element.
constexpr const char* k_key_comment = "<!-- journey-report-key ";

// Everything a diagram is drawn from: the binary, the view's options, the journey's text, its
// model's text, and every catalog and data file it uses (their personas, channels and numbers
// are drawn too), each by name and length-prefixed text. Empty when the binary is not identified
// (no reuse then).
std::string key_of(const Analysis& a, RenderView view, const SiteOptions& o) {
  if (o.tool.empty()) return {};
  Sha256 h;
  auto add_text = [&h](const std::string& text) {
    h.add(std::to_string(text.size())).add("\n").add(text);
  };
  h.add(o.tool)
      .add("\n")
      .add(to_string(view))
      .add("\n")
      .add(to_string(o.language))
      .add("\n")
      .add(o.theme);
  h.add("\n");
  add_text(a.report.source.text());
  add_text(a.model->origin);
  add_text(a.model->text);
  for (const auto& [name, source] : a.report.other_sources) {  // a map: always in one order
    add_text(name);
    add_text(source ? source->text() : std::string("(unreadable)"));
  }
  if (view == RenderView::funnel) {  // an event log is read in pieces, not kept: its numbers
    std::ostringstream numbers;
    FunnelReportOptions json;
    json.format = FunnelOutput::json;
    write_funnels(*a.journey, a.report.name, a.funnels, json, numbers);
    add_text(numbers.str());
  }
  return h.hex();
}

// The previous site's file when it carries the same key; its first bytes are enough to tell.
bool reuse(const std::string& previous, const std::string& target, const std::string& key) {
  std::ifstream in(previous, std::ios::binary);
  if (!in) return false;
  std::string head(1024, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  if (head.find(k_key_comment + key + " -->") == std::string::npos) return false;
  if (::link(previous.c_str(), target.c_str()) == 0) return true;
  std::error_code ec;
  return fs::copy_file(previous, target, ec) && !ec;
}

// The SVG with its key: a comment before the <svg> element (after Graphviz's own header).
std::string with_key(const std::string& svg, const std::string& key) {
  if (key.empty()) return svg;
  std::size_t at = svg.find("<svg");
  if (at == std::string::npos) return svg;
  return svg.substr(0, at) + k_key_comment + key + " -->\n" + svg.substr(at);
}

// The views a journey page shows, in its order: the map first, as practitioners read a journey.
const std::vector<RenderView>& site_views() {
  static const std::vector<RenderView> views = {RenderView::map, RenderView::flow,
                                                RenderView::emotion, RenderView::blueprint,
                                                RenderView::funnel};
  return views;
}

}  // namespace

std::vector<DrawnView> draw_views(const Analysis& a, const std::string& slug, WorkerContext& ctx,
                                  Summary& s) {
  std::vector<DrawnView> out;
  for (RenderView view : site_views()) {
    if (!view_applies(view, *a.journey)) continue;
    DrawnView d;
    d.view = view;
    d.file = slug + "." + to_string(view) + ".svg";
    std::string target = (fs::path(ctx.folder) / "journeys" / d.file).string();
    std::string key = key_of(a, view, ctx.options);
    if (!key.empty() && !ctx.previous.empty() &&
        reuse((fs::path(ctx.previous) / "journeys" / d.file).string(), target, key)) {
      ++s.reused;
      out.push_back(d);
      continue;
    }
    RenderOptions options;
    options.view = view;
    options.language = ctx.options.language;
    options.theme = ctx.options.theme;
    // Long journeys wrap into bands of whole phases that fit the page's column (the flow view is
    // laid out by dot and only scaled).
    if (view != RenderView::flow) options.width = k_site_picture_width;
    RenderResult r = render(*a.journey, *a.model, options, RenderFormat::svg, a.funnels);
    if (!r.ok) {
      d.error = r.error;
      s.notes.push_back(s.file + ": " + to_string(view) + " view not drawn: " + r.error);
    } else if (!write_file(target, with_key(r.data, key), s.error)) {
      return out;
    } else {
      ++s.diagrams;
    }
    out.push_back(d);
  }
  return out;
}

}  // namespace journey::site
