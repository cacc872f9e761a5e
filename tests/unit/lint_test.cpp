// SPDX-License-Identifier: Apache-2.0
// The lint engine: model resolution, selection, severities, flow, parallel ordering.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "journey/flow.hpp"
#include "journey/lint.hpp"
#include "journey/load.hpp"

using namespace journey;
namespace fs = std::filesystem;

namespace {

FileReport lint_text(const std::string& text, LintOptions options = {}) {
  Date::parse("2026-11-23", options.today);
  static const Config config = default_config();
  return lint_source(SourceText("t.journey.yaml", text), "t.journey.yaml", config, options);
}

std::vector<std::string> rules_of(const FileReport& r) {
  std::vector<std::string> out;
  for (const auto& f : r.findings) out.push_back(f.rule);
  return out;
}

const char* k_clean = R"(journey: Clean
model: purchase-funnel
reviewed: 2026-11-01
personas:
  - {id: li, name: Li, goals: [pass exams], frustrations: [no money]}
phases:
  orientation:
    touchpoints:
      - {id: ad, name: Ad, channel: social, emotion: 3, owner: marketing, personas: [li]}
  consideration:
    touchpoints:
      - {id: site, name: Site, channel: web, emotion: 4, owner: marketing}
  purchase:
    touchpoints:
      - {id: pay, name: Pay, channel: web, emotion: 4, owner: marketing}
kpis:
  - {id: a, phase: orientation}
  - {id: b, phase: consideration}
  - {id: c, phase: purchase}
)";

}  // namespace

TEST_CASE("a clean journey has no findings", "[lint]") {
  FileReport r = lint_text(k_clean);
  CHECK(r.findings.empty());
}

TEST_CASE("findings are sorted by position and carry severities", "[lint]") {
  std::string text = k_clean;
  text.replace(text.find("emotion: 4, owner: marketing}\n  purchase"), 10, "emotion: 9");
  text.replace(text.find("channel: social, "), 17, "");
  FileReport r = lint_text(text);
  REQUIRE(rules_of(r) == std::vector<std::string>{"missing-channel", "emotion-out-of-range"});
  CHECK(r.findings[0].severity == Severity::warning);
  CHECK(r.findings[1].severity == Severity::error);
  CHECK(r.findings[1].path == "phases.consideration.touchpoints[id=site].emotion");
}

TEST_CASE("select and ignore take rules and categories and syntax always shows", "[lint]") {
  std::string text = std::string(k_clean) + "extra: 1\n";
  text.replace(text.find("reviewed: 2026-11-01\n"), 21, "");
  LintOptions only_practice;
  only_practice.filter.select = {"practice"};
  CHECK(rules_of(lint_text(text, only_practice)) == std::vector<std::string>{"stale-review"});
  LintOptions ignore;
  ignore.filter.ignore = {"stale-review"};
  CHECK(rules_of(lint_text(text, ignore)) == std::vector<std::string>{"unknown-key"});
  LintOptions bad;
  bad.filter.select = {"stale-reveiw"};
  CHECK(bad.filter.validate().find("did you mean 'stale-review'") != std::string::npos);
  LintOptions none;
  none.filter.select = {"flow"};
  CHECK(rules_of(lint_text("a: [1,\n", none)) == std::vector<std::string>{"yaml-syntax"});
}

TEST_CASE("unknown models are reported with a suggestion and model files resolve", "[lint]") {
  std::string text = k_clean;
  text.replace(text.find("purchase-funnel"), 15, "purchase-funnle");
  FileReport r = lint_text(text);
  REQUIRE(rules_of(r) == std::vector<std::string>{"unknown-model"});
  CHECK(r.findings[0].suggestion == "purchase-funnel");

  fs::path dir = fs::temp_directory_path() / "journey-model-file-test";
  fs::create_directories(dir / "models");
  std::ofstream(dir / "models/two.yaml")
      << "id: two\nname: Two\nphases:\n  - {id: before, name: Before}\n"
         "  - {id: after, name: After, stage: post-purchase}\n";
  std::ofstream(dir / "j.journey.yaml")
      << "journey: J\nmodel: ./models/two.yaml\nreviewed: 2026-11-01\nphases:\n  before:\n"
         "    touchpoints: [{id: a, name: A, channel: web, emotion: 3}]\n  after:\n"
         "    touchpoints: [{id: b, name: B, channel: web, emotion: 3}]\n"
         "kpis: [{id: k, phase: before}, {id: l, phase: after}]\n";
  LintOptions options;
  Date::parse("2026-11-23", options.today);
  FileReport file = lint_file((dir / "j.journey.yaml").string(), default_config(), options);
  CHECK(file.findings.empty());
  std::ofstream(dir / "bad.journey.yaml") << "journey: J\nmodel: models/none.yaml\nphases: {}\n";
  FileReport bad = lint_file((dir / "bad.journey.yaml").string(), default_config(), options);
  bool unknown_model = false;
  for (const auto& f : bad.findings) unknown_model |= f.rule == "unknown-model";
  CHECK(unknown_model);
  fs::remove_all(dir);
}

