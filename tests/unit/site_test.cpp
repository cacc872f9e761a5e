// SPDX-License-Identifier: Apache-2.0
// journey report's site: escaping, words, file names, the worker protocol, determinism, the
// index, hostile text, replacing a previous site, and history from a temporary git repository.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "../../lib/src/site/chart.hpp"
#include "../../lib/src/site/html.hpp"
#include "../../lib/src/site/summary.hpp"
#include "../../lib/src/site/words.hpp"
#include "journey/escape.hpp"
#include "journey/site.hpp"

namespace fs = std::filesystem;
using namespace journey;

namespace {

const fs::path k_root = JOURNEY_SOURCE_DIR;

// A folder per test process, removed when the process ends.
const fs::path& scratch_root() {
  struct Dir {
    fs::path path = fs::temp_directory_path() / ("journey-site-test-" + std::to_string(::getpid()));
    ~Dir() {
      std::error_code ec;
      fs::remove_all(path, ec);
    }
  };
  static const Dir dir;
  return dir.path;
}

fs::path scratch(const std::string& name) {
  fs::path dir = scratch_root() / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream b;
  b << in.rdbuf();
  return b.str();
}

// Every file below `dir` with its bytes, by relative path.
std::map<std::string, std::string> files_of(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) out[e.path().lexically_relative(dir).string()] = slurp(e.path());
  }
  return out;
}

SiteOptions options_for(std::vector<std::string> files, const fs::path& out, unsigned jobs = 1) {
  SiteOptions o;
  o.files = std::move(files);
  o.output = out.string();
  o.jobs = jobs;
  Date::parse("2026-11-23", o.today);
  return o;
}

std::vector<std::string> examples() {
  return {(k_root / "examples/consultancy.journey.yaml").string(),
          (k_root / "examples/online-shop.journey.yaml").string(),
          (k_root / "examples/productivity-app.journey.yaml").string()};
}

int sh(const std::string& command) {
  return std::system(command.c_str());
}

}  // namespace

