// SPDX-License-Identifier: Apache-2.0
// The hand-laid views (map, blueprint, emotion): nothing overlaps or is cut, lanes and curves are
// there when the data is, Dutch has no English fixed words, limits hold before any layout.
#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <regex>

#include "../../lib/src/render/funnel_view.hpp"
#include "../../lib/src/render/views.hpp"
#include "journey/lint.hpp"
#include "journey/render.hpp"

using namespace journey;
using namespace journey::render_detail;

namespace {

Analysis analyze(const std::string& text, const std::string& path = "v.journey.yaml") {
  static const Config config = default_config();
  LintOptions options;
  Date::parse("2026-11-23", options.today);
  Analysis a = analyze_source(SourceText(path, text), path, config, options);
  REQUIRE(a.journey);
  REQUIRE(a.model != nullptr);
  return a;
}

// A journey of tests/data/render, analysed where it stands (it names its model file).
Analysis analyze_test_journey(const std::string& name) {
  std::string path = std::string(JOURNEY_SOURCE_DIR) + "/tests/data/render/" + name;
  std::ifstream in(path, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return analyze(text, path);
}

const char* k_lanes = R"(journey: Lanes
model: see-think-do-care
personas:
  - {id: lotte, name: Lotte}
  - {id: sam, name: Sam}
phases:
  see:
    role: visitor
    goal: be found by hikers
    touchpoints:
      - id: ad
        name: Instagram ad
        channel: social
        actions: [scrolls past hiking photos]
        thoughts: [looks light enough for the Alps]
        emotion: {lotte: 4, sam: 2}
        pains:
          - {text: the price is not shown, severity: blocker}
          - {text: small print, severity: minor}
        opportunities: [show the price]
        backstage: [{text: campaign set-up, owner: marketing}]
        support: [Meta ads manager]
        moment: first impression
        metrics: {visits: 1000}
  do:
    touchpoints:
      - {id: pay, name: Checkout, channel: web, emotion: 2, owner: e-commerce,
         metrics: {visits: 300}}
funnels:
  - {id: buy, name: Buying}
)";

// A journey with `n` touchpoints in `phases` phases of see-think-do-care, names `name_length` long;
// with `funnel`, a funnel over them all counted from their visits.
std::string many(int n, int phases, std::size_t name_length, bool funnel = false) {
  static const char* const ids[] = {"see", "think", "do", "care"};
  std::string out = "journey: Many\nmodel: see-think-do-care\nphases:\n";
  for (int p = 0, k = 0; p < phases; ++p) {
    out += std::string("  ") + ids[p] + ":\n    touchpoints:\n";
    for (int i = 0; i < n / phases; ++i, ++k) {
      std::string name;
      while (name.size() < name_length) name += "word" + std::to_string(k) + " ";
      out += "      - {id: t" + std::to_string(k) + ", name: \"" + name.substr(0, name_length) +
             "\", emotion: " + std::to_string(1 + k % 5) + ", pains: [\"" +
             name.substr(0, name_length) + "\"]" +
             (funnel ? ", metrics: {visits: " + std::to_string(100000 - 2000 * k) + "}" : "") +
             "}\n";
    }
  }
  return funnel ? out + "funnels: [{id: all}]\n" : out;
}

bool overlap(const Canvas::Placed& a, const Canvas::Placed& b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

// Every pair of text boxes, by our own measure; the browser test measures the real thing.
void check_no_overlap(const Analysis& a, RenderView view) {
  RenderOptions options;
  options.view = view;
  ViewModel vm = build_view_model(*a.journey, *a.model, options);
  if (view == RenderView::funnel) vm = funnel_view_model(*a.journey, vm, &a.funnels, options);
  REQUIRE(vm.error.empty());
  ViewInput in{*a.journey, *a.model, options, vm, theme_named("light"), nullptr};
  in.funnels = &a.funnels;
  std::vector<Canvas::Placed> placed = lay_out(in).placed_text();
  REQUIRE_FALSE(placed.empty());
  for (std::size_t i = 0; i < placed.size(); ++i) {
    for (std::size_t j = i + 1; j < placed.size(); ++j) {
      INFO(to_string(view) << ": '" << placed[i].text.substr(0, 40) << "' and '"
                           << placed[j].text.substr(0, 40) << "'");
      CHECK_FALSE(overlap(placed[i], placed[j]));
    }
  }
}

std::string svg(const Analysis& a, RenderView view, const std::string& language = "en",
                bool compact = false, const std::string& persona = {}) {
  RenderOptions options;
  options.view = view;
  options.persona = persona;
  parse_language(language, options.language);
  options.compact = compact;
  RenderResult r = render(*a.journey, *a.model, options, RenderFormat::svg, a.funnels);
  INFO(r.error);
  REQUIRE(r.ok);
  return r.data;
}

// The drawn text, a line of the picture a line here.
std::string text_of(const std::string& svg) {
  std::string out;
  static const std::regex text(R"(<text[^>]*>([^<]*)</text>)");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), text); it != std::sregex_iterator();
       ++it) {
    out += (*it)[1].str() + "\n";
  }
  // Graphviz writes '-' as a character reference; the others are XML's.
  for (auto [from, to] : {std::pair<std::string, std::string>{"&#45;", "-"},
                          {"&lt;", "<"},
                          {"&gt;", ">"},
                          {"&quot;", "\""},
                          {"&#39;", "'"},
                          {"\u00A0", " "},
                          {"&amp;", "&"}}) {
    for (std::size_t at; (at = out.find(from)) != std::string::npos;)
      out.replace(at, from.size(), to);
  }
  return out;
}