TEST_CASE("the flow follows next, else file order, from the first phase and entries", "[flow]") {
  LoadResult r = load_journey(SourceText("f.yaml", R"(journey: F
model: aida
phases:
  interest:
    touchpoints:
      - {id: c, name: C, next: []}
      - {id: d, name: D, entry: true}
  attention:
    touchpoints:
      - {id: a, name: A, next: [c, missing]}
      - {id: b, name: B}
)"));
  REQUIRE(r.journey);
  Journey& j = *r.journey;
  j.phases[0].model_phase = 1;
  j.phases[1].model_phase = 0;
  Flow flow = build_flow(j);
  CHECK(flow.next[0].empty());                              // c: next: []
  CHECK(flow.next[1] == std::vector<std::size_t>{2});       // d -> a (file order)
  CHECK(flow.next[2] == std::vector<std::size_t>{0});       // a -> c, 'missing' left out
  CHECK(flow.starts == std::vector<std::size_t>{1, 2, 3});  // d (entry), a and b (attention)
  CHECK(reachable(flow) == std::vector<bool>{true, true, true, true});
}

TEST_CASE("lint_files reports in input order whatever the thread timing", "[lint][parallel]") {
  fs::path dir = fs::temp_directory_path() / "journey-parallel-test";
  fs::create_directories(dir);
  std::vector<std::string> files;
  for (int i = 0; i < 60; ++i) {
    fs::path p = dir / ("f" + std::to_string(i) + ".journey.yaml");
    std::ofstream(p) << (i % 7 == 0 ? std::string("journey: [") : std::string(k_clean));
    files.push_back(p.string());
  }
  auto config = std::make_shared<const Config>(default_config());
  std::vector<std::shared_ptr<const Config>> configs(files.size(), config);
  LintOptions options;
  Date::parse("2026-11-23", options.today);
  std::vector<std::string> order;
  std::size_t with_findings = 0;
  lint_files(files, configs, options, 4, [&](FileReport& report) {
    order.push_back(report.name);
    if (!report.findings.empty()) ++with_findings;
  });
  CHECK(order == files);
  CHECK(with_findings == 9);
  fs::remove_all(dir);
}

TEST_CASE("an exception while linting in parallel reaches the caller", "[lint][parallel]") {
  fs::path dir = fs::temp_directory_path() / "journey-parallel-throw-test";
  fs::create_directories(dir);
  std::vector<std::string> files;
  for (int i = 0; i < 40; ++i) {
    fs::path p = dir / ("f" + std::to_string(i) + ".journey.yaml");
    std::ofstream(p) << k_clean;
    files.push_back(p.string());
  }
  auto config = std::make_shared<const Config>(default_config());
  std::vector<std::shared_ptr<const Config>> configs(files.size(), config);
  int emitted = 0;
  // Without the exception carried back and the workers joined, this would end in std::terminate.
  CHECK_THROWS_WITH(lint_files(files, configs, LintOptions{}, 4,
                               [&](FileReport&) {
                                 if (++emitted == 3) throw std::runtime_error("disk full");
                               }),
                    "disk full");
  CHECK(emitted == 3);
  fs::remove_all(dir);
}

TEST_CASE("stops-at-purchase names the missing phases as the journey writes its keys") {
  const char* dutch = R"(journey: Winkel
model: five-stage
phases:
  oriëntatie:
    touchpoints:
      - {id: ad, name: Advertentie, channel: social, emotion: 3}
  aankoop:
    touchpoints:
      - {id: pay, name: Afrekenen, channel: web, emotion: 4}
  gebruik: {}
)";
  auto message_of = [](const FileReport& r) {
    for (const auto& f : r.findings) {
      if (f.rule == "stops-at-purchase") return f.message;
    }
    return std::string();
  };
  CHECK_THAT(message_of(lint_text(dutch)),
             Catch::Contains("no touchpoints in 'gebruik', 'loyaliteit'"));
  std::string english = dutch;
  english.replace(english.find("oriëntatie"), 11, "orientation");
  english.replace(english.find("aankoop"), 7, "purchase");
  english.replace(english.find("gebruik"), 7, "usage");
  CHECK_THAT(message_of(lint_text(english)),
             Catch::Contains("no touchpoints in 'usage', 'loyalty'"));
}
