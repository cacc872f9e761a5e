// SPDX-License-Identifier: Apache-2.0
// Rendering: escaping, the view model, Mermaid, determinism of every view and format.
#include <catch2/catch.hpp>
#include <fstream>
#include <regex>

#include "../../lib/src/render/escape.hpp"
#include "../../lib/src/render/view_model.hpp"
#include "journey/lint.hpp"
#include "journey/render.hpp"

using namespace journey;

namespace {

Analysis analyze(const std::string& text) {
  static const Config config = default_config();
  LintOptions options;
  Date::parse("2026-11-23", options.today);
  Analysis a =
      analyze_source(SourceText("r.journey.yaml", text), "r.journey.yaml", config, options);
  REQUIRE(a.journey);
  REQUIRE(a.model != nullptr);
  return a;
}

const char* k_journey = R"(journey: Render me
model: aida
personas:
  - {id: ann, name: Ann}
  - {id: bob, name: "Bob, the builder"}
phases:
  attention:
    touchpoints:
      - {id: ad, name: "Ad: #1; big", emotion: 4, personas: [ann], next: [blog]}
      - {id: blog, name: Blog, emotion: 2, personas: [bob], next: [site]}
  interest:
    touchpoints:
      - {id: site, name: Site, emotion: 3, next: [ad, buy]}
  action:
    touchpoints:
      - {id: buy, name: Buy, personas: [ann], next: []}
)";

}  // namespace

TEST_CASE("escaping for HTML-like labels, escStrings and URLs", "[render]") {
  using namespace render_detail;
  CHECK(html_text("<b>&\"x'</b>") == "&lt;b&gt;&amp;&quot;x&#39;&lt;/b&gt;");
  CHECK(esc_string("a\\Nb") == "a\\\\Nb");
  CHECK(safe_url("https://example.com/a") == "https://example.com/a");
  CHECK(safe_url("HTTP://example.com") == "HTTP://example.com");
  CHECK(safe_url("mailto:a@example.com") == "mailto:a@example.com");
  CHECK(safe_url("javascript:alert(1)").empty());
  CHECK(safe_url("data:text/html,x").empty());
  CHECK(safe_url("https://x.example/\"onload=x").empty());
  CHECK(shorten("abcdef", 3) == "abc…");
  CHECK(shorten("oriëntatie", 20) == "oriëntatie");
}

TEST_CASE("the view model orders by model phase and joins edges across filtered touchpoints",
          "[render]") {
  Analysis a = analyze(k_journey);
  RenderOptions all;
  auto view = render_detail::build_view_model(*a.journey, *a.model, all);
  CHECK(view.order == std::vector<std::size_t>{0, 1, 2, 3});
  REQUIRE(view.edges.size() == 4);
  CHECK(view.edges[2].from == 2);  // site -> ad goes back
  CHECK(view.edges[2].to == 0);
  CHECK(view.edges[2].back);
  CHECK_FALSE(view.edges[3].back);

  RenderOptions ann;
  ann.persona = "ann";
  auto filtered = render_detail::build_view_model(*a.journey, *a.model, ann);
  // blog is Bob's: ad -> blog -> site becomes ad -> site; site (no personas) is everyone's.
  CHECK(filtered.order == std::vector<std::size_t>{0, 2, 3});
  REQUIRE(filtered.edges.size() == 3);
  CHECK(filtered.edges[0].from == 0);
  CHECK(filtered.edges[0].to == 2);
}

TEST_CASE("mermaid export writes entity codes for what Mermaid reads as syntax", "[render]") {
  Analysis a = analyze(k_journey);
  RenderResult r = render(*a.journey, *a.model, {}, RenderFormat::mermaid);
  REQUIRE(r.ok);
  CHECK(r.data ==
        "journey\n"
        "    title Render me\n"
        "    section Attention\n"
        "      Ad#58; #35;1#59; big: 4: Ann\n"
        "      Blog: 2: Bob#44; the builder\n"
        "    section Interest\n"
        "      Site: 3: Ann, Bob#44; the builder\n"
        "    section Action\n"
        "      Buy: 3: Ann\n");
}