// The drawn text with wrapped lines joined by spaces.
std::string flat_text(const std::string& svg) {
  std::string text = text_of(svg);
  for (char& c : text) {
    if (c == '\n') c = ' ';
  }
  return text;
}

}  // namespace

TEST_CASE("text boxes never overlap, whatever the names' lengths", "[render][views]") {
  for (RenderView view : {RenderView::map, RenderView::blueprint, RenderView::emotion}) {
    check_no_overlap(analyze(k_lanes), view);
    check_no_overlap(analyze(many(8, 4, 200)), view);  // 200-character names
    check_no_overlap(analyze(many(40, 1, 30)), view);  // 40 touchpoints in one phase
  }
  check_no_overlap(analyze(k_lanes), RenderView::funnel);
  check_no_overlap(analyze(many(8, 4, 200, true)), RenderView::funnel);
  check_no_overlap(analyze(many(30, 1, 30, true)), RenderView::funnel);
}

TEST_CASE("the map has every lane with data, in reading order", "[render][views]") {
  std::string text = text_of(svg(analyze(k_lanes), RenderView::map));
  std::vector<std::string> order = {"Doing",   "Touchpoints",   "Thinking", "Feeling",
                                    "Pains",   "Opportunities", "Owners",   "Backstage",
                                    "Support", "Funnel: Buying"};
  std::size_t at = 0;
  for (const std::string& lane : order) {
    INFO(lane);
    std::size_t next = text.find(lane + "\n", at);
    REQUIRE(next != std::string::npos);
    at = next;
  }
  CHECK(text.find("KPIs") == std::string::npos);  // no KPIs: the lane is left out
  // The funnel lane: users at each step, the share going on, the biggest leak in words.
  CHECK(text.find("1,000 users\n") != std::string::npos);
  CHECK(text.find("300 users\n30.0% go on\n") != std::string::npos);
  CHECK(text.find("biggest leak: 70.0% leave") != std::string::npos);
  text = flat_text(svg(analyze(k_lanes), RenderView::map));
  CHECK(text.find("role: visitor") != std::string::npos);
  CHECK(text.find("goal: be found by hikers") != std::string::npos);
  CHECK(text.find("⚠ BLOCKER: the price is not shown") != std::string::npos);
  CHECK(text.find("small print (minor)") != std::string::npos);
  CHECK(text.find("★ moment of truth: first impression") != std::string::npos);
  CHECK(text.find("“looks light enough for the Alps”") != std::string::npos);
  CHECK(text.find("campaign set-up (marketing)") != std::string::npos);
  // One curve per persona, with a legend, and the values in words.
  CHECK(text.find("Lotte") != std::string::npos);
  CHECK(text.find("Lotte 4 · Sam 2") != std::string::npos);
  // Each curve's lowest moment, and the journey's worst moment once.
  CHECK(text.find("▼ lowest for Sam") != std::string::npos);
  CHECK(text.find("▼ lowest for Lotte") != std::string::npos);
  CHECK(text.find("⚠ worst moment") != std::string::npos);
}

