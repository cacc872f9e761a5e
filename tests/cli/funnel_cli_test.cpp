// SPDX-License-Identifier: Apache-2.0
// End-to-end: journey funnel on every export shape, its formats and options, score and lint
// through funnels, and hostile exports (exit codes and positioned messages).
#include <catch2/catch.hpp>

#include "run.hpp"

using namespace journey_test;

namespace {

const std::string k_shop = "tests/data/funnel/shop.journey.yaml";

// A journey in a scratch folder (a repository) whose one funnel reads `export_name`, written
// with `text`.
fs::path hostile(const std::string& name, const std::string& export_name, const std::string& text,
                 const std::string& funnel_extra = "") {
  fs::path dir = scratch() / ("funnel-" + name);
  fs::create_directories(dir / ".git");
  std::ofstream(dir / "shop.journey.yaml")
      << "journey: Hostile\nmodel: see-think-do-care\nreviewed: 2026-11-01\nphases:\n  see:\n"
         "    touchpoints:\n      - {id: a, name: Ad, channel: social, emotion: 4}\n"
         "      - {id: b, name: Page, channel: web, emotion: 3}\n"
         "funnels:\n  - id: f\n    name: F\n    data: ["
      << export_name << "]\n"
      << funnel_extra;
  std::ofstream(dir / export_name, std::ios::binary) << text;
  return dir;
}

}  // namespace

TEST_CASE("funnel reads every export shape to the same funnel", "[cli][funnel]") {
  for (const char* id :
       {"ga4", "ga4-csv", "mixpanel", "posthog", "posthog-csv", "amplitude", "metrics"}) {
    INFO(id);
    Run r = journey({"funnel", k_shop, "--funnel", id});
    CHECK(r.code == 0);
    CHECK(r.err.empty());
    CHECK(contains(r.out, std::string(": funnel ") + id + " \""));
    CHECK(contains(r.out, "Home page"));
    CHECK(contains(r.out, "10000"));
    CHECK(contains(r.out, "Cart"));
    CHECK(contains(r.out, "2400     40.0%      3600 (60.0%)      24.0%"));
    CHECK(contains(r.out, "biggest leak: Home page -> Product page loses 4000 users (40.0%)"));
    CHECK(contains(r.out,
                   "phases: familiarity 10000 -> 10000 (100.0%); consideration 6000 -> "
                   "2400 (40.0%); purchase 1200 -> 840 (70.0%);"));
  }
}

TEST_CASE("funnel computes an event log, with segments and times", "[cli][funnel]") {
  Run r = journey({"funnel", k_shop, "--funnel", "events"});
  CHECK(r.code == 0);
  CHECK(contains(r.out, "(closed, window 1h)"));
  CHECK(contains(r.out, "1m 10s"));  // view_item: 70 s after session_start on average
  CHECK(contains(r.out, " segment desktop:"));
  CHECK(contains(r.out, " period 2026-10:"));
  Run mobile = journey({"funnel", k_shop, "--funnel", "events", "--segment", "mobile"});
  CHECK(mobile.code == 0);
  CHECK(contains(mobile.out, " segment mobile:"));
  CHECK_FALSE(contains(mobile.out, " segment desktop:"));
  Run missing = journey({"funnel", k_shop, "--funnel", "events", "--segment", "tablet"});
  CHECK(missing.code == 2);
  CHECK(contains(missing.err, "has no segment 'tablet'"));
}

TEST_CASE("funnel --format json, --funnel and exit codes", "[cli][funnel]") {
  Run r = journey({"funnel", k_shop, "--funnel", "mixpanel", "--format", "json"});
  CHECK(r.code == 0);
  CHECK(r.out.rfind("[{", 0) == 0);
  CHECK(contains(r.out, "\"id\": \"mixpanel\""));
  CHECK(contains(r.out, "\"period\": \"2026-10-02\""));
  CHECK(contains(r.out, "\"biggest_leak\": \"product\""));
  CHECK(contains(r.out, "\"source\": \"tests/data/funnel/exports/mixpanel-funnels.json:"));
  Run unknown = journey({"funnel", k_shop, "--funnel", "nope"});
  CHECK(unknown.code == 2);
  CHECK(contains(unknown.err, "has no funnel 'nope'"));
  Run none = journey({"funnel", "examples/productivity-app.journey.yaml"});
  CHECK(none.code == 2);
  CHECK(contains(none.err, "declares no funnels"));
  Run help = journey({"funnel", "--help"});
  CHECK(help.code == 0);
  CHECK(contains(help.out, "runFunnelReport"));
  CHECK(contains(help.out, "Exit codes"));
}

TEST_CASE("score takes conversion from the funnel", "[cli][funnel][score]") {
  Run r = journey({"score", k_shop, "--today=2026-11-23"});
  CHECK(r.code == 0);
  CHECK(contains(r.out, "largest drop-off 60% from 'product' to 'cart' in funnel ga4"));
}

