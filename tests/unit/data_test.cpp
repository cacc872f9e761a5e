// SPDX-License-Identifier: Apache-2.0
// Data files (`data:`): CSV rows as journey reads them (columns, kinds of rows, numbers, dates),
// and how the lint engine merges them into metrics and KPI actuals: the data wins, the latest
// date wins, duplicates and conflicts are reported, and score sees the merged numbers.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "journey/data.hpp"
#include "journey/lint.hpp"
#include "journey/score.hpp"
#include "test_folder.hpp"

using namespace journey;
namespace fs = std::filesystem;

namespace {

struct Folder : journey_test::TestFolder {
  Folder() : TestFolder("journey-data-test") { make_repository(); }
};

DataLoadResult load(const std::string& text) {
  return load_data(SourceText("d.csv", text));
}

std::vector<std::string> problems(const DataLoadResult& r) {
  std::vector<std::string> out;
  for (const Finding& f : r.findings) {
    out.push_back(f.rule + " " + std::to_string(f.span.line) + ":" + std::to_string(f.span.column));
  }
  return out;
}

const char* k_journey = R"(journey: Measured
model: see-think-do-care
reviewed: 2026-11-01
personas: [{id: sam, name: Sam, goals: [a], needs: [b]}]
data: [analytics/numbers.csv]
phases:
  see:
    touchpoints:
      - id: ad
        name: Ad
        channel: social
        emotion: 4
        metrics: {views: 100, clicks: 4}
      - {id: site, name: Site, channel: web, emotion: 3}
kpis:
  - {id: reach, phase: see, target: 1000, actual: 10}
  - {id: signups, phase: see, target: 50}
)";

Analysis analyze(const std::string& path) {
  LintOptions options;
  Date::parse("2026-11-23", options.today);
  Config config = default_config();
  return analyze_file(path, config, options);
}

double metric(const Touchpoint& tp, const std::string& name) {
  for (const Metric& m : tp.metrics.value) {
    if (m.name.value == name) return m.value.value;
  }
  return -1;
}

std::vector<std::string> rules_of(const Analysis& a) {
  std::vector<std::string> out;
  for (const Finding& f : a.report.findings) {
    if (f.rule.compare(0, 5, "data-") == 0 || f.rule == "unusable-data") out.push_back(f.rule);
  }
  return out;
}

}  // namespace

TEST_CASE("data rows: metric rows, KPI rows, optional date and persona", "[data]") {
  DataLoadResult r = load(
      "Touchpoint, Metric ,value,date,persona,kpi,actual,x-note\n"
      "ad,views,120,2026-10,,,,from GA4\n"
      "ad,conversion,0.02,2026-10-15,sam,,,\n"
      ",,,,,reach,1e3,\n");
  CHECK(problems(r).empty());
  REQUIRE(r.rows.size() == 3);
  CHECK(r.rows[0].kind == DataRow::Kind::metric);
  CHECK(r.rows[0].value.value == 120);
  CHECK(r.rows[0].date.value == "2026-10");
  CHECK(r.rows[1].persona.value == "sam");
  CHECK(r.rows[2].kind == DataRow::Kind::kpi);
  CHECK(r.rows[2].kpi.value == "reach");
  CHECK(r.rows[2].value.value == 1000);
  CHECK(r.rows[2].value.span.column == 12);
  CHECK(persona_metric("conversion", "sam") == "conversion@sam");
}

TEST_CASE("data files separated by semicolons use a decimal comma", "[data]") {
  DataLoadResult nl = load("touchpoint;metric;value\r\nad;bounce;0,42\r\nad;visits;1200\r\n");
  CHECK(nl.separator == ';');
  CHECK(problems(nl).empty());
  REQUIRE(nl.rows.size() == 2);
  CHECK(nl.rows[0].value.value == Approx(0.42));
  DataLoadResult point = load("touchpoint;metric;value\nad;bounce;0.42\nad;visits;1.200\n");
  CHECK(problems(point) ==
        std::vector<std::string>{"data-invalid-value 2:11", "data-invalid-value 3:11"});
  CHECK(point.findings[0].message.find("write 0,42") != std::string::npos);
  DataLoadResult comma = load("touchpoint,metric,value\nad,visits,\"1,200\"\nad,rate,5%\n");
  CHECK(problems(comma) ==
        std::vector<std::string>{"data-invalid-value 2:11", "data-invalid-value 3:9"});
  for (const char* bad : {"nan", "inf", "1e999", "0x10", "--1", "1.2.3", " "}) {
    INFO(bad);
    CHECK(load(std::string("touchpoint,metric,value\nad,v,") + bad + "\n").rows.empty());
  }
}