TEST_CASE("marks mean something: a lowest moment per curve, one worst moment, fail points",
          "[render][views]") {
  Analysis a = analyze_test_journey("groot.journey.yaml");
  auto count = [](const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
      ++n;
    }
    return n;
  };
  std::string all = text_of(svg(a, RenderView::emotion));
  CHECK(count(all, "⚠ worst moment") == 1);
  CHECK(count(all, "▼ lowest for") >= 1);
  CHECK(count(all, "▼ lowest for") <= 3);  // three personas: a handful of marks, not 47
  std::string daan = text_of(svg(a, RenderView::emotion, "en", false, "daan"));
  CHECK(count(daan, "▼ lowest for Daan") == 1);
  CHECK(count(daan, "Lotte") == 0);
  std::string blueprint = text_of(svg(a, RenderView::blueprint));
  // Fail points: the three blocker pains and the moments of truth at 2 or below.
  CHECK(count(blueprint, "⚠ fail point") >= 3);
  CHECK(count(blueprint, "⚠ fail point") <= 6);
}

TEST_CASE("the blueprint has its lanes, lines and fail points", "[render][views]") {
  std::string text = flat_text(svg(analyze(k_lanes), RenderView::blueprint));
  for (const char* s :
       {"Customer actions", "line of interaction", "Frontstage", "line of visibility", "Backstage",
        "line of internal interaction", "Support processes", "⚠ fail point: the price is not shown",
        "⚠ fail point: moment of truth, emotion Lotte 4 · Sam 2"}) {
    INFO(s);
    CHECK(text.find(s) != std::string::npos);
  }
}

// The arrows drawn (Graphviz edges that end in an arrowhead).
std::size_t arrows(const std::string& svg) {
  static const std::regex edge(R"(<g id="[^"]*" class="edge">[^]*?</g>)");
  std::size_t n = 0;
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), edge); it != std::sregex_iterator();
       ++it) {
    n += it->str().find("<polygon") != std::string::npos;
  }
  return n;
}

TEST_CASE("the blueprint links each column down its rows and leaves out empty rows",
          "[render][views]") {
  // k_lanes: the ad has an action, a backstage action and a support process (three arrows
  // down its column); the checkout has none of them, and no card beside it leads to it.
  CHECK(arrows(svg(analyze(k_lanes), RenderView::blueprint)) == 3);

  std::string bare = k_lanes;
  for (const char* line : {"        backstage: [{text: campaign set-up, owner: marketing}]\n",
                           "        actions: [scrolls past hiking photos]\n"}) {
    bare.erase(bare.find(line), std::string(line).size());
  }
  std::string text = flat_text(svg(analyze(bare), RenderView::blueprint));
  CHECK(text.find("line of interaction") == std::string::npos);  // nothing above it
  CHECK(text.find("line of visibility") != std::string::npos);   // support below it
  CHECK(text.find("line of internal interaction") == std::string::npos);
  CHECK(arrows(svg(analyze(bare), RenderView::blueprint)) == 1);  // card to support

  std::string none = bare;
  const char* support = "        support: [Meta ads manager]\n";
  none.erase(none.find(support), std::string(support).size());
  text = flat_text(svg(analyze(none), RenderView::blueprint));
  CHECK(text.find("line of visibility") == std::string::npos);
  CHECK(arrows(svg(analyze(none), RenderView::blueprint)) == 0);
}

TEST_CASE("the blueprint's top row is what the customer sees or holds", "[render][views]") {
  std::string journey = k_lanes;
  std::string at = "        thoughts: [looks light enough for the Alps]\n";
  journey.insert(journey.find(at), "        artifacts: [the ad's photo, the shop's profile]\n");
  std::string text = text_of(svg(analyze(journey), RenderView::blueprint));
  auto evidence = text.find("Physical evidence");
  REQUIRE(evidence != std::string::npos);
  CHECK(evidence < text.find("Customer actions"));
  CHECK(text.find("▫ the ad's photo") != std::string::npos);
  CHECK(text_of(svg(analyze(journey), RenderView::blueprint, "nl")).find("Fysiek bewijs") !=
        std::string::npos);
}

