// SPDX-License-Identifier: Apache-2.0
// End-to-end: journey render on files in tests/data and examples/.
#include <catch2/catch.hpp>

#include "run.hpp"

using namespace journey_test;

namespace {
const std::string k_shop = "examples/online-shop.journey.yaml";
}

TEST_CASE("render writes each format by extension, atomically", "[cli][render]") {
  for (const char* ext : {"svg", "png", "pdf", "dot", "mmd"}) {
    fs::path out = scratch() / (std::string("shop.") + ext);
    Run r = journey({"render", k_shop, out.string()});
    INFO(ext << ": " << r.err);
    CHECK(r.code == 0);
    CHECK(r.err.empty());
    CHECK(fs::file_size(out) > 100);
  }
  CHECK(slurp(scratch() / "shop.svg").find("<svg") != std::string::npos);
  CHECK(slurp(scratch() / "shop.mmd").compare(0, 8, "journey\n") == 0);
}

TEST_CASE("render is deterministic across runs", "[cli][render]") {
  for (const char* view : {"flow", "map", "emotion"}) {
    Run a = journey({"render", k_shop, "-o", "-", "-T", "svg", "--view", view});
    Run b = journey({"render", k_shop, "-o", "-", "-T", "svg", "--view", view});
    CHECK(a.code == 0);
    CHECK(a.out == b.out);
  }
}

TEST_CASE("the README images are what the tool renders today", "[cli][render]") {
  // To update: scripts/update-docs.sh (it renders
  // docs/images/online-shop{,-map,-blueprint,-funnel}.svg)
  for (const char* view : {"flow", "map", "blueprint", "funnel"}) {
    std::string name = std::string("docs/images/online-shop") +
                       (std::string(view) == "flow" ? "" : std::string("-") + view) + ".svg";
    INFO(name);
    Run r = journey({"render", k_shop, "-o", "-", "-T", "svg", "--view", view});
    CHECK(r.out == slurp(fs::path(JOURNEY_SOURCE_DIR) / name));
  }
  // The A4 PDF whose first page the README shows (docs/images/online-shop-map-a4-page1.png, drawn
  // from it by update-docs.sh with pdftoppm).
  Run a4 = journey({"render", k_shop, "-o", "-", "-T", "pdf", "--view", "map", "--page", "a4"});
  CHECK(a4.out == slurp(fs::path(JOURNEY_SOURCE_DIR) / "docs/images/online-shop-map-a4.pdf"));
}

TEST_CASE("render refuses journeys with lint errors and prints them", "[cli][render]") {
  fs::path out = scratch() / "bad.svg";
  std::ofstream(out) << "previous";
  Run r = journey({"render", "tests/data/cli/bad.journey.yaml", out.string()});
  CHECK(r.code == 1);  // as lint exits on them
  CHECK(contains(r.err, "bad.journey.yaml:10:21: error: no persona has the id 'samm'"));
  CHECK(contains(r.err, "not rendered"));
  CHECK_FALSE(contains(r.err, "warning"));
  CHECK(slurp(out) == "previous");  // the previous file survives
  CHECK(journey({"render", "tests/data/cli/syntax.journey.yaml", "x.svg"}).code == 1);
}

TEST_CASE("render usage errors exit 2 with a clear message", "[cli][render]") {
  CHECK(journey({"render", k_shop, "x.unknown"}).code == 2);
  CHECK(journey({"render", k_shop, "-o", "-", "-T", "gif"}).code == 2);
  CHECK(journey({"render", k_shop, "-o", "-", "-T", "svg", "--view", "map", "-K", "neato"}).code ==
        2);
  Run persona = journey({"render", k_shop, "-o", "-", "-T", "svg", "--persona", "nobody"});
  CHECK(persona.code == 2);
  CHECK(contains(persona.err, "no persona has the id 'nobody'"));
  CHECK(journey({"render", "missing.journey.yaml", "x.svg"}).code == 2);
  CHECK(journey({"render", k_shop, "/nonexistent/dir/x.svg"}).code == 2);
}

