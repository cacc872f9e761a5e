// SPDX-License-Identifier: Apache-2.0
// journey score: every formula on a small hand-made journey, expected values worked out by hand
// in the comments.
#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <sstream>

#include "journey/lint.hpp"
#include "journey/messages.hpp"
#include "journey/score.hpp"

using namespace journey;

namespace {

const char* k_journey = R"(journey: Score me
model: purchase-funnel
reviewed: 2026-08-25
personas:
  - {id: a, name: A, description: d, goals: [g], frustrations: [f], channels: [web]}
  - {id: b, name: B, goals: [g]}
phases:
  orientation:
    touchpoints:
      - {id: ad, name: Ad, channel: social, emotion: 5, owner: mkt, pains: [p1],
         opportunities: [o1], metrics: {visits: 1000}, next: [site]}
      - {id: blog, name: Blog, channel: web, emotion: 3, owner: mkt, metrics: {visits: 500},
         next: [site]}
  consideration:
    touchpoints:
      - {id: site, name: Site, channel: web, emotion: 2, owner: web, pains: [p2, p3],
         metrics: {visits: 400}, next: [pay]}
  purchase:
    touchpoints:
      - {id: pay, name: Pay, channel: web, emotion: 4, metrics: {orders: 100}}
kpis:
  - {id: k1, phase: orientation, target: 10, actual: 12}
  - {id: k2, phase: purchase, target: 5, actual: 6, better: lower}
  - {id: k3, phase: purchase, target: 5}
)";

Date today() {
  Date d;
  Date::parse("2026-11-23", d);
  return d;
}

Scorecard card_of(const std::string& text, const ScoreSettings& settings = {}) {
  static std::vector<Analysis> keep;
  static const Config config = default_config();
  keep.push_back(analyze_source(SourceText("s.journey.yaml", text), "s.journey.yaml", config, {}));
  const Analysis& a = keep.back();
  REQUIRE(a.journey);
  REQUIRE(a.model != nullptr);
  return score_journey(*a.journey, *a.model, "s.journey.yaml", today(), settings);
}

// A check's or a category's score as the scorecard keeps it: one decimal, as shown and gated.
double one_decimal(double exact) {
  return std::round(exact * 10) / 10;
}

const CheckResult& check(const Scorecard& card, const std::string& id) {
  for (const auto& c : card.checks) {
    if (c.id == id) return c;
  }
  FAIL("no check " << id);
  return card.checks.front();
}

}  // namespace

TEST_CASE("each check's formula, by hand", "[score]") {
  Scorecard card = card_of(k_journey);
  // Coverage: 3 of 3 phases; purchase-funnel has no post-purchase phase; of the 3 phases (each
  // expecting several channels) only orientation uses two (social, web).
  CHECK(check(card, "phase-coverage").score == Approx(one_decimal(10)));
  CHECK_FALSE(check(card, "post-purchase").applicable);
  CHECK(check(card, "channel-mix").score == Approx(one_decimal(10.0 / 3)));
  // Experience: emotions 5, 3, 2, 4. Mean 3.5 -> (3.5 - 1) / 4 * 10 = 6.25; lowest 2 -> 2.5;
  // last phase (purchase) 4 -> 7.5; weakest phase consideration 2 -> 2.5.
  CHECK(check(card, "mean-emotion").score == Approx(one_decimal(6.25)));
  CHECK(check(card, "lowest-emotion").score == Approx(one_decimal(2.5)));
  CHECK(check(card, "last-phase-emotion").score == Approx(one_decimal(7.5)));
  CHECK(check(card, "weakest-phase").score == Approx(one_decimal(2.5)));
  // Friction: 3 pains / 4 touchpoints = 0.75 -> 10 * (1 - 0.75 / 3) = 7.5; the 2 pains of 'site'
  // have no opportunity -> 1 of 3 addressed = 3.33.
  CHECK(check(card, "pains-per-touchpoint").score == Approx(one_decimal(7.5)));
  CHECK(check(card, "unaddressed-pains").score == Approx(one_decimal(10.0 / 3)));
  // Measurement: KPIs on 2 of 3 covered phases; 2 of 3 KPIs complete; k1 meets (12 >= 10),
  // k2 does not (lower is better, 6 > 5); counts 1000, 500, 400, 100: the worst step keeps 25%.
  CHECK(check(card, "kpi-coverage").score == Approx(one_decimal(20.0 / 3)));
  CHECK(check(card, "kpi-completeness").score == Approx(one_decimal(20.0 / 3)));
  CHECK(check(card, "kpi-on-target").score == Approx(one_decimal(5)));
  CHECK(check(card, "conversion").score == Approx(one_decimal(2.5)));
  CHECK(check(card, "conversion").reason ==
        "largest drop-off 75% from 'site' to 'pay' (4 counted touchpoints)");
  // Ownership: 3 of 4 owned; handoffs ad->site and blog->site (mkt -> web), none documented
  // (site -> pay does not count: pay has no owner).
  CHECK(check(card, "owned-touchpoints").score == Approx(one_decimal(7.5)));
  CHECK(check(card, "documented-handoffs").score == Approx(one_decimal(0)));
  // Freshness: 90 days old -> full marks. Personas: a has all 10 points, b only goals (3).
  CHECK(check(card, "review-age").score == Approx(one_decimal(10)));
  CHECK(check(card, "persona-depth").score == Approx(one_decimal(6.5)));
}