TEST_CASE("headers with unknown, repeated or missing columns read no rows", "[data]") {
  DataLoadResult typo = load("touchpoint,metrc,value\nad,views,1\n");
  CHECK(problems(typo) == std::vector<std::string>{"data-syntax 1:12", "data-syntax 1:1"});
  CHECK(typo.findings[0].suggestion == "metric");
  CHECK(typo.rows.empty());
  CHECK(problems(load("kpi,actual,kpi\nreach,1,reach\n")) ==
        std::vector<std::string>{"data-syntax 1:12"});
  CHECK(problems(load("kpi\nreach\n")) == std::vector<std::string>{"data-syntax 1:1"});
  CHECK(problems(load("")) == std::vector<std::string>{"data-syntax 1:1"});
  // Two unknown columns, one without a name, and no data columns at all.
  CHECK(problems(load("a,,b\n")).size() == 4);
  for (const Finding& f : load("x\n").findings) CHECK(f.file == "d.csv");
}

TEST_CASE("the data wins over the YAML and the latest date wins among rows", "[data]") {
  Folder dir;
  dir.write("analytics/numbers.csv",
            "touchpoint,metric,value,date,persona,kpi,actual\n"
            "ad,views,150,2026-09,,,\n"
            "ad,views,180,2026-10,,,\n"
            "ad,views,170,2026-08,,,\n"
            "ad,clicks,4,,,,\n"
            "site,visits,90,,,,\n"
            "site,conversion,0.05,,sam,,\n"
            ",,,,,reach,1200\n"
            ",,,,,signups,55\n");
  std::string path = dir.write("j.journey.yaml", k_journey);
  Analysis a = analyze(path);
  REQUIRE(a.journey);
  const Touchpoint& ad = a.journey->touchpoints[0];
  const Touchpoint& site = a.journey->touchpoints[1];
  CHECK(metric(ad, "views") == 180);  // October, the latest, over the YAML's 100
  CHECK(metric(ad, "clicks") == 4);   // the same in both: no conflict
  CHECK(metric(site, "visits") == 90);
  CHECK(metric(site, "conversion@sam") == Approx(0.05));
  CHECK(site.metrics.present);
  CHECK(site.metrics.span.line == 5);  // the data: entry, where the numbers come in
  CHECK(a.journey->kpis[0].actual.value == 1200);
  CHECK(a.journey->kpis[0].actual.span.line == 16);  // still the YAML's actual
  CHECK(a.journey->kpis[1].actual.usable());
  CHECK(rules_of(a) == std::vector<std::string>{"data-conflict", "data-conflict"});
  CHECK(a.inputs == std::vector<std::string>{(dir.path / "analytics/numbers.csv").string()});

  // Score's KPI check counts the merged actuals: both KPIs now meet their targets.
  REQUIRE(a.model != nullptr);
  Date today;
  Date::parse("2026-11-23", today);
  Scorecard card = score_journey(*a.journey, *a.model, path, today);
  bool seen = false;
  for (const CheckResult& check : card.checks) {
    if (check.id != "kpi-on-target") continue;
    seen = true;
    CHECK(check.score == Approx(10));
  }
  CHECK(seen);
}

TEST_CASE("rows naming what the journey lacks, or given twice, are reported", "[data]") {
  Folder dir;
  dir.write("analytics/numbers.csv",
            "touchpoint,metric,value,persona\n"
            "add,views,1,\n"
            "ad,views,2,samm\n"
            "ad,clicks,3,\n"
            "ad,clicks,3,\n");
  Analysis a = analyze(dir.write("j.journey.yaml", k_journey));
  // The journey's own finding first (clicks: 4 in the YAML), then those in the data file.
  CHECK(rules_of(a) == std::vector<std::string>{"data-conflict", "data-unknown-reference",
                                                "data-unknown-reference", "data-duplicate-row"});
  for (const Finding& f : a.report.findings) {
    if (f.rule == "data-unknown-reference") {
      CHECK(f.file == (dir.path / "analytics/numbers.csv").string());
      CHECK_FALSE(f.suggestion.empty());
    }
  }
  CHECK(a.has_errors());
}

TEST_CASE("a missing data file is an error at its entry and an input", "[data]") {
  Folder dir;
  Analysis a = analyze(dir.write("j.journey.yaml", k_journey));
  CHECK(rules_of(a) == std::vector<std::string>{"unusable-data"});
  CHECK(a.report.findings.front().span.line == 5);
  CHECK(a.inputs.size() == 1);
  CHECK(metric(a.journey->touchpoints[0], "views") == 100);  // the YAML's, untouched
}
