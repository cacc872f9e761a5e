// SPDX-License-Identifier: Apache-2.0
// End-to-end: catalogs (`use:`) and data files (`data:`) through the binary. Findings stand at
// their own file's positions in every format; score, render, diff and textconv see the resolved
// personas and the merged numbers; cycles, missing files and hostile CSV end quickly and clearly.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <chrono>

#include "run.hpp"

using namespace journey_test;

namespace {

const std::string k_today = "--today=2026-11-23";
const std::string k_dir = "tests/data/catalog/";
const std::string k_shop = k_dir + "shop.journey.yaml";
const std::string k_broken = k_dir + "broken.journey.yaml";
const std::string k_catalog = k_dir + "catalog/broken.yaml";
const std::string k_csv = k_dir + "analytics/broken.csv";

// A copy of tests/data/catalog in a scratch folder of its own, to edit.
fs::path copy_of_tests(const std::string& name) {
  fs::path dir = scratch() / ("catalog-" + name);
  fs::remove_all(dir);
  fs::copy(fs::path(JOURNEY_SOURCE_DIR) / k_dir, dir, fs::copy_options::recursive);
  return dir;
}

void replace_in(const fs::path& file, const std::string& from, const std::string& to) {
  std::string text = slurp(file);
  REQUIRE(text.find(from) != std::string::npos);
  text.replace(text.find(from), from.size(), to);
  std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
}

}  // namespace

TEST_CASE("lint shows findings in a catalog and a data file at their own lines", "[cli][catalog]") {
  Run r = journey({"lint", k_broken, k_today});
  CHECK(r.code == 1);
  CHECK(contains(r.out, k_broken + ":4:7: error: cannot use catalog 'catalog/broken.yaml': " +
                            k_catalog + " has 2 errors; the first, at 6:5: unknown key 'age'"));
  CHECK(contains(r.out, k_catalog + ":6:5: error: unknown key 'age'"));
  CHECK(contains(r.out, " 6 |     age: 34\n   |     ^~~\n"));
  CHECK(contains(r.out, k_catalog + ":9:10: error: channel id 'web' is already used at line 8"));
  CHECK(contains(r.out, k_csv + ":4:1: error: the journey has no touchpoint 'add'; did you mean "
                                "'ad'? [data-unknown-reference]\n 4 | add,visits,100\n   | ^~~\n"));
  CHECK(contains(r.out, k_csv + ":3:12: error: a quote inside an unquoted field"));
  CHECK(contains(r.out, k_csv + ":5:17: error: '6 10' is not a number"));
  // The journey's own findings come first, then each other file's.
  CHECK(r.out.find(k_broken + ":") < r.out.find(k_csv + ":"));
  CHECK(r.out.find(k_csv + ":") < r.out.find(k_catalog + ":"));
}

TEST_CASE("json, sarif, github and junit name the file of each finding", "[cli][catalog]") {
  Run json = journey({"lint", k_broken, k_today, "-f", "json"});
  CHECK(json.code == 1);
  CHECK(contains(json.out, "{\"rule\": \"unknown-key\", \"severity\": \"error\", \"file\": \"" +
                               k_catalog + "\", \"line\": 6, \"column\": 5,"));
  CHECK(contains(json.out,
                 "{\"rule\": \"data-unknown-reference\", \"severity\": \"error\", "
                 "\"file\": \"" +
                     k_csv + "\", \"line\": 4, \"column\": 1,"));
  // The journey's own findings have no "file": version 1 stays as it was.
  CHECK(
      contains(json.out, "{\"rule\": \"unusable-catalog\", \"severity\": \"error\", \"line\": 4"));

  Run sarif = journey({"lint", k_broken, k_today, "-f", "sarif"});
  CHECK(contains(sarif.out, "\"ruleId\": \"unknown-key\""));
  CHECK(contains(sarif.out, "{\"artifactLocation\": {\"uri\": \"" + k_catalog +
                                "\", \"uriBaseId\": \"%SRCROOT%\"}, \"region\": {\"startLine\": 6, "
                                "\"startColumn\": 5"));
  CHECK(contains(sarif.out, "{\"artifactLocation\": {\"uri\": \"" + k_csv +
                                "\", \"uriBaseId\": \"%SRCROOT%\"}, \"region\": {\"startLine\": 4, "
                                "\"startColumn\": 1"));
  CHECK(contains(sarif.out, "{\"uri\": \"" + k_broken + "\""));

  Run github = journey({"lint", k_broken, k_today, "-f", "github"});
  CHECK(contains(github.out, "::error file=" + k_csv + ",line=4,col=1,"));
  CHECK(contains(github.out, "::error file=" + k_catalog + ",line=6,col=5,"));
  Run junit = journey({"lint", k_broken, k_today, "-f", "junit"});
  CHECK(contains(junit.out, "<testcase name=\"data-unknown-reference at " + k_csv + ":4:1\""));
  CHECK(contains(junit.out, "<testsuite name=\"" + k_broken + "\""));
}