TEST_CASE("categories and the weighted total", "[score]") {
  Scorecard card = card_of(k_journey);
  // coverage (10 + 3.333) / 2; experience (6.25 + 2.5 + 7.5 + 2.5) / 4; friction
  // (7.5 + 3.333) / 2; measurement (6.667 + 6.667 + 5 + 2.5) / 4; ownership 3.75; freshness 10;
  // personas 6.5. Total = 10 * sum(weight * score) / 100 with weights 20, 25, 15, 20, 10, 5, 5.
  double expected =
      10 *
      (20 * 6.6667 + 25 * 4.6875 + 15 * 5.41667 + 20 * 5.20833 + 10 * 3.75 + 5 * 10 + 5 * 6.5) /
      100;
  // Each is rounded once, from the unrounded scores below it: the total to a whole number (55.59
  // is 56), a category to one decimal.
  CHECK(card.total == std::round(expected));
  CHECK(card.categories[0].score == Approx(6.7));
}

TEST_CASE("weights and minimums from settings", "[score]") {
  ScoreSettings only_experience;
  for (const auto& [id, w] : score_categories()) only_experience.weights[id] = 0;
  only_experience.weights["experience"] = 1;
  CHECK(card_of(k_journey, only_experience).total == 47);  // 46.875, shown and gated as 47
  ScoreSettings mins;
  mins.minimums["mean-emotion"] = 7;
  mins.minimums["total"] = 50;
  mins.minimums["post-purchase"] = 9;  // not applicable: neither passes nor fails
  Scorecard card = card_of(k_journey, mins);
  REQUIRE(card.minimums.size() == 3);
  CHECK_FALSE(card.minimums_met());
  for (const auto& m : card.minimums) {
    if (m.check == "mean-emotion") CHECK_FALSE(m.met);
    if (m.check == "total") CHECK(m.met);
    if (m.check == "post-purchase") CHECK((m.met && !m.applicable));
  }
}

TEST_CASE("not applicable checks are left out, no KPIs scores zero", "[score]") {
  Scorecard bare = card_of(R"(journey: Bare
model: aida
phases:
  attention:
    touchpoints:
      - {id: a, name: A}
)");
  CHECK_FALSE(check(bare, "mean-emotion").applicable);
  CHECK_FALSE(check(bare, "conversion").applicable);
  CHECK_FALSE(check(bare, "unaddressed-pains").applicable);
  CHECK(check(bare, "kpi-completeness").applicable);
  CHECK(check(bare, "kpi-completeness").score == 0);
  CHECK(check(bare, "review-age").score == 0);
  CHECK(check(bare, "persona-depth").score == 0);
  for (const auto& cat : bare.categories) {
    if (cat.id == "experience") CHECK_FALSE(cat.applicable);
  }
}

TEST_CASE("the phase table names phases in the journey's language unless insisted otherwise",
          "[score]") {
  const std::string phases = R"(
phases:
  zien:
    touchpoints:
      - {id: a, name: A, emotion: 3}
)";
  Scorecard english = card_of("journey: J\nmodel: see-think-do-care" + phases);
  Scorecard dutch = card_of("journey: J\nmodel: see-think-do-care\nlang: nl" + phases);
  REQUIRE(!dutch.phases.empty());
  CHECK(english.phases.front().phase == "See");
  CHECK(dutch.phases.front().phase == "Zien");
  CHECK(dutch.phases.front().touchpoints == 1);
  use_message_language(Language::en);  // readies the Dutch catalog, as a program does at start
  CHECK(card_of("journey: J\nmodel: see-think-do-care\nlang: nl" + phases).checks.front().reason ==
        "1 van 4 fasen hebben contactmomenten");
  {
    MessageLanguageScope insisted(Language::en, true);  // as --lang en or a report site does
    Scorecard english_anyway = card_of("journey: J\nmodel: see-think-do-care\nlang: nl" + phases);
    CHECK(english_anyway.phases.front().phase == "See");
    CHECK(english_anyway.checks.front().reason == "1 of 4 phases have touchpoints");
  }
}

TEST_CASE("scorecards are deterministic and have every format", "[score]") {
  Scorecard card = card_of(k_journey);
  for (ScoreFormat f : {ScoreFormat::text, ScoreFormat::json, ScoreFormat::markdown}) {
    std::ostringstream a, b;
    write_scorecards({card, card_of(k_journey)}, f, true, a);
    write_scorecards({card, card_of(k_journey)}, f, true, b);
    CHECK(a.str() == b.str());
  }
  std::ostringstream json;
  write_scorecards({card}, ScoreFormat::json, false, json);
  CHECK(json.str().find("\"id\": \"post-purchase\", \"category\": \"coverage\", \"applicable\": "
                        "false, \"score\": null") != std::string::npos);
}

TEST_CASE("docs/scoring.md and man/journey-score.1 document every check", "[score][docs]") {
  auto read = [](const char* name) {
    std::ifstream in(std::string(JOURNEY_SOURCE_DIR) + "/" + name);
    std::ostringstream b;
    b << in.rdbuf();
    return b.str();
  };
  std::string doc = read("docs/scoring.md"), man = read("man/journey-score.1");
  for (const auto& c : score_checks()) {
    std::string roff;
    for (char ch : std::string(c.id)) roff += ch == '-' ? std::string("\\-") : std::string(1, ch);
    INFO(c.id);
    CHECK(doc.find(std::string("`") + c.id + "`") != std::string::npos);
    CHECK(man.find(".B " + roff) != std::string::npos);
  }
}
