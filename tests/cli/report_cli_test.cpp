// SPDX-License-Identifier: Apache-2.0
// End-to-end: journey report on examples/, on hostile fixtures and on a temporary git repository;
// refusing folders that are not sites, keeping the previous site on failure; the README's
// screenshots still match the pages they were taken from.
#include <catch2/catch.hpp>
#include <map>

#include "run.hpp"

using namespace journey_test;

namespace {

int sh(const std::string& command) {
  return std::system(command.c_str());
}

std::map<std::string, std::string> files_of(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) out[e.path().lexically_relative(dir).string()] = slurp(e.path());
  }
  return out;
}

fs::path fresh(const std::string& name) {
  fs::path dir = scratch() / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// A git repository in the scratch folder with a journey committed on two dates.
fs::path repository(const std::string& name) {
  fs::path repo = fresh(name);
  REQUIRE(sh("cd " + quote(repo.string()) +
             " && git -c init.defaultBranch=main init -q && git config user.email t@example.com"
             " && git config user.name test && git config commit.gpgsign false") == 0);
  auto commit = [&](const std::string& date, const std::string& message) {
    REQUIRE(sh("cd " + quote(repo.string()) + " && git add -A && GIT_AUTHOR_DATE=" + date +
               "T09:00:00Z GIT_COMMITTER_DATE=" + date + "T09:00:00Z git commit -qm " +
               quote(message)) == 0);
  };
  std::string shop = slurp(fs::path(JOURNEY_SOURCE_DIR) / "examples/online-shop.journey.yaml");
  fs::create_directories(repo / "maps");
  std::ofstream(repo / "maps/shop.journey.yaml") << shop;
  copy_example_data(repo / "maps");
  commit("2026-11-10", "First map");
  shop.replace(shop.find("emotion: 4"), 10, "emotion: 1");
  std::ofstream(repo / "maps/shop.journey.yaml") << shop;
  commit("2026-11-20", "Reel: customers hate it now");
  return repo;
}

}  // namespace

TEST_CASE("report writes a site of the examples, the same bytes every run", "[cli][report]") {
  fs::path dir = fresh("report-examples");
  Run r = journey({"report", "examples", "-o", (dir / "a").string(), "--today", "2026-11-23"});
  CHECK(r.code == 0);
  // What was written is status, on standard error; standard output stays empty.
  CHECK(contains(r.err, "3 journeys (0 with lint errors"));
  CHECK(r.out.empty());
  Run again = journey(
      {"report", "examples", "-o", (dir / "b").string(), "--today", "2026-11-23", "-j", "1"});
  CHECK(again.code == 0);
  CHECK(files_of(dir / "a") == files_of(dir / "b"));
  std::string index = slurp(dir / "a/index.html");
  CHECK(contains(index, "<html lang=\"en\">"));
  CHECK(contains(index, "Buying a rain jacket at Trailhead Outfitters"));
  CHECK(contains(slurp(dir / "a/journeys/consultancy.html"), "id=\"view-blueprint\""));
  // Dutch and another theme change the words and the style, not the structure.
  Run nl = journey({"report", "examples", "-o", (dir / "nl").string(), "--today", "2026-11-23",
                    "--lang", "nl", "--theme", "print"});
  CHECK(nl.code == 0);
  CHECK(contains(slurp(dir / "nl/index.html"), "Klantreizen"));
  CHECK(contains(slurp(dir / "nl/style.css"), "print theme"));
  // Named by an absolute path, a journey's page still shows the file as the repository knows it,
  // and each picture fits the page and links to its full size.
  std::string examples = (fs::path(JOURNEY_SOURCE_DIR) / "examples").string();
  Run abs = journey({"report", examples, "-o", (dir / "abs").string(), "--today", "2026-11-23"});
  CHECK(abs.code == 0);
  std::string page = slurp(dir / "abs/journeys/online-shop.html");
  CHECK(contains(page, "<code>examples/online-shop.journey.yaml</code>"));
  CHECK_FALSE(contains(page, JOURNEY_SOURCE_DIR));
  CHECK(contains(page, "<a href=\"online-shop.map.svg\"><img src=\"online-shop.map.svg\""));
  // Its funnel: the picture, and users and step conversion in the touchpoint table.
  CHECK(contains(page, "<img src=\"online-shop.funnel.svg\""));
  CHECK(contains(page, ">Funnel: users (go on)</th>"));
  CHECK(contains(page, "<td class=\"num\">78,500 (46.2%)</td>"));
  CHECK(
      contains(slurp(dir / "abs/style.css"), "figure.view img { display: block; max-width: 100%"));
}