// Runs journey with standard output on a terminal (util-linux's script gives it a pty).
Run on_terminal(const std::vector<std::string>& args) {
  std::string command = "journey";
  for (const auto& a : args) command += " " + quote(a);
  return journey({}, {},
                 {"PATH=" + fs::path(JOURNEY_BINARY).parent_path().string() + ":/usr/bin:/bin"},
                 JOURNEY_SOURCE_DIR, {}, {}, "script -qec " + quote(command) + " /dev/null");
}

TEST_CASE("render writes to standard output as Graphviz does", "[cli][render]") {
  // Not a terminal: SVG by default, or the format -T names.
  Run piped = journey({"render", k_shop});
  CHECK(piped.code == 0);
  CHECK(contains(piped.out, "<svg"));
  CHECK(contains(journey({"render", k_shop, "-o", "-"}).out, "<svg"));
  CHECK(contains(journey({"render", k_shop, "-T", "dot"}).out, "digraph journey"));
  CHECK(journey({"render", k_shop, "-T", "png"}).out.compare(1, 3, "PNG") == 0);
  // A terminal: a name, or -T, is needed; binary formats are refused with a hint.
  Run bare = on_terminal({"render", k_shop});
  CHECK(bare.code == 2);
  CHECK(contains(bare.out, "journey render examples/online-shop.journey.yaml online-shop.svg"));
  Run png = on_terminal({"render", k_shop, "-T", "png"});
  CHECK(png.code == 2);
  CHECK(contains(png.out, "png is binary and standard output is a terminal"));
  Run svg = on_terminal({"render", k_shop, "-T", "svg"});
  CHECK(svg.code == 0);
  CHECK(contains(svg.out, "<svg"));
  Run from_stdin = on_terminal({"render", "-"});
  CHECK(contains(from_stdin.out, "journey render - shop.svg < shop.journey.yaml"));
}

TEST_CASE("render from stdin to stdout, and several files into a directory", "[cli][render]") {
  std::string text = slurp(fs::path(JOURNEY_SOURCE_DIR) / k_shop);
  Run r = journey({"render", "-", "-o", "-", "-T", "mermaid", "--stdin-filename", k_shop}, text);
  CHECK(r.code == 0);
  CHECK(contains(r.out, "section Awareness"));
  fs::path dir = scratch() / "site" / "made";  // --out-dir makes the folder
  fs::remove_all(scratch() / "site");
  Run many =
      journey({"render", "examples/online-shop.journey.yaml", "examples/consultancy.journey.yaml",
               "--out-dir", dir.string(), "--lang", "nl", "--theme", "dark"});
  CHECK(many.code == 0);
  CHECK(fs::exists(dir / "online-shop-flow.svg"));
  CHECK(fs::exists(dir / "consultancy-flow.svg"));
  CHECK(contains(slurp(dir / "consultancy-flow.svg"), "Oriëntatie"));
  // Another view of the same journeys goes beside them, not over them.
  std::string flow = slurp(dir / "online-shop-flow.svg");
  Run maps = journey(
      {"render", "examples/online-shop.journey.yaml", "--out-dir", dir.string(), "--view", "map"});
  CHECK(maps.code == 0);
  CHECK(fs::exists(dir / "online-shop-map.svg"));
  CHECK(slurp(dir / "online-shop-flow.svg") == flow);
  CHECK(slurp(dir / "online-shop-map.svg") != flow);
  std::ofstream(scratch() / "site" / "file") << "not a folder";
  Run refused = journey({"render", "examples/online-shop.journey.yaml", "--out-dir",
                         (scratch() / "site" / "file").string()});
  CHECK(refused.code == 2);
  CHECK(contains(refused.err, "is not a folder"));
}