TEST_CASE("score, render, diff and textconv see catalog personas and data numbers",
          "[cli][catalog]") {
  CHECK(
      journey({"lint", k_dir + "shop.journey.yaml", k_dir + "shop-november.journey.yaml", k_today})
          .code == 0);
  Run facts = journey({"textconv", k_shop});
  CHECK(facts.code == 0);
  CHECK(contains(facts.out, "persona lotte: name Lotte, the first-time buyer\n"));
  CHECK(contains(facts.out, "touchpoint see/ad: metric views = 120000\n"));
  CHECK(contains(facts.out, "touchpoint think/product-page: metric conversion@sam = 0.054\n"));
  CHECK(contains(facts.out, "kpi conversion: actual 3.1\n"));  // the later row, decimal comma

  fs::path dir = copy_of_tests("score");
  replace_in(dir / "shop.journey.yaml", "data: [analytics/2026-10.csv, analytics/kpis-nl.csv]\n",
             "");
  Run with = journey({"score", k_shop, k_today});
  Run without = journey({"score", "shop.journey.yaml", k_today}, "", {}, dir);
  CHECK(contains(with.out, "kpi-completeness      10.0   4 of 4 KPIs have both"));
  CHECK(contains(without.out, "kpi-completeness      5.0    2 of 4 KPIs have both"));
  CHECK(contains(with.out, "persona-depth         10.0   2 personas"));

  Run map = journey({"render", k_shop, "--view", "map", "-T", "svg", "-o", "-"});
  CHECK(map.code == 0);
  CHECK(contains(map.out, "actual 3.1 % / target 3 %"));
  // The catalog's personas have their cards in the persona block.
  CHECK(contains(map.out, " Lotte, the first&#45;time buyer<"));
  CHECK(contains(map.out, " Sam, the returning customer<"));
  Run bare = journey({"render", "shop.journey.yaml", "--view", "map", "-T", "svg", "-o", "-"}, "",
                     {}, dir);
  CHECK_FALSE(contains(bare.out, "actual 3.1"));

  Run diff = journey({"diff", k_shop, k_dir + "shop-november.journey.yaml"});
  CHECK(diff.code == 1);
  CHECK(contains(diff.out,
                 "touchpoint 'ad' metric views 120000 -> 150000 (+25.0%)  "
                 "[metric-changed]"));
  CHECK(contains(diff.out, "metric conversion@sam removed"));
}

TEST_CASE("a journey on stdin finds its catalogs beside --stdin-filename", "[cli][catalog]") {
  std::string text = slurp(fs::path(JOURNEY_SOURCE_DIR) / k_shop);
  Run r = journey({"lint", "-", "--stdin-filename", k_shop, k_today}, text);
  CHECK(r.code == 0);
  Run lost = journey({"lint", "-", k_today}, text);
  CHECK(lost.code == 1);
  CHECK(contains(lost.out, "<stdin>:5:7: error: cannot use catalog 'catalog/organisation.yaml'"));
}