TEST_CASE("report shows journeys with lint errors and keeps hostile text inert", "[cli][report]") {
  fs::path dir = fresh("report-hostile");
  Run r = journey({"report", "tests/data/render/hostile.journey.yaml", "tests/data/cli", "-o",
                   (dir / "site").string(), "--today", "2026-11-23"});
  CHECK(r.code == 0);
  CHECK(contains(r.err, "(2 with lint errors"));
  for (const auto& [name, text] : files_of(dir / "site")) {
    if (name.find(".html") == std::string::npos) continue;
    INFO(name);
    CHECK_FALSE(contains(text, "<script"));
    CHECK_FALSE(contains(text, "href=\"javascript"));
  }
  std::string bad = slurp(dir / "site/journeys/syntax.html");
  CHECK(contains(bad, "yaml-syntax"));
  CHECK(contains(bad, "class=\"alert\""));
  // A site of one journey that does not parse: every portfolio page says there is nothing.
  Run alone = journey({"report", "tests/data/cli/syntax.journey.yaml", "-o",
                       (dir / "alone").string(), "--today", "2026-11-23"});
  CHECK(alone.code == 0);
  for (const char* page : {"channels.html", "owners.html", "personas.html", "low-points.html"}) {
    INFO(page);
    CHECK(contains(slurp(dir / "alone" / page), "Nothing to show"));
  }
}

TEST_CASE("report refuses a folder that is not a site and keeps a site when a run fails",
          "[cli][report]") {
  fs::path dir = fresh("report-refuse");
  std::ofstream(dir / "notes.txt") << "keep me";
  Run refused = journey({"report", "examples", "-o", dir.string(), "--today", "2026-11-23"});
  CHECK(refused.code == 2);
  CHECK(contains(refused.err, "was not made by journey report"));
  CHECK(contains(refused.err, ".journey-site"));
  CHECK(slurp(dir / "notes.txt") == "keep me");

  fs::path site = dir / "site";
  REQUIRE(journey({"report", "examples", "-o", site.string(), "--today", "2026-11-23"}).code == 0);
  auto before = files_of(site);
  // A journey whose configuration is invalid fails the run: the site stays as it was.
  fs::create_directories(dir / "broken");
  fs::copy_file(fs::path(JOURNEY_SOURCE_DIR) / "examples/online-shop.journey.yaml",
                dir / "broken/shop.journey.yaml");
  copy_example_data(dir / "broken");
  std::ofstream(dir / "broken/.journeylint.yaml") << "rules:\n  no-such-rule: error\n";
  Run failed = journey({"report", "examples", (dir / "broken").string(), "-o", site.string(),
                        "--today", "2026-11-23", "-j", "2"});
  CHECK(failed.code == 2);
  CHECK(contains(failed.err, "invalid configuration"));
  CHECK(contains(failed.err, "is unchanged"));
  CHECK(files_of(site) == before);
  for (const auto& e : fs::directory_iterator(dir)) {
    CHECK_FALSE(contains(e.path().filename().string(), ".new-"));
  }
  Run missing = journey({"report", "no/such/dir", "-o", site.string(), "--today", "2026-11-23"});
  CHECK(missing.code == 2);
  CHECK(files_of(site) == before);
}

