// SPDX-License-Identifier: Apache-2.0
// Built-in and user-defined journey models.
#include <catch2/catch.hpp>

#include "journey/model.hpp"

using namespace journey;

TEST_CASE("the built-in models are all there, valid and in order", "[models]") {
  const ModelCatalog& catalog = ModelCatalog::builtin();
  const std::vector<std::pair<std::string, std::vector<std::string>>> expected = {
      {"see-think-do-care", {"see", "think", "do", "care"}},
      {"five-stage", {"orientation", "consideration", "purchase", "usage", "loyalty"}},
      {"aida", {"attention", "interest", "desire", "action"}},
      {"awareness-loyalty", {"awareness", "familiarity", "consideration", "purchase", "loyalty"}},
      {"consumer-decision-journey",
       {"initial-consideration", "active-evaluation", "moment-of-purchase",
        "post-purchase-experience", "loyalty-loop"}},
      {"purchase-funnel", {"orientation", "consideration", "purchase"}},
  };
  for (const auto& [id, phases] : expected) {
    INFO(id);
    const Model* m = catalog.find(id);
    REQUIRE(m != nullptr);
    std::vector<std::string> ids;
    for (const auto& p : m->phases) ids.push_back(p.id);
    CHECK(ids == phases);
    for (const auto& p : m->phases) {
      CHECK_FALSE(p.name_en.empty());
      CHECK_FALSE(p.name_nl.empty());
    }
  }
}

TEST_CASE("five-stage speaks Dutch and accepts Dutch aliases", "[models]") {
  const Model* m = ModelCatalog::builtin().find("five-stage");
  REQUIRE(m != nullptr);
  CHECK(m->phases[0].name(Language::nl) == "Oriëntatie");
  CHECK(m->phases[1].name(Language::nl) == "Afweging");
  CHECK(m->phases[4].name(Language::nl) == "Loyaliteit");
  CHECK(m->find_phase("oriëntatie") == 0);
  CHECK(m->find_phase("gebruik") == 3);
  CHECK(m->find_phase("nothing") == -1);
  REQUIRE(m->loop);
  CHECK(m->phases[m->loop->first].id == "loyalty");
  CHECK(m->phases[m->loop->second].id == "consideration");
}

TEST_CASE("post-purchase stages and loops", "[models]") {
  const ModelCatalog& c = ModelCatalog::builtin();
  CHECK(c.find("see-think-do-care")->has_post_purchase());
  CHECK_FALSE(c.find("aida")->has_post_purchase());
  CHECK_FALSE(c.find("purchase-funnel")->has_post_purchase());
  CHECK(c.find("consumer-decision-journey")->loop.has_value());
  CHECK_FALSE(c.find("aida")->loop.has_value());
}

TEST_CASE("a user model loads and a broken one reports every problem with positions", "[models]") {
  ModelLoadResult ok = load_model(SourceText("m.yaml", R"(id: mine
name: Mine
loop: {from: b, to: a}
phases:
  - {id: a, name: A, stage: pre-purchase, aliases: [alpha]}
  - {id: b, name: {en: B, nl: Be}, stage: post-purchase}
)"));
  REQUIRE(ok.model);
  CHECK(ok.model->find_phase("alpha") == 0);
  CHECK(ok.model->phases[1].name(Language::nl) == "Be");
  CHECK(ok.model->loop == std::make_pair(1, 0));

  ModelLoadResult bad = load_model(SourceText("m.yaml", R"(id: mine
phases:
  - {id: a, name: A, stage: during}
  - {id: a, name: A2, colour: red}
loop: {from: z, to: a}
)"));
  CHECK_FALSE(bad.model);
  std::vector<std::string> rules;
  for (const auto& f : bad.findings) rules.push_back(f.rule);
  CHECK(rules == std::vector<std::string>{"invalid-value", "unknown-key", "duplicate-id",
                                          "missing-field", "unknown-reference"});
}
