// SPDX-License-Identifier: Apache-2.0
// Loading journeys: fields, types, positions and schema findings.
#include <catch2/catch.hpp>

#include "journey/load.hpp"

using namespace journey;

namespace {

LoadResult load(const std::string& text) {
  return load_journey(SourceText("t.journey.yaml", text));
}

std::vector<std::string> rules_of(const Findings& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings) out.push_back(f.rule);
  return out;
}

const char* k_small = R"(journey: Small
model: aida
state: future
reviewed: 2026-10-01
personas:
  - id: sam
    name: Sam
    goals: [one]
phases:
  attention:
    goal: be seen
    touchpoints:
      - id: ad
        name: Ad
        channel: social
        personas: [sam]
        emotion: 4
        metrics: {reach: 1200, ctr: 0.02}
        next: [site]
  interest:
    touchpoints:
      - id: site
        name: Site
        entry: true
kpis:
  - {id: reach, phase: attention, target: 1000, actual: 1200, unit: people}
)";

}  // namespace

TEST_CASE("a valid journey loads every field with positions", "[load]") {
  LoadResult r = load(k_small);
  REQUIRE(r.journey);
  CHECK(r.findings.empty());
  const Journey& j = *r.journey;
  CHECK(j.title.value == "Small");
  CHECK(j.model.value == "aida");
  CHECK(j.state.value == JourneyState::future);
  REQUIRE(j.personas.size() == 1);
  CHECK(j.personas[0].goals.value.size() == 1);
  REQUIRE(j.phases.size() == 2);
  CHECK(j.phases[0].key.value == "attention");
  CHECK(j.phases[0].goal.value == "be seen");
  REQUIRE(j.touchpoints.size() == 2);
  const Touchpoint& ad = j.touchpoints[0];
  CHECK(ad.id.span.line == 13);
  CHECK(ad.id.span.column == 13);
  CHECK(ad.emotion.value == 4);
  CHECK(ad.emotion.span.line == 17);
  REQUIRE(ad.metrics.value.size() == 2);
  CHECK(ad.metrics.value[1].name.value == "ctr");
  CHECK(ad.metrics.value[1].value.value == Approx(0.02));
  CHECK(ad.next.value.at(0).value == "site");
  CHECK(j.touchpoints[1].phase == 1);
  CHECK(j.touchpoints[1].entry.value);
  REQUIRE(j.kpis.size() == 1);
  CHECK(j.kpis[0].target.value == 1000);
  CHECK(touchpoint_path(j, ad, "channel") == "phases.attention.touchpoints[id=ad].channel");
}

TEST_CASE("a touchpoint without an id is named by its place in its phase", "[load]") {
  LoadResult r = load(
      "journey: x\nmodel: aida\nphases:\n  attention:\n    touchpoints: [{name: A}, {name: B}]\n"
      "  interest:\n    touchpoints: [{name: C}, {id: d}, {name: E}]\n");
  REQUIRE(r.journey);
  const Journey& j = *r.journey;
  REQUIRE(j.touchpoints.size() == 5);
  CHECK(touchpoint_path(j, j.touchpoints[1], "") == "phases.attention.touchpoints[1]");
  CHECK(touchpoint_path(j, j.touchpoints[2], "name") == "phases.interest.touchpoints[0].name");
  CHECK(touchpoint_path(j, j.touchpoints[3], "") == "phases.interest.touchpoints[id=d]");
  CHECK(touchpoint_path(j, j.touchpoints[4], "") == "phases.interest.touchpoints[2]");
  Touchpoint stranger = j.touchpoints[4];  // a copy, in no phase's list: no position
  CHECK(touchpoint_path(j, stranger, "") == "phases.interest.touchpoints");
}

TEST_CASE("unknown keys get a did-you-mean and their YAML path", "[load]") {
  LoadResult r = load(
      "journey: x\nmodel: aida\nphases:\n  attention:\n    touchpoints:\n"
      "      - id: ad\n        name: Ad\n        emoton: 3\n        x-jira: J-1\n");
  REQUIRE(r.findings.size() == 1);
  const Finding& f = r.findings[0];
  CHECK(f.rule == "unknown-key");
  CHECK(f.suggestion == "emotion");
  CHECK(f.path == "phases.attention.touchpoints[id=ad].emoton");
  CHECK(f.span.line == 8);
  CHECK(f.span.column == 9);
}

TEST_CASE("wrong types are reported and leave the field invalid", "[load]") {
  LoadResult r = load(
      "journey: [a]\nmodel: aida\nphases:\n  attention:\n    touchpoints:\n"
      "      - id: ad\n        name: Ad\n        emotion: '4'\n"
      "        pains: slow\n        metrics: {visits: many}\n");
  CHECK(rules_of(r.findings) ==
        std::vector<std::string>{"wrong-type", "wrong-type", "wrong-type", "wrong-type"});
  const Touchpoint& tp = r.journey->touchpoints.at(0);
  CHECK(tp.emotion.present);
  CHECK_FALSE(tp.emotion.valid);
  CHECK(r.findings[1].message.find("remove the quotes") != std::string::npos);
  CHECK(r.findings[2].message.find("write [slow]") != std::string::npos);
}

TEST_CASE("numbers are plain YAML numbers only", "[load]") {
  for (const char* bad : {"0x4", "4.0", "'4'", "four", "~", "[4]"}) {
    LoadResult r = load(std::string("journey: x\nmodel: aida\nphases:\n  attention:\n"
                                    "    touchpoints:\n      - {id: a, name: A, emotion: ") +
                        bad + "}\n");
    INFO(bad);
    CHECK(rules_of(r.findings) == std::vector<std::string>{"wrong-type"});
  }
  LoadResult ok = load(
      "journey: x\nmodel: aida\nphases:\n  attention:\n    touchpoints:\n"
      "      - {id: a, name: A, emotion: +4, metrics: {x: -1.5e3}}\n");
  CHECK(ok.findings.empty());
  CHECK(ok.journey->touchpoints[0].metrics.value[0].value.value == -1500);
}

TEST_CASE("required fields are reported at their parent", "[load]") {
  LoadResult r = load("description: nothing else\n");
  CHECK(rules_of(r.findings) ==
        std::vector<std::string>{"missing-field", "missing-field", "missing-field"});
  LoadResult tp = load(
      "journey: x\nmodel: aida\nphases:\n  attention:\n    touchpoints:\n"
      "      - channel: web\n");
  CHECK(rules_of(tp.findings) == std::vector<std::string>{"missing-field", "missing-field"});
  CHECK(tp.findings[0].span.line == 6);
}

TEST_CASE("enumerations and dates are validated", "[load]") {
  LoadResult r = load(
      "journey: x\nmodel: aida\nstate: currrent\nreviewed: 2026-02-30\nphases:\n"
      "  attention:\n    touchpoints:\n"
      "      - {id: a, name: A, evidence: guessed, senses: [see, smel]}\n");
  CHECK(rules_of(r.findings) == std::vector<std::string>{"invalid-value", "invalid-value",
                                                         "invalid-value", "invalid-value"});
  CHECK(r.findings[0].suggestion == "current");
  CHECK(r.findings[3].suggestion == "smell");
}

TEST_CASE("a file that is not a map is not a journey", "[load]") {
  LoadResult r = load("- just\n- a list\n");
  CHECK_FALSE(r.journey);
  CHECK(rules_of(r.findings) == std::vector<std::string>{"wrong-type"});
}