// CIELAB lightness of "#rrggbb".
double lightness(const std::string& hex) {
  double y = 0;
  const double weights[] = {0.2126, 0.7152, 0.0722};
  for (int k = 0; k < 3; ++k) {
    double c = std::stoi(hex.substr(1 + 2 * k, 2), nullptr, 16) / 255.0;
    c = c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    y += weights[k] * c;
  }
  return y > 216.0 / 24389 ? 116 * std::cbrt(y) - 16 : 24389.0 / 27 * y;
}

TEST_CASE("the emotion colours keep their order in greyscale", "[render][views]") {
  for (const char* theme : {"light", "dark", "print"}) {
    INFO(theme);
    for (int e = 1; e < 5; ++e) {
      INFO(e);
      CHECK(lightness(emotion_color(e + 1, theme)) - lightness(emotion_color(e, theme)) >= 10);
    }
  }
}

TEST_CASE("characters no installed font draws are named with the package that draws them",
          "[render][views]") {
  Analysis a = analyze(k_lanes);
  RenderOptions options;
  CHECK(missing_font_warnings(*a.journey, *a.model, options).empty());
  std::string adlam = k_lanes;
  // Adlam (U+1E900..): in no font Debian installs by default nor in Noto CJK.
  adlam.replace(adlam.find("Instagram ad"), 12, "\xF0\x9E\xA4\x80\xF0\x9E\xA4\x81 ad");
  std::vector<std::string> w = missing_font_warnings(*analyze(adlam).journey, *a.model, options);
  REQUIRE(w.size() == 1);
  CHECK(w[0].find("2 characters") != std::string::npos);
  CHECK(w[0].find("fonts-noto-core") != std::string::npos);
}

TEST_CASE("compact output cuts with an ellipsis and keeps the full text in the title",
          "[render][views]") {
  Analysis a = analyze(many(4, 2, 120));
  std::string full = svg(a, RenderView::map);
  CHECK(text_of(full).find("…") == std::string::npos);
  std::string compact = svg(a, RenderView::map, "en", true);
  CHECK(text_of(compact).find("…") != std::string::npos);
  std::string name = std::string("word0 word0 word0").substr(0, 17);
  CHECK(compact.find("<title>" + name) != std::string::npos);
  // Scores are never cut: three personas keep their three values under the curve.
  Analysis groot = analyze_test_journey("groot.journey.yaml");
  std::string curve = flat_text(svg(groot, RenderView::emotion, "en", true));
  CHECK(curve.find("Lotte 5 · Daan 4 · Sanne 4") != std::string::npos);
}

TEST_CASE("SVG is accessible: a title, a description, role img", "[render][views]") {
  for (RenderView view : render_views()) {
    std::string s = svg(analyze(k_lanes), view);
    INFO(to_string(view));
    CHECK(s.find("role=\"img\" aria-labelledby=\"journey-title journey-desc\"") !=
          std::string::npos);
    CHECK(s.find("<title id=\"journey-title\">Lanes</title>") != std::string::npos);
    CHECK(s.find("<desc id=\"journey-desc\">Customer journey (") != std::string::npos);
  }
}

TEST_CASE("Dutch pictures hold no English fixed word", "[render][views]") {
  const std::vector<std::string> english = {
      "Doing",   "Thinking",      "Feeling",       "Pains",         "Opportunities",
      "Owners",  "Support",       "role:",         "goal:",         "moment of",
      "BLOCKER", "low point",     "fail point",    "current state", "Frontstage",
      "line of", "very positive", "very negative", "channel:",      "Personas"};
  for (RenderView view : render_views()) {
    std::string text = text_of(svg(analyze(k_lanes), view, "nl"));
    for (const std::string& w : english) {
      INFO(to_string(view) << ": '" << w << "' in\n" << text);
      CHECK(text.find(w) == std::string::npos);
    }
  }
}

TEST_CASE("limits hold before any layout", "[render][views][limits]") {
  Analysis wide = analyze(many(600, 1, 10));
  RenderResult r = render(*wide.journey, *wide.model, {}, RenderFormat::svg);
  CHECK_FALSE(r.ok);
  CHECK(r.error.find("a view draws at most 500 per phase") != std::string::npos);
  CHECK(r.error.find("split the phase over two journeys") !=
        std::string::npos);  // --phase cannot help
  Analysis longer = analyze(many(2, 1, 2500));
  r = render(*longer.journey, *longer.model, {}, RenderFormat::svg);
  CHECK_FALSE(r.ok);
  CHECK(r.error.find("texts of at most 2,000") != std::string::npos);
  RenderOptions one;
  one.phase = "see";
  Analysis two = analyze(many(8, 2, 10));
  r = render(*two.journey, *two.model, one, RenderFormat::dot);
  REQUIRE(r.ok);
  CHECK(r.data.find("word0") != std::string::npos);
  CHECK(r.data.find("word7") == std::string::npos);  // think's touchpoints are left out
  one.phase = "nowhere";
  CHECK(render(*two.journey, *two.model, one, RenderFormat::dot)
            .error.find("has no phase 'nowhere'") != std::string::npos);
}