TEST_CASE("hostile names render as text and inject nothing", "[cli][render]") {
  Run svg = journey({"render", "tests/data/render/hostile.journey.yaml", "-o", "-", "-T", "svg"});
  CHECK(svg.code == 0);
  CHECK_FALSE(contains(svg.out, "<script"));
  CHECK_FALSE(contains(svg.out, "<image"));
  CHECK_FALSE(contains(svg.out, "javascript:"));
  CHECK(contains(svg.out, "&lt;script&gt;"));
  CHECK(contains(svg.out, "evil [label=&quot;pwned&quot;]"));
  // Exactly the four touchpoints (the legend is in the title): the injected node does not exist.
  std::size_t nodes = 0;
  for (std::size_t at = svg.out.find("class=\"node\""); at != std::string::npos;
       at = svg.out.find("class=\"node\"", at + 1)) {
    ++nodes;
  }
  CHECK(nodes == 4);
  Run dot = journey({"render", "tests/data/render/hostile.journey.yaml", "-o", "-", "-T", "dot"});
  CHECK_FALSE(contains(dot.out, "\ninjected"));
  Run mermaid =
      journey({"render", "tests/data/render/hostile.journey.yaml", "-o", "-", "-T", "mermaid"});
  // Mermaid's entity codes: drawn as the characters, read as none of Mermaid's syntax.
  CHECK(contains(mermaid.out,
                 "      Safe#58; link #35;2#59; ok: 4: Eve#58; the "
                 "#lt;b#gt;attacker#lt;/b#gt;#59; #35;1#44; really\n"));
  CHECK(contains(mermaid.out, "title Hostile #lt;script#gt;alert(1)#lt;/script#gt; #amp;"));
  CHECK_FALSE(contains(mermaid.out, "<"));
}

TEST_CASE("persona filter and hidden notes", "[cli][render]") {
  Run all = journey({"render", k_shop, "-o", "-", "-T", "dot"});
  Run daan = journey({"render", k_shop, "-o", "-", "-T", "dot", "--persona", "daan"});
  CHECK(daan.code == 0);
  CHECK(daan.out.size() < all.out.size());
  Run bare = journey({"render", k_shop, "-o", "-", "-T", "dot", "--no-notes"});
  CHECK_FALSE(contains(bare.out, "− "));
  CHECK(contains(all.out, "− "));
}

TEST_CASE("render --diff colours added, removed and changed touchpoints", "[cli][render][diff]") {
  std::string base = slurp(fs::path(JOURNEY_SOURCE_DIR) / "tests/data/diff/base.journey.yaml");
  std::string next = base;
  // faq removed, a chatbot added after the site, and the payment made worse.
  next.replace(next.find("      - {id: faq,"), 0, "");
  next.erase(next.find("      - {id: faq,"),
             next.find("\n", next.find("      - {id: faq,")) - next.find("      - {id: faq,") + 1);
  next.replace(
      next.find("  do:"), 0,
      "      - {id: bot, name: Chatbot, channel: chat, emotion: 2, owner: web, next: []}\n");
  next.replace(next.find("name: Pay, channel: web, emotion: 3"), 35,
               "name: Pay, channel: web, emotion: 1");
  fs::path next_file = scratch() / "next.journey.yaml";
  std::ofstream(next_file) << next;
  Run r = journey({"render", "--diff", "tests/data/diff/base.journey.yaml", next_file.string(),
                   "-o", "-", "-T", "dot"});
  INFO(r.err);
  REQUIRE(r.code == 0);
  CHECK(contains(r.out, " · added</FONT>"));
  CHECK(contains(r.out, " · removed</FONT>"));
  CHECK(contains(r.out, " · changed</FONT>"));
  CHECK(contains(r.out, "fillcolor=\"#a6dba0\""));  // added
  CHECK(contains(r.out, "fillcolor=\"#f4a582\""));  // removed, drawn in its old phase
  CHECK(contains(r.out, "rounded,filled,dashed"));
  Run svg = journey({"render", "--diff", "tests/data/diff/base.journey.yaml", next_file.string(),
                     "-o", "-", "-T", "svg"});
  CHECK(svg.code == 0);
  CHECK(contains(svg.out, ">removed</text>"));
  CHECK(journey({"render", "--diff", "tests/data/diff/base.journey.yaml", "-o", "-", "-T", "svg"})
            .code == 2);
  CHECK(journey({"render", "--diff", "tests/data/diff/base.journey.yaml",
                 "tests/data/cli/syntax.journey.yaml", "-o", "-", "-T", "svg"})
            .code == 2);
}

