// SPDX-License-Identifier: Apache-2.0
// The lanes of a journey map in the format: actions, thoughts, per-persona emotions, pain
// severity, backstage, support, moments of truth and phase roles, through every subcommand's
// library call: loading (and bad input), rules, diff kinds, score, textconv, Mermaid.
#include <catch2/catch.hpp>
#include <set>
#include <sstream>

#include "journey/diff.hpp"
#include "journey/lint.hpp"
#include "journey/render.hpp"
#include "journey/score.hpp"

using namespace journey;

namespace {

const char* k_lanes = R"(journey: Lanes
model: purchase-funnel
reviewed: 2026-11-01
personas:
  - {id: ann, name: Ann}
  - {id: bob, name: Bob}
phases:
  orientation:
    role: visitor
    touchpoints:
      - id: ad
        name: Ad
        channel: social
        actions: [scrolls, clicks]
        thoughts: [looks light]
        emotion: {ann: 4, bob: 2}
        pains:
          - plain pain
          - {text: price hidden, severity: blocker}
          - {text: small print, severity: minor}
        opportunities: [show the price]
        backstage: [{text: campaign set-up, owner: marketing}, media buying]
        support: [Meta ads]
        moment: first impression
        next: [pay]
  purchase:
    touchpoints:
      - {id: pay, name: Pay, channel: web, emotion: 3, moment: true}
)";

Analysis load(const std::string& text) {
  static const Config config = default_config();
  LintOptions options;
  Date::parse("2026-11-23", options.today);
  return analyze_source(SourceText("l.journey.yaml", text), "l.journey.yaml", config, options);
}

std::string edit(std::string text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

std::set<std::string> rules_of(const Analysis& a) {
  std::set<std::string> out;
  for (const Finding& f : a.report.findings) out.insert(f.rule);
  return out;
}

std::multiset<std::string> kinds(const std::string& before, const std::string& after) {
  static std::vector<Analysis> keep;
  keep.push_back(load(before));
  keep.push_back(load(after));
  const Analysis& a = keep[keep.size() - 2];
  const Analysis& b = keep.back();
  REQUIRE(a.journey);
  REQUIRE(b.journey);
  DiffResult r = diff_journeys({"a", &*a.journey, a.model}, {"b", &*b.journey, b.model});
  std::multiset<std::string> out;
  for (const Change& c : r.changes) out.insert(c.kind + "/" + to_string(c.change_class));
  return out;
}

}  // namespace

TEST_CASE("every lane loads with its positions", "[lanes][load]") {
  Analysis a = load(k_lanes);
  REQUIRE(a.journey);
  CHECK_FALSE(a.has_errors());
  const Touchpoint& ad = a.journey->touchpoints.at(0);
  CHECK(ad.actions.value.size() == 2);
  CHECK(ad.thoughts.value.at(0).value == "looks light");
  CHECK_FALSE(ad.emotion.present);
  REQUIRE(ad.persona_emotions.value.size() == 2);
  CHECK(ad.persona_emotions.value[1].persona.value == "bob");
  CHECK(ad.persona_emotions.value[1].value.value == 2);
  CHECK(ad.persona_emotions.value[1].value.span.line == 16);
  REQUIRE(ad.pains.value.size() == 3);
  CHECK(ad.pains.value[0].severity.present == false);
  CHECK(ad.pains.value[1].severity.value == PainSeverity::blocker);
  CHECK(ad.pains.value[1].value == "price hidden");
  CHECK(ad.pains.value[2].severity.value == PainSeverity::minor);
  REQUIRE(ad.backstage.value.size() == 2);
  CHECK(ad.backstage.value[0].owner.value == "marketing");
  CHECK(ad.backstage.value[1].value == "media buying");
  CHECK(ad.support.value.at(0).value == "Meta ads");
  CHECK(ad.moment.value);
  CHECK(ad.moment_name.value == "first impression");
  CHECK(a.journey->phases.at(0).role.value == "visitor");
  CHECK(a.journey->touchpoints.at(1).moment.value);
  CHECK(emotion_of(ad, "ann") == 4);
  CHECK(emotion_of(ad) == std::nullopt);
  CHECK(emotion_of(a.journey->touchpoints.at(1), "bob") == 3);  // a plain number is everyone's
  CHECK(emotion_subjects(*a.journey) == std::vector<std::string>{"ann", "bob"});
}