TEST_CASE("every view renders every format, byte for byte the same twice", "[render]") {
  Analysis a = analyze(k_journey);
  for (RenderView view : {RenderView::flow, RenderView::map, RenderView::emotion}) {
    for (RenderFormat format :
         {RenderFormat::svg, RenderFormat::png, RenderFormat::pdf, RenderFormat::dot}) {
      for (const std::string& theme : render_themes()) {
        RenderOptions options;
        options.view = view;
        options.theme = theme;
        INFO("view " << static_cast<int>(view) << " format " << extension_of(format) << " "
                     << theme);
        RenderResult first = render(*a.journey, *a.model, options, format);
        REQUIRE(first.ok);
        RenderResult second = render(*a.journey, *a.model, options, format);
        CHECK(first.data == second.data);
        switch (format) {
          case RenderFormat::svg:
            CHECK(first.data.find("<svg") != std::string::npos);
            break;
          case RenderFormat::png:
            CHECK(first.data.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
            break;
          case RenderFormat::pdf:
            CHECK(first.data.compare(0, 5, "%PDF-") == 0);
            CHECK(first.data.find("/CreationDate (D:19700101000000Z)") != std::string::npos);
            break;
          default:
            CHECK(first.data.compare(0, 8, "digraph ") == 0);
        }
      }
    }
  }
}

TEST_CASE("flow view content: clusters in model order, loops dashed, gaps shown", "[render]") {
  Analysis a = analyze(k_journey);
  RenderResult dot = render(*a.journey, *a.model, {}, RenderFormat::dot);
  REQUIRE(dot.ok);
  auto at = [&](const std::string& s) { return dot.data.find(s); };
  // Clusters and nodes are numbered (phase and touchpoint indices), never named after ids.
  CHECK(at("cluster_p0") < at("cluster_p1"));
  CHECK(at("cluster_p1") < at("cluster_p2"));
  CHECK(at("no touchpoints") != std::string::npos);  // desire has none
  CHECK(at("tp2 -> tp0") != std::string::npos);      // site -> ad, a loop
  CHECK(at("constraint=false") != std::string::npos);
  CHECK(at("style=dashed") != std::string::npos);
  CHECK(at("ordering=out") != std::string::npos);  // phases stay in model order
  CHECK(at("rank=same") != std::string::npos);     // and start at one top edge
  RenderOptions hide;
  hide.notes = false;
  CHECK(render(*a.journey, *a.model, hide, RenderFormat::dot).ok);
}

namespace {

// The x coordinates of an SVG path's points ("M1,-2C3,-4 ..."): every first number of a pair.
std::vector<double> path_xs(const std::string& d) {
  std::vector<double> xs;
  static const std::regex pair(R"((-?[0-9.]+),(-?[0-9.]+))");
  for (auto it = std::sregex_iterator(d.begin(), d.end(), pair); it != std::sregex_iterator();
       ++it) {
    xs.push_back(std::stod((*it)[1]));
  }
  return xs;
}

}  // namespace

TEST_CASE("flow arrows between neighbouring phases cross in the gap between their columns",
          "[render][flow]") {
  // Twelve phases of five touchpoints, each phase's last leading to the next phase's first: dot
  // alone sent all eleven arrows out past the last column and back, a band of loops.
  std::string path = std::string(JOURNEY_SOURCE_DIR) + "/tests/data/render/groot.journey.yaml";
  std::ifstream in(path, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  static const Config config = default_config();
  Analysis a = analyze_source(SourceText(path, text), path, config, {});
  REQUIRE(a.journey);
  RenderResult svg = render(*a.journey, *a.model, {}, RenderFormat::svg);
  REQUIRE(svg.ok);
  static const std::regex cluster(R"re(<title>cluster_p[0-9]+</title>\n<path [^>]* d="([^"]*)")re");
  static const std::regex edge(R"re(class="edge">\n<path [^>]* d="([^"]*)")re");
  std::vector<std::pair<double, double>> columns;  // left and right, left to right
  for (auto it = std::sregex_iterator(svg.data.begin(), svg.data.end(), cluster);
       it != std::sregex_iterator(); ++it) {
    std::vector<double> xs = path_xs((*it)[1]);
    columns.emplace_back(*std::min_element(xs.begin(), xs.end()),
                         *std::max_element(xs.begin(), xs.end()));
  }
  REQUIRE(columns.size() == 12);
  std::size_t gaps_used = 0;
  for (auto it = std::sregex_iterator(svg.data.begin(), svg.data.end(), edge);
       it != std::sregex_iterator(); ++it) {
    for (double x : path_xs((*it)[1])) {
      CHECK(x >= columns.front().first);
      CHECK(x <= columns.back().second);  // no arrow goes out past the last column
    }
  }
  for (std::size_t p = 0; p + 1 < columns.size(); ++p) {
    double left = columns[p].second, right = columns[p + 1].first;
    bool crossed = false;
    for (auto it = std::sregex_iterator(svg.data.begin(), svg.data.end(), edge);
         it != std::sregex_iterator(); ++it) {
      for (double x : path_xs((*it)[1])) crossed = crossed || (x > left && x < right);
    }
    gaps_used += crossed ? 1 : 0;
  }
  CHECK(gaps_used == 11);
  // The drawing is as wide as its columns (and the pad): no room kept for detours.
  std::smatch width;
  REQUIRE(std::regex_search(svg.data, width, std::regex(R"(<svg width="([0-9]+)pt")")));
  CHECK(std::stod(width[1]) <= columns.back().second - columns.front().first + 20);
}

TEST_CASE("the flow view's drawing holds every arrow it draws", "[render][flow]") {
  // The width is fitted to what is drawn after the routes (gap_routes.cpp): a loop that dot sends
  // round the last column (the productivity app's renewal back to pricing) must stay inside.
  static const Config config = default_config();
  for (const char* name : {"productivity-app", "online-shop", "consultancy"}) {
    INFO(name);
    std::string path = std::string(JOURNEY_SOURCE_DIR) + "/examples/" + name + ".journey.yaml";
    Analysis a = analyze_file(path, config, {});
    REQUIRE(a.journey);
    RenderResult svg = render(*a.journey, *a.model, {}, RenderFormat::svg);
    REQUIRE(svg.ok);
    std::smatch box, shift;
    REQUIRE(std::regex_search(svg.data, box, std::regex(R"(viewBox="0.00 0.00 ([0-9.]+) )")));
    REQUIRE(std::regex_search(svg.data, shift, std::regex(R"(translate\((-?[0-9.]+) )")));
    double width = std::stod(box[1]), dx = std::stod(shift[1]);
    static const std::regex edge(
        R"re(class="edge">\n<path [^>]* d="([^"]*)"\/>\n<polygon [^>]* points="([^"]*)")re");
    std::size_t edges = 0;
    for (auto it = std::sregex_iterator(svg.data.begin(), svg.data.end(), edge);
         it != std::sregex_iterator(); ++it, ++edges) {
      for (int part : {1, 2}) {
        for (double x : path_xs((*it)[part])) {
          CHECK(x + dx >= 0);
          CHECK(x + dx <= width + 0.5);
        }
      }
    }
    CHECK(edges > 10);
  }
}

TEST_CASE("bad render options are errors, not drawings", "[render]") {
  Analysis a = analyze(k_journey);
  RenderOptions layout;
  layout.view = RenderView::map;
  layout.layout = "neato";
  RenderResult r = render(*a.journey, *a.model, layout, RenderFormat::svg);
  CHECK_FALSE(r.ok);
  CHECK(r.error.find("can use: nop2") != std::string::npos);
  RenderOptions persona;
  persona.persona = "zed";
  CHECK_FALSE(render(*a.journey, *a.model, persona, RenderFormat::svg).ok);
  RenderOptions fdp;
  fdp.layout = "fdp";
  CHECK(render(*a.journey, *a.model, fdp, RenderFormat::svg).ok);
}

TEST_CASE("render formats from names and paths", "[render]") {
  RenderFormat f;
  CHECK(render_format_from_path("a/b.SVG", f));
  CHECK(f == RenderFormat::svg);
  CHECK(render_format_from_path("x.mmd", f));
  CHECK(f == RenderFormat::mermaid);
  CHECK_FALSE(render_format_from_path("x.journey", f));
  CHECK_FALSE(render_format_from_path("dir.svg/x", f));
}