TEST_CASE("a journey's lang sets its pictures' language, --lang and the configuration too",
          "[cli][render]") {
  fs::path dir = scratch() / "render-lang";
  fs::remove_all(dir);
  fs::create_directories(dir / ".git");
  std::string text = slurp(fs::path(JOURNEY_SOURCE_DIR) / k_shop);
  std::ofstream(dir / "shop.journey.yaml") << text;
  text.replace(text.find("\nmodel: "), 1, "\nlang: nl\n");
  std::ofstream(dir / "winkel.journey.yaml") << text;
  copy_example_data(dir);
  auto map = [&](const std::vector<std::string>& extra, const std::string& file) {
    std::vector<std::string> args = {"render", file, "-o", "-", "-T", "svg", "--view", "map"};
    args.insert(args.end(), extra.begin(), extra.end());
    Run r = journey(args, "", {}, dir);
    REQUIRE(r.code == 0);
    return r.out;
  };
  CHECK(contains(map({}, "shop.journey.yaml"), ">Doing<"));
  std::string dutch = map({}, "winkel.journey.yaml");
  CHECK(contains(dutch, ">Doen<"));
  CHECK(contains(dutch, "streefwaarde"));
  CHECK_FALSE(contains(dutch, ">Doing<"));
  CHECK(contains(map({"--lang", "en"}, "winkel.journey.yaml"), ">Doing<"));
  // Dutch numbers have a decimal comma.
  CHECK(contains(dutch, "6,8"));
  CHECK(contains(map({}, "shop.journey.yaml"), "6.8"));
  std::ofstream(dir / ".journeylint.yaml") << "render: {lang: nl}\n";
  CHECK(contains(map({}, "shop.journey.yaml"), ">Doen<"));
  std::ofstream(dir / ".journeylint.yaml") << "render: {lang: de}\n";
  Run bad = journey({"render", "shop.journey.yaml", "-o", "-", "-T", "svg"}, "", {}, dir);
  CHECK(bad.code == 2);
  CHECK(contains(bad.err, ".journeylint.yaml:1:16: 'de' is not en or nl"));
}

TEST_CASE("the persona block is above the map and the blueprint unless --no-personas",
          "[cli][render]") {
  for (const char* view : {"map", "blueprint"}) {
    INFO(view);
    Run with = journey({"render", k_shop, "-o", "-", "-T", "svg", "--view", view});
    REQUIRE(with.code == 0);
    CHECK(contains(with.out, ">Goals:<"));
    CHECK(contains(with.out, ">Frustrations:<"));
    CHECK(contains(with.out, "Scenario:"));
    Run without =
        journey({"render", k_shop, "-o", "-", "-T", "svg", "--view", view, "--no-personas"});
    REQUIRE(without.code == 0);
    CHECK_FALSE(contains(without.out, ">Goals:<"));
    CHECK_FALSE(contains(without.out, "Scenario:"));
  }
}

TEST_CASE("a journey in Chinese draws with installed fonts, and its PDF text extracts",
          "[cli][render]") {
  const std::string zh = "tests/data/render/chinese.journey.yaml";
  fs::path pdf = scratch() / "zh.pdf";
  for (const char* format : {"png", "pdf"}) {
    INFO(format);
    fs::path out = scratch() / (std::string("zh.") + format);
    Run r = journey({"render", zh, out.string(), "--view", "map"});
    REQUIRE(r.code == 0);
    // fonts-noto-cjk (bootstrap) draws every character: no box, so no warning.
    CHECK_FALSE(contains(r.err, "warning"));
  }
  if (std::system("command -v pdftotext > /dev/null 2>&1") != 0) {
    if (std::getenv("CI") != nullptr) FAIL("pdftotext missing: run scripts/install-test-tools.sh");
    WARN("pdftotext missing: the PDF's text is not checked");
    return;
  }
  fs::path text = scratch() / "zh.txt";
  REQUIRE(std::system(("pdftotext " + quote(pdf.string()) + " " + quote(text.string())).c_str()) ==
          0);
  std::string words = slurp(text);
  for (const char* w : {"网上购物之旅", "微信朋友圈广告", "小丽", "比较价格和评价"}) {
    INFO(w);
    CHECK(contains(words, w));
  }
}