TEST_CASE("hostile exports: positioned findings and exit 2, never a crash", "[cli][funnel]") {
  struct Case {
    const char* name;
    const char* file;
    std::string text;
    const char* message;
  };
  std::vector<Case> cases = {
      {"deep", "deep.json", "{\"data\":" + std::string(5000, '[') + "}",
       "deep.json:1:72: error: the JSON is nested deeper than 64 levels"},
      {"overflow", "big.json", "{\"result\": [{\"name\": \"a\", \"count\": 1e999}]}",
       "big.json:1:"},
      {"negative", "neg.json", "{\"result\": [{\"name\": \"a\", \"count\": -5}]}",
       "neg.json:1:36: error: a count of users is a whole number of at least 0, not -5"},
      {"binary", "bin.csv", std::string("user,event,timestamp\nu,a,1\n\x01\x02", 29),
       "bin.csv:3:1: error:"},
      {"timestamp", "log.csv", "user,event,timestamp\nu,a,yesterday\n",
       "log.csv:2:5: error: 'yesterday' is not a timestamp"},
      {"shape", "what.json", "{\"hello\": [1, 2]}", "what.json:1:1: error: the JSON is none"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    fs::path dir = hostile(c.name, c.file, c.text);
    Run r = journey({"funnel", "shop.journey.yaml"}, "", {}, dir, Bounds{20, 2048});
    CHECK(r.code == 1);  // lint errors are findings: 1, as lint exits
    CHECK(contains(r.err, c.message));
    Run lint = journey({"lint", "shop.journey.yaml"}, "", {}, dir, Bounds{20, 2048});
    CHECK(lint.code == 1);
  }
}

TEST_CASE("funnel data files are contained like every file a journey names", "[cli][funnel]") {
  fs::path dir = hostile("outside", "ok.csv", "name,count\na,10\nb,5\n");
  std::ofstream(dir / "shop.journey.yaml", std::ios::app)
      << "  - id: g\n    name: G\n    data: [/etc/passwd, ../../x.json, notes.txt]\n";
  Run r = journey({"lint", "shop.journey.yaml"}, "", {}, dir);
  CHECK(r.code == 1);
  CHECK(contains(r.out, "cannot use data file '/etc/passwd': it is not a .csv or .json file"));
  CHECK(contains(r.out, "cannot use data file '../../x.json'"));
  CHECK(contains(r.out, "cannot use data file 'notes.txt': it is not a .csv or .json file"));
}

TEST_CASE("render --view funnel draws every export shape", "[cli][funnel][render]") {
  for (const char* id : {"ga4", "ga4-csv", "posthog", "posthog-csv", "amplitude", "metrics"}) {
    INFO(id);
    Run r = journey({"render", k_shop, "-o", "-", "-T", "svg", "--view", "funnel", "--funnel", id});
    REQUIRE(r.code == 0);
    CHECK(contains(r.out, ">10,000</text>"));
    CHECK((contains(r.out, ">&#45;4,000</text>") || contains(r.out, ">−4,000</text>")));
    CHECK(contains(r.out, "biggest leak</text>"));
    CHECK(contains(r.out, "<desc id=\"journey-desc\">Customer journey (funnel view): funnel "));
    CHECK(contains(r.out, "the biggest leak: 4,000 leave before Product page."));
  }
  // Dated exports: the latest period beside the previous one.
  Run dated = journey(
      {"render", k_shop, "-o", "-", "-T", "svg", "--view", "funnel", "--funnel", "mixpanel"});
  REQUIRE(dated.code == 0);
  CHECK(contains(dated.out, ">2026&#45;10&#45;02 (latest)</text>"));
  CHECK(contains(dated.out, ">2026&#45;10&#45;01 (previous)</text>"));
  // A segment of an event log, in Dutch.
  Run mobile = journey({"render", k_shop, "-o", "-", "-T", "svg", "--view", "funnel", "--funnel",
                        "events", "--segment", "mobile", "--lang", "nl"});
  REQUIRE(mobile.code == 0);
  CHECK(contains(mobile.out, "Bereikte gebruikers"));
  CHECK(contains(mobile.out, "mobile"));
}

TEST_CASE("render --view funnel refuses what it cannot draw", "[cli][funnel][render]") {
  auto render = [](std::vector<std::string> extra, const std::string& file = k_shop) {
    std::vector<std::string> args = {"render", file, "-o", "-", "-T", "svg", "--view", "funnel"};
    args.insert(args.end(), extra.begin(), extra.end());
    return journey(args);
  };
  Run unknown = render({"--funnel", "nope"});
  CHECK(unknown.code == 2);
  CHECK(contains(unknown.err, "the journey has no funnel 'nope'; it has: ga4, ga4-csv, mixpanel"));
  Run segment = render({"--funnel", "ga4", "--segment", "tablet"});
  CHECK(segment.code == 2);
  CHECK(contains(segment.err, "funnel ga4 has no segment 'tablet'"));
  Run mermaid = journey({"render", k_shop, "-o", "-", "-T", "mermaid", "--view", "funnel"});
  CHECK(mermaid.code == 2);
  CHECK(contains(mermaid.err, "the funnel view has no Mermaid form"));
  Run none = render({}, "examples/productivity-app.journey.yaml");
  CHECK(none.code == 2);
  CHECK(contains(none.err, "the journey declares no funnels: add `funnels:`"));
  CHECK(none.out.empty());
}