TEST_CASE("cycles and missing catalogs or data files are clear errors", "[cli][catalog]") {
  auto start = std::chrono::steady_clock::now();
  Run r = journey({"lint", k_dir + "cycle.journey.yaml", k_today}, "", {}, JOURNEY_SOURCE_DIR,
                  Bounds{10, 1024});
  CHECK(r.code == 1);
  CHECK(contains(r.out,
                 "catalogs use each other in a cycle: tests/data/catalog/catalog/"
                 "loop-a.yaml -> tests/data/catalog/catalog/loop-b.yaml -> "
                 "tests/data/catalog/catalog/loop-a.yaml (at "
                 "tests/data/catalog/catalog/loop-b.yaml:1:7) [unusable-catalog]"));
  CHECK(contains(r.out,
                 ":4:28: error: cannot use catalog 'catalog/nowhere.yaml': cannot read "
                 "tests/data/catalog/catalog/nowhere.yaml: No such file or directory"));
  CHECK(contains(r.out, ":5:8: error: cannot use data file 'analytics/nowhere.csv'"));
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
  // Render, score and diff refuse the journey as they do any with lint errors, exiting 1 as lint.
  CHECK(journey({"score", k_dir + "cycle.journey.yaml"}).code == 1);
}

TEST_CASE("lint --cache sees a catalog or a data file change", "[cli][catalog][cache]") {
  fs::path dir = copy_of_tests("cache");
  const std::vector<std::string> plain = {"lint", "shop.journey.yaml", k_today, "-f", "json"};
  std::vector<std::string> cached = plain;
  for (const char* a : {"--cache-dir", ".cache-for-test"}) cached.push_back(a);
  CHECK(journey(cached, "", {}, dir).code == 0);
  CHECK(journey(cached, "", {}, dir).code == 0);
  std::ofstream(dir / "analytics" / "2026-10.csv", std::ios::app) << "checkuot,visits,1\n";
  Run data = journey(cached, "", {}, dir);
  CHECK(data.code == 1);
  CHECK(data.out == journey(plain, "", {}, dir).out);
  CHECK(contains(data.out, "\"file\": \"analytics/2026-10.csv\", \"line\": 8"));
  replace_in(dir / "catalog" / "organisation.yaml", "{id: social, ", "{id: social-media, ");
  Run catalog = journey(cached, "", {}, dir);
  CHECK(catalog.out == journey(plain, "", {}, dir).out);
  CHECK(contains(catalog.out, "\"rule\": \"unknown-channel\""));
  // From the cache, the text format still shows the data file's line.
  std::vector<std::string> text = {"lint", "shop.journey.yaml", k_today, "--cache-dir",
                                   ".cache-for-test"};
  CHECK(contains(journey(text, "", {}, dir).out, " 8 | checkuot,visits,1\n"));
}