TEST_CASE("HTML escaping: markup, quotes, control and bidirectional characters", "[site]") {
  CHECK(html_escape("<script>alert('x') & \"y\"</script>") ==
        "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
  CHECK(html_escape("a\x01"
                    "b") == "a\\x01b");
  CHECK(html_escape("line\nnext\ttab") == "line\nnext\ttab");
  CHECK(html_escape("evil\u202Eeulav") == "evil\\u202eeulav");
  CHECK(html_escape("caf\xC3\xA9") == "caf\xC3\xA9");
  CHECK(html_escape("bad \xFF byte") == "bad \\xff byte");
}

TEST_CASE("every word of the site is set in English and Dutch", "[site]") {
  // Words holds only C strings: read it as an array of them, so that a field left out of either
  // list (aggregate initialisation fills it with null) is caught.
  static_assert(sizeof(site::Words) % sizeof(const char*) == 0);
  for (Language language : k_languages) {
    const char* lang = to_string(language);
    const site::Words& w = site::words_for(language);
    const char* const* fields = reinterpret_cast<const char* const*>(&w);
    std::size_t n = sizeof(site::Words) / sizeof(const char*);
    for (std::size_t i = 0; i < n; ++i) {
      INFO(lang << " field " << i);
      REQUIRE(fields[i] != nullptr);
      CHECK(std::string(fields[i]).size() > 0);
    }
    CHECK(std::string(w.lang) == lang);
  }
  CHECK(site::words_for(Language::nl).number(62.45, 1) == "62,5");
  CHECK(site::words_for(Language::en).number(62.45, 1) == "62.5");
  CHECK(site::words_for(Language::nl).general(0.047) == "0,047");
}

TEST_CASE("file names of journey pages are safe and unique", "[site]") {
  CHECK(site::slug_of("maps/Online Shop.journey.yaml") == "online-shop");
  CHECK(site::slug_of("../x/<script>.journey.yml") == "script");
  CHECK(site::slug_of("..journey.yaml") == "journey");
  CHECK(site::slug_of("caf\xC3\xA9.yaml") == "caf");
  auto slugs = site::unique_slugs({"a/shop.journey.yaml", "b/shop.journey.yaml", "shop-2.yaml"});
  CHECK(slugs == std::vector<std::string>{"shop", "shop-2", "shop-2-2"});
  CHECK(site::external_link("javascript:alert(1)") == "javascript:alert(1)");
  CHECK(site::external_link("https://example.com/?a=1&b=<2>") ==
        "https://example.com/?a=1&amp;b=&lt;2&gt;");
  CHECK(site::external_link("https://example.com/a") ==
        "<a href=\"https://example.com/a\" rel=\"external noopener noreferrer\">"
        "https://example.com/a</a>");
}

TEST_CASE("pains with the same words in any order share a key", "[site]") {
  CHECK(site::pain_key("Shipping costs shown late!") ==
        site::pain_key("late: the shipping cost shown"));
  CHECK(site::pain_key("no price shown") != site::pain_key("no price"));
  CHECK(site::pain_key("...").empty());
}

TEST_CASE("summaries survive the trip from a worker, and a cut one is refused", "[site]") {
  site::Summary s;
  s.index = 7;
  s.title = "T <b>";
  s.score = 61.25;
  s.personas = {"a", "b"};
  s.channels = {{"web", 3}};
  s.pains = {{"k", "text", "tp", "tp-1"}};
  s.low_points = {{1, "tp", "tp-1", "ann", "Do"}};
  s.figures.mean_emotion = 3.5;
  std::string bytes = site::encode(s);
  site::Summary back;
  REQUIRE(site::decode(bytes, back));
  CHECK(back.index == 7);
  CHECK(back.title == "T <b>");
  CHECK(back.score == 61.25);
  CHECK(back.personas.size() == 2);
  CHECK(back.channels[0].touchpoints == 3);
  CHECK(back.pains[0].anchor == "tp-1");
  CHECK(back.low_points[0].persona == "ann");
  CHECK(back.figures.mean_emotion == 3.5);
  site::Summary cut;
  CHECK_FALSE(site::decode(bytes.substr(0, bytes.size() - 1), cut));
}

TEST_CASE("trend charts are inline SVG with a text description", "[site]") {
  CHECK(site::nice_ceiling(14, 1) == 20);
  CHECK(site::nice_ceiling(0, 1) == 1);
  CHECK(site::nice_ceiling(50, 1) == 50);
  std::ostringstream out;
  site::TrendChart c{"trend-score", "Score", {"2026-01-01", "2026-02-01"}, {50.0, std::nullopt}, 0,
                     100,           1};
  site::write_trend_chart(out, c, site::words_for(Language::en));
  CHECK(out.str().find("<svg viewBox=") != std::string::npos);
  CHECK(out.str().find("<desc id=\"trend-score-desc\">2026-01-01 50.0</desc>") !=
        std::string::npos);
}

TEST_CASE("a site of the examples: an index of every journey and the same bytes every run",
          "[site]") {
  fs::path dir = scratch("examples");
  SiteReport report;
  std::string error;
  REQUIRE(write_site(options_for(examples(), dir / "one"), report, error));
  CHECK(error.empty());
  CHECK(report.journeys == 3);
  CHECK(report.with_errors == 0);
  // On two worker processes the bytes are the same as in one process.
  SiteReport report2;
  REQUIRE(write_site(options_for(examples(), dir / "two", 2), report2, error));
  auto one = files_of(dir / "one"), two = files_of(dir / "two");
  CHECK(one.size() == two.size());
  for (const auto& [name, bytes] : one) {
    INFO(name);
    CHECK(two[name] == bytes);
  }
  const std::string& index = one["index.html"];
  for (const char* title : {"Winning and serving a client at Koers &amp; Partners",
                            "Buying a rain jacket at Trailhead Outfitters",
                            "Trial to paid for Notably, a note-taking app"}) {
    CHECK(index.find(title) != std::string::npos);
  }
  for (const char* page :
       {"index-score.html", "index-reviewed.html", "index-findings.html", "channels.html",
        "owners.html", "personas.html", "pains.html", "low-points.html", "states.html", "style.css",
        ".journey-site", "journeys/online-shop.html", "journeys/online-shop.map.svg",
        "journeys/online-shop.blueprint.svg"}) {
    INFO(page);
    CHECK(one.count(page) == 1);
  }
  CHECK(index.find("href=\"journeys/online-shop.html\"") != std::string::npos);
  CHECK(one["journeys/online-shop.html"].find("<meter") != std::string::npos);
  CHECK(one["index.html"].find("report date 2026-11-23") != std::string::npos);
  // Totals are whole numbers, as `journey score` prints and gates them: 72, not 72.0.
  CHECK(index.find("<span class=\"score\">72</span>") != std::string::npos);
  CHECK(index.find("<span class=\"score\">72.0</span>") == std::string::npos);
  CHECK(one["journeys/online-shop.html"].find("<span class=\"big\">69</span>") !=
        std::string::npos);
}

TEST_CASE("hostile journeys stay inert text in every page", "[site]") {
  fs::path dir = scratch("hostile");
  SiteReport report;
  std::string error;
  REQUIRE(write_site(
      options_for({(k_root / "tests/data/render/hostile.journey.yaml").string()}, dir / "site"),
      report, error));
  for (const auto& [name, bytes] : files_of(dir / "site")) {
    if (name.size() < 5 || name.substr(name.size() - 5) != ".html") continue;
    INFO(name);
    CHECK(bytes.find("<script") == std::string::npos);
    CHECK(bytes.find("<b>attacker") == std::string::npos);
    CHECK(bytes.find("href=\"javascript") == std::string::npos);
    CHECK(bytes.find("<TABLE>") == std::string::npos);
  }
  std::string page = slurp(dir / "site/journeys/hostile.html");
  CHECK(page.find("Hostile &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;") !=
        std::string::npos);
  CHECK(page.find("javascript:alert(1)") != std::string::npos);  // shown as text only
  // A URL with characters a URL should not hold raw is shown as text, not as a link.
  CHECK(page.find("https://example.com/?a=1&amp;b=&lt;2&gt;") != std::string::npos);
  CHECK(page.find("href=\"https://example.com/?a=1") == std::string::npos);
}

TEST_CASE("a folder that is not a site is refused, and a failed run leaves the site", "[site]") {
  fs::path dir = scratch("replace");
  std::string why;
  CHECK(site_replaceable((dir / "new").string(), why));
  fs::create_directories(dir / "empty");
  CHECK(site_replaceable((dir / "empty").string(), why));
  std::ofstream(dir / "notes.txt") << "mine";
  CHECK_FALSE(site_replaceable(dir.string(), why));
  CHECK(why.find(".journey-site") != std::string::npos);
  CHECK_FALSE(site_replaceable((dir / "notes.txt").string(), why));
  CHECK_FALSE(site_replaceable(".", why));

  SiteReport report;
  std::string error;
  SiteOptions first = options_for({examples()[0]}, dir / "site");
  REQUIRE(write_site(first, report, error));
  auto before = files_of(dir / "site");
  // A journey that cannot be read fails the run: the previous site is left as it was, and no
  // temporary folder is left beside it.
  SiteOptions broken =
      options_for({examples()[1], (dir / "missing.journey.yaml").string()}, dir / "site", 2);
  CHECK_FALSE(write_site(broken, report, error));
  CHECK(error.find("missing.journey.yaml") != std::string::npos);
  CHECK(files_of(dir / "site") == before);
  for (const auto& e : fs::directory_iterator(dir)) {
    CHECK(e.path().filename().string().find(".new-") == std::string::npos);
  }
  // A good run replaces it as a whole, reusing the diagrams that did not change.
  first.files = examples();
  first.tool = "test build";
  report = SiteReport();
  REQUIRE(write_site(first, report, error));
  SiteReport again;
  REQUIRE(write_site(first, again, error));
  CHECK(again.reused == report.diagrams);
  CHECK(again.diagrams == 0);
  CHECK(files_of(dir / "site").count("journeys/online-shop.html") == 1);
}

TEST_CASE("history from a temporary git repository: versions, trend and changes", "[site][git]") {
  fs::path dir = scratch("history");
  fs::path repo = dir / "repo";
  fs::create_directories(repo);
  std::string git = "cd '" + repo.string() +
                    "' && git -c init.defaultBranch=main init -q && git config user.email "
                    "t@example.com && git config user.name test && git config commit.gpgsign false";
  REQUIRE(sh(git) == 0);
  auto commit = [&](const std::string& date, const std::string& message) {
    return sh("cd '" + repo.string() + "' && git add -A && GIT_AUTHOR_DATE=" + date +
              "T10:00:00Z GIT_COMMITTER_DATE=" + date + "T10:00:00Z git commit -qm '" + message +
              "'");
  };
  std::string shop = slurp(k_root / "examples/online-shop.journey.yaml");
  std::ofstream(repo / "shop.journey.yaml") << shop;
  fs::copy(k_root / "examples/data", repo / "data", fs::copy_options::recursive);  // its funnel
  REQUIRE(commit("2026-11-10", "first <map>") == 0);
  std::string worse = std::regex_replace(shop, std::regex("emotion: 4\n"), "emotion: 2\n");
  std::ofstream(repo / "shop.journey.yaml") << worse;
  REQUIRE(commit("2026-11-20", "worse") == 0);

  Date head;
  REQUIRE(last_commit_date(repo.string(), head));
  CHECK(head.to_string() == "2026-11-20");
  std::string error;
  CHECK(git_commit_exists(repo.string(), "HEAD~1", error));
  CHECK_FALSE(git_commit_exists(repo.string(), "--output=/tmp/x", error));
  CHECK_FALSE(git_commit_exists(repo.string(), "no-such-rev", error));

  SiteOptions o = options_for({(repo / "shop.journey.yaml").string()}, dir / "site");
  o.history = true;
  SiteReport report;
  REQUIRE(write_site(o, report, error));
  std::string page = slurp(dir / "site/journeys/shop.html");
  CHECK(page.find("first &lt;map&gt;") != std::string::npos);
  CHECK(page.find("id=\"trend-score-title\"") != std::string::npos);
  CHECK(page.find("emotion-decreased") != std::string::npos);
  std::string index = slurp(dir / "site/index.html");
  CHECK(index.find("class=\"trend down\"") != std::string::npos);

  // --since the first commit: the same change; --since a revision without the file: all added.
  o.since = "HEAD~1";
  REQUIRE(write_site(o, report, error));
  CHECK(slurp(dir / "site/journeys/shop.html").find("Changes since HEAD~1") != std::string::npos);

  // Outside a repository there is no history, and the page says why.
  fs::path plain = dir / "plain";
  fs::create_directories(plain);
  fs::copy_file(repo / "shop.journey.yaml", plain / "shop.journey.yaml");
  o.files = {(plain / "shop.journey.yaml").string()};
  o.since.clear();
  REQUIRE(write_site(o, report, error));
  CHECK(slurp(dir / "site/journeys/shop.html").find("No history:") != std::string::npos);
  Date none;
  CHECK_FALSE(last_commit_date(plain.string(), none));
}