TEST_CASE("bad input in the new structures gets positioned findings", "[lanes][load]") {
  auto findings = [](const std::string& text) {
    Analysis a = load(text);
    std::vector<std::string> out;
    for (const Finding& f : a.report.findings) {
      out.push_back(f.rule + "@" + std::to_string(f.span.line) + ":" +
                    std::to_string(f.span.column));
    }
    return out;
  };
  auto has = [](const std::vector<std::string>& list, const std::string& s) {
    return std::find(list.begin(), list.end(), s) != list.end();
  };
  // A map where a list is expected.
  CHECK(has(findings(edit(k_lanes, "actions: [scrolls, clicks]", "actions: {a: b}")),
            "wrong-type@14:18"));
  // An emotion of 7 for one persona.
  CHECK(has(findings(edit(k_lanes, "{ann: 4, bob: 2}", "{ann: 4, bob: 7}")),
            "emotion-out-of-range@16:32"));
  // A severity of "huge", with a did-you-mean for near misses.
  auto huge = findings(edit(k_lanes, "severity: blocker", "severity: huge"));
  CHECK(has(huge, "invalid-value@19:44"));
  Analysis near = load(edit(k_lanes, "severity: blocker", "severity: blockr"));
  bool suggested = false;
  for (const Finding& f : near.report.findings) suggested = suggested || f.suggestion == "blocker";
  CHECK(suggested);
  // An unknown persona in an emotion map, and an unknown key in a pain.
  CHECK(has(findings(edit(k_lanes, "{ann: 4, bob: 2}", "{ann: 4, bobb: 2}")),
            "unknown-reference@16:27"));
  CHECK(has(findings(edit(k_lanes, "{text: small print,", "{txt: small print,")),
            "unknown-key@20:14"));
  // 10,000 personas in one emotion map: capped at 1,000 with one finding, no crash.
  std::string map = "{";
  for (int i = 0; i < 10000; ++i) map += (i ? ", p" : "p") + std::to_string(i) + ": 3";
  map += "}";
  Analysis big = load(edit(k_lanes, "{ann: 4, bob: 2}", map));
  REQUIRE(big.journey);
  CHECK(big.journey->touchpoints.at(0).persona_emotions.value.size() == 1000);
  CHECK(rules_of(big).count("input-limit"));
  CHECK(big.report.findings.size() <= k_max_findings + 1);
}

TEST_CASE("the new practice rules and the emotion rules per persona", "[lanes][rules]") {
  Analysis a = load(edit(k_lanes, "        opportunities: [show the price]\n", ""));
  std::set<std::string> rules = rules_of(a);
  CHECK(rules.count("blocker-without-opportunity"));
  CHECK_FALSE(rules.count("pain-without-opportunity"));  // the blocker rule says it louder
  CHECK(rules.count("low-moment-of-truth"));             // Bob feels 2 at a moment of truth
  Analysis drop = load(edit(k_lanes, "emotion: 3, moment: true", "emotion: 1, moment: true"));
  CHECK(rules_of(drop).count("emotion-drop"));  // Ann 4 -> 1
}