TEST_CASE("report usage errors", "[cli][report]") {
  CHECK(journey({"report", "examples"}).code == 2);  // -o is required
  Run lang = journey({"report", "examples", "-o", (scratch() / "x").string(), "--lang", "de"});
  CHECK(lang.code == 2);
  Run date = journey({"report", "examples", "-o", (scratch() / "x").string(), "--today", "soon"});
  CHECK(date.code == 2);
  CHECK(contains(date.err, "is not a date"));
  Run dot = journey({"report", "examples", "-o", ".", "--today", "2026-11-23"});
  CHECK(dot.code == 2);
  CHECK(contains(dot.err, "name the site's own folder"));
  Run completion = journey({"completion", "bash"});
  CHECK(completion.code == 0);
  CHECK(contains(completion.out, "report"));
  CHECK(contains(completion.out, "--history-limit"));
}

TEST_CASE("report --history in a git repository: versions, trend and changes",
          "[cli][report][git]") {
  fs::path repo = repository("report-repo");
  Run r = journey({"report", "maps", "-o", "site", "--history"}, "", {}, repo);
  CHECK(r.code == 0);
  std::string page = slurp(repo / "site/journeys/shop.html");
  CHECK(contains(page, "Reel: customers hate it now"));
  CHECK(contains(page, "First map"));
  CHECK(contains(page, "emotion-decreased"));
  CHECK(contains(page, "<svg viewBox="));
  std::string index = slurp(repo / "site/index.html");
  CHECK(contains(index, "report date 2026-11-20"));  // dated by the last commit
  CHECK(contains(index, "class=\"trend down\""));
  Run since = journey({"report", "maps", "-o", "site", "--since", "HEAD~1"}, "", {}, repo);
  CHECK(since.code == 0);
  CHECK(contains(slurp(repo / "site/journeys/shop.html"), "Changes since HEAD~1"));
  Run bad = journey({"report", "maps", "-o", "site", "--since", "no-such-rev"}, "", {}, repo);
  CHECK(bad.code == 2);
  CHECK(contains(bad.err, "--since no-such-rev"));
  Run option = journey({"report", "maps", "-o", "site", "--since=--output=/tmp/x"}, "", {}, repo);
  CHECK(option.code == 2);
  CHECK(contains(option.err, "cannot start with '-'"));
  CHECK_FALSE(fs::exists("/tmp/x"));
}

TEST_CASE("the README's report screenshots were taken from today's pages", "[cli][report][docs]") {
  // scripts/update-docs.sh takes the screenshots and records the SHA-256 of the files they show;
  // a page or style change without new screenshots fails here.
  fs::path dir = fresh("report-docs");
  Run r = journey({"report", "examples", "-o", (dir / "site").string(), "--today", "2026-11-23"});
  REQUIRE(r.code == 0);
  fs::path sums = dir / "sums.txt";
  REQUIRE(sh("cd " + quote((dir / "site").string()) +
             " && sha256sum index.html journeys/online-shop.html style.css > " +
             quote(sums.string())) == 0);
  INFO("run scripts/update-docs.sh to take new screenshots of the report");
  CHECK(slurp(sums) ==
        slurp(fs::path(JOURNEY_SOURCE_DIR) / "docs/images/report-screenshots.sha256"));
}

TEST_CASE("report lists every funnel's biggest leak across journeys", "[cli][report][funnel]") {
  fs::path dir = scratch() / "report-leaks";
  fs::remove_all(dir);
  Run r = journey({"report", "examples", "tests/data/funnel", "-o", (dir / "site").string(),
                   "--today", "2026-11-23"});
  REQUIRE(r.code == 0);
  std::string page = slurp(dir / "site/leaks.html");
  CHECK(contains(page, "<h1>Funnel leaks</h1>"));
  // The shop's funnel loses 53.8% between the homepage and the product page; an opportunity is
  // listed there.
  CHECK(contains(page, "<td class=\"num\">53.8%</td><td class=\"num\">91500</td>"));
  CHECK(contains(page, "#tp-"));
  CHECK(contains(page, ">Homepage → Product page of the jacket</a>"));
  CHECK(contains(page, "Ordering on the web shop"));
  // Eight funnels of the fixture, each with its leak, the largest share first.
  std::size_t rows = 0;
  for (std::size_t at = page.find("<tr><td"); at != std::string::npos;
       at = page.find("<tr><td", at + 1)) {
    ++rows;
  }
  CHECK(rows == 9);
  CHECK(contains(slurp(dir / "site/index.html"), "href=\"leaks.html\""));
}