TEST_CASE("hostile data files and catalogs end within bounds", "[cli][catalog][hostile]") {
  fs::path dir = copy_of_tests("hostile");
  auto csv = [&](const std::string& text) {
    std::ofstream(dir / "analytics" / "2026-10.csv", std::ios::binary | std::ios::trunc) << text;
    Run r = journey({"lint", "shop.journey.yaml", k_today}, "", {}, dir, Bounds{10, 1024});
    INFO(r.out.substr(0, 600));
    CHECK(r.code == 1);
    return r;
  };
  std::string big = "touchpoint,metric,value\n";
  while (big.size() <= (16u << 20)) big += "ad,views,120000\n";
  CHECK(contains(csv(big).out, "cannot read analytics/2026-10.csv: is 16.0 MiB; the limit is"));
  std::string open_quote = "touchpoint,metric,value\nad,\"" + std::string(15u << 20, 'x');
  CHECK(contains(csv(open_quote).out, "2026-10.csv:2:4: error: this quote never closes"));
  std::string binary = "touchpoint,metric,value\nad,views,1\n";
  for (int i = 0; i < 4096; ++i) binary += static_cast<char>((i * 7919) % 256);
  CHECK(contains(csv(binary).out, "2026-10.csv:3:1: error: this is a binary file, not CSV text"));
  std::string rows = "touchpoint,metric,value,date\n";
  for (int i = 0; i < 150'000; ++i) rows += "ad,views," + std::to_string(i) + ",\n";
  CHECK(contains(csv(rows).out, "2026-10.csv:100002:1: error: more than 100000 rows"));
  std::string wide = "touchpoint,metric,value\n" + std::string(10u << 20, ',') + "\n";
  CHECK(contains(csv(wide).out, "this row has 10485761 fields, the header 3"));
  std::string bad_rows = "touchpoint,metric,value\n";
  for (int i = 0; i < 50'000; ++i) bad_rows += "ad,\"x\"y,1\n";
  CHECK(contains(csv(bad_rows).out, "more than 1000 problems; the rest of the file is not read"));

  // A catalog that is a FIFO or a device is refused, never read.
  fs::remove(dir / "catalog" / "organisation.yaml");
  REQUIRE(::mkfifo((dir / "catalog" / "organisation.yaml").c_str(), 0600) == 0);
  Run fifo = journey({"lint", "shop.journey.yaml", k_today}, "", {}, dir, Bounds{10, 1024});
  CHECK(fifo.code == 1);
  CHECK(contains(fifo.out, "cannot read catalog/organisation.yaml: is not a regular file"));
  fs::remove(dir / "catalog" / "organisation.yaml");
  fs::create_symlink("/dev/zero", dir / "catalog" / "organisation.yaml");
  Run zero = journey({"lint", "shop.journey.yaml", k_today}, "", {}, dir, Bounds{10, 1024});
  CHECK(zero.code == 1);
  CHECK(contains(zero.out, "it is not a .yaml or .yml file (it links to /dev/zero)"));
}

TEST_CASE("the git diff driver finds the catalogs of both versions in the repository",
          "[cli][catalog][git]") {
  fs::path repo = copy_of_tests("git");
  auto sh = [&](const std::string& command) {
    return std::system(("cd " + quote(repo.string()) + " && " + command + " > " +
                        quote((repo / "out.txt").string()) + " 2>&1")
                           .c_str());
  };
  REQUIRE(sh("git -c init.defaultBranch=main init -q && git config user.email t@example.com && "
             "git config user.name test && git config commit.gpgsign false") == 0);
  std::ofstream(repo / ".gitattributes") << "*.journey.yaml diff=journey\n";
  REQUIRE(sh("git add -A && git commit -qm one") == 0);
  replace_in(repo / "shop.journey.yaml", "emotion: 4\n        opportunities: [show the fit]",
             "emotion: 2\n        opportunities: [show the fit]");
  REQUIRE(sh("git config diff.journey.command " +
             quote(std::string(JOURNEY_BINARY) + " diff --git-driver")) == 0);
  CHECK(sh("git diff") == 0);
  std::string shown = slurp(repo / "out.txt");
  INFO(shown);
  // The old version is a temporary copy: without the repository path its catalog personas and
  // data numbers would all show as added.
  CHECK(contains(shown, "touchpoint 'ad' emotion 4 -> 2 (worse)"));
  CHECK(contains(shown, "1 difference: 1 regression"));
}

TEST_CASE("thousands of distinct unknown channels or data rows stay fast",
          "[cli][catalog][hostile]") {
  fs::path dir = scratch() / "catalog-many";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::string catalog = "channels:\n";
  for (int i = 0; i < 1000; ++i) catalog += "  - {id: channel-number-" + std::to_string(i) + "}\n";
  std::ofstream(dir / "catalog.yaml") << catalog;
  std::string text =
      "journey: Many\nmodel: see-think-do-care\nreviewed: 2026-11-01\n"
      "use: [catalog.yaml]\ndata: [rows.csv]\nphases:\n  see:\n    touchpoints:\n";
  std::string rows = "touchpoint,metric,value\n";
  for (int i = 0; i < 10'000; ++i) {
    std::string n = std::to_string(i);
    text += "      - {id: t" + n + ", name: T, channel: chanel-numbr-" + n + "x, emotion: 3}\n";
  }
  for (int i = 0; i < 100'000; ++i) rows += "touchpoint-" + std::to_string(i) + ",views,1\n";
  std::ofstream(dir / "many.journey.yaml") << text;
  std::ofstream(dir / "rows.csv") << rows;
  auto start = std::chrono::steady_clock::now();
  Run r =
      journey({"lint", "many.journey.yaml", k_today, "-f", "json"}, "", {}, dir, Bounds{10, 1024});
  CHECK(r.code == 1);
  CHECK(contains(r.out, "\"too-many-findings\": 1"));
  std::ofstream(dir / "rows.csv") << "touchpoint,metric,value\n";
  Run channels =
      journey({"lint", "many.journey.yaml", k_today, "-f", "json"}, "", {}, dir, Bounds{10, 1024});
  // Every touchpoint's, up to the cap of findings that the other rules share.
  auto at = channels.out.find("\"unknown-channel\": ");
  REQUIRE(at != std::string::npos);
  CHECK(std::stoi(channels.out.substr(at + 19)) > 9'900);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(20));
}