TEST_CASE("diff reports each new kind with its class", "[lanes][diff]") {
  auto k = [&](const std::string& from, const std::string& to) {
    return kinds(k_lanes, edit(k_lanes, from, to));
  };
  CHECK(k("{ann: 4, bob: 2}", "{ann: 4, bob: 1}") ==
        std::multiset<std::string>{"persona-emotion-decreased/regression"});
  CHECK(k("{ann: 4, bob: 2}", "{ann: 5, bob: 2}") ==
        std::multiset<std::string>{"persona-emotion-increased/change"});
  CHECK(k("{ann: 4, bob: 2}", "{ann: 4}") ==
        std::multiset<std::string>{"persona-emotion-removed/change"});
  CHECK(k("{text: small print, severity: minor}", "{text: small print, severity: blocker}") ==
        std::multiset<std::string>{"pain-severity-raised/regression"});
  CHECK(k("{text: price hidden, severity: blocker}", "{text: price hidden, severity: minor}") ==
        std::multiset<std::string>{"pain-severity-lowered/change"});
  CHECK(k("actions: [scrolls, clicks]", "actions: [scrolls, taps]") ==
        std::multiset<std::string>{"action-added/change", "action-removed/change"});
  CHECK(k("thoughts: [looks light]", "thoughts: [looks heavy]") ==
        std::multiset<std::string>{"thought-added/info", "thought-removed/info"});
  CHECK(k(", media buying]", "]") == std::multiset<std::string>{"backstage-removed/change"});
  CHECK(k("owner: marketing}", "owner: sales}") ==
        std::multiset<std::string>{"backstage-changed/info"});
  CHECK(k("support: [Meta ads]", "support: [Meta ads, CRM]") ==
        std::multiset<std::string>{"support-added/change"});
  CHECK(k("moment: first impression", "moment: the first look") ==
        std::multiset<std::string>{"moment-changed/info"});
  CHECK(k("emotion: 3, moment: true", "emotion: 3") ==
        std::multiset<std::string>{"moment-removed/change"});
  CHECK(k("role: visitor", "role: lead") == std::multiset<std::string>{"phase-role-changed/info"});
}

TEST_CASE("textconv prints every lane", "[lanes][textconv]") {
  Analysis a = load(k_lanes);
  std::ostringstream out;
  write_textconv(*a.journey, out);
  for (const char* fact :
       {"phase orientation: role visitor", "touchpoint orientation/ad: action scrolls",
        "touchpoint orientation/ad: thought looks light",
        "touchpoint orientation/ad: emotion ann 4",
        "touchpoint orientation/ad: pain price hidden [blocker]",
        "touchpoint orientation/ad: backstage campaign set-up (marketing)",
        "touchpoint orientation/ad: support Meta ads",
        "touchpoint orientation/ad: moment first impression",
        "touchpoint purchase/pay: moment true"}) {
    INFO(fact);
    CHECK(out.str().find(std::string(fact) + "\n") != std::string::npos);
  }
}

TEST_CASE("score counts each persona's values and weighs blockers", "[lanes][score]") {
  Analysis a = load(k_lanes);
  Date today;
  Date::parse("2026-11-23", today);
  Scorecard card = score_journey(*a.journey, *a.model, "l", today);
  auto check = [&](const std::string& id) {
    for (const auto& c : card.checks) {
      if (c.id == id) return c;
    }
    FAIL("no check " << id);
    return CheckResult{};
  };
  // Values: ann 4, bob 2 at the ad; 3 at pay (plain). Mean (4 + 2 + 3) / 3 = 3 -> 5.0.
  CHECK(check("mean-emotion").score == Approx(5.0));
  // Lowest 2 -> (2 - 1) / 4 * 10 = 2.5.
  CHECK(check("lowest-emotion").score == Approx(2.5));
  // Pain weights: plain 1 + blocker 3 + minor 0.5 = 4.5 over 2 touchpoints = 2.25 per
  // touchpoint -> 10 * (1 - 2.25 / 3) = 2.5.
  CHECK(check("pains-per-touchpoint").score == Approx(2.5));
  CHECK(check("unaddressed-pains").score ==
        Approx(10.0));  // all on a touchpoint with an opportunity
}

TEST_CASE("Mermaid exports the mean of the personas and lists them", "[lanes][render]") {
  Analysis a = load(k_lanes);
  RenderResult r = render(*a.journey, *a.model, {}, RenderFormat::mermaid);
  REQUIRE(r.ok);
  CHECK(r.data.find("      Ad: 3: Ann, Bob\n") != std::string::npos);  // (4 + 2) / 2
  CHECK(r.data.find("      Pay: 3: Ann, Bob\n") != std::string::npos);
}