namespace {

// The number of pages of a journey's flow on paper of this size (`journey`: its path in the
// source tree, without .journey.yaml).
long flow_pages_of(const std::string& journey, const std::string& paper) {
  std::string file = std::string(JOURNEY_SOURCE_DIR) + "/" + journey + ".journey.yaml";
  std::ifstream in(file, std::ios::binary);
  Analysis a = analyze(
      std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()), file);
  RenderOptions options;
  options.view = RenderView::flow;
  options.page = paper;
  RenderResult pdf = render(*a.journey, *a.model, options, RenderFormat::pdf, a.funnels);
  REQUIRE(pdf.ok);
  static const std::regex media(R"(/MediaBox \[)");
  return std::distance(std::sregex_iterator(pdf.data.begin(), pdf.data.end(), media),
                       std::sregex_iterator());
}

}  // namespace

TEST_CASE("on paper every phase is one column and the flow fills its pages in order",
          "[render][views]") {
  // Touchpoints side by side (the consultancy's Orientation: three that no arrow orders; the
  // online shop's Familiarity: an arrow that fans out) made pages of one wide phase, half empty;
  // a group of phases cut into even runs of rows left a page holding one touchpoint.
  CHECK(flow_pages_of("examples/consultancy", "a4") == 2);  // was 3
  CHECK(flow_pages_of("examples/online-shop", "a3") == 1);  // was 2
  CHECK(flow_pages_of("examples/online-shop", "a4") == 3);  // was 4
  // Phases that end short of a page's foot leave room for the next band of phases below them.
  CHECK(flow_pages_of("tests/data/render/twelve-phases", "a4") == 2);  // was 3
  CHECK(flow_pages_of("tests/data/render/nederlands", "a4") == 1);     // was 2
}

TEST_CASE("a page size gives a PDF of pages of that paper, for every view", "[render][views]") {
  Analysis a = analyze(k_lanes);
  // Every page box of the PDF: A4 (842 x 595 points), landscape or portrait.
  auto boxes = [](const std::string& pdf) {
    std::vector<std::pair<int, int>> out;
    static const std::regex media(R"(/MediaBox \[ ?0 0 ([0-9.]+) ([0-9.]+) ?\])");
    for (std::sregex_iterator it(pdf.begin(), pdf.end(), media), end; it != end; ++it) {
      out.emplace_back(static_cast<int>(std::stod((*it)[1]) + 0.5),
                       static_cast<int>(std::stod((*it)[2]) + 0.5));
    }
    return out;
  };
  for (RenderView view : render_views()) {
    for (bool portrait : {false, true}) {
      RenderOptions a4;
      a4.view = view;
      a4.page = "a4";
      a4.portrait = portrait;
      RenderResult pdf = render(*a.journey, *a.model, a4, RenderFormat::pdf, a.funnels);
      INFO(pdf.error);
      REQUIRE(pdf.ok);
      std::vector<std::pair<int, int>> pages = boxes(pdf.data);
      INFO(to_string(view) << (portrait ? " portrait" : ""));
      REQUIRE_FALSE(pages.empty());
      for (auto [w, h] : pages) {
        CHECK(w <= (a4.portrait ? 595 : 842));
        CHECK(h <= (a4.portrait ? 842 : 595));
        CHECK((w >= 800 || h == 595 || (a4.portrait && w == 595)));
      }
    }
  }
  RenderOptions svg;
  svg.page = "a4";
  for (RenderView view : render_views()) {
    svg.view = view;
    CHECK(render(*a.journey, *a.model, svg, RenderFormat::svg, a.funnels)
              .error.find("--page makes a PDF") != std::string::npos);
  }
  svg.page = "a5";
  CHECK(render(*a.journey, *a.model, svg, RenderFormat::pdf).error.find("not a4, a3 or letter") !=
        std::string::npos);
}
