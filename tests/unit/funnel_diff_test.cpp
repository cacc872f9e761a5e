// SPDX-License-Identifier: Apache-2.0
// Funnels in a diff: declared and dropped, and a step's conversion falling (a regression) or
// rising by a percentage point or more between two versions' counts.
#include <catch2/catch.hpp>

#include "journey/diff.hpp"
#include "journey/lint.hpp"

using namespace journey;

namespace {

// Three steps counted from their visits: 1000, then `product`, then `cart`.
std::string shop(int product, int cart, const std::string& funnels = "funnels: [{id: buy}]\n") {
  return "journey: Shop\nmodel: see-think-do-care\nphases:\n  see:\n    touchpoints:\n"
         "      - {id: home, name: Home, metrics: {visits: 1000}}\n"
         "      - {id: product, name: Product, metrics: {visits: " +
         std::to_string(product) +
         "}}\n      - {id: cart, name: Cart, metrics: {visits: " + std::to_string(cart) + "}}\n" +
         funnels;
}

Analysis analyze(const std::string& text) {
  static const Config config = default_config();
  return analyze_source(SourceText("s.journey.yaml", text), "s.journey.yaml", config, {});
}

std::vector<Change> funnel_changes(const std::string& before, const std::string& after) {
  Analysis a = analyze(before), b = analyze(after);
  REQUIRE(a.journey);
  REQUIRE(b.journey);
  DiffResult r = diff_journeys({"a", &*a.journey, a.model, &a.funnels},
                               {"b", &*b.journey, b.model, &b.funnels});
  std::vector<Change> out;
  for (const Change& c : r.changes) {
    if (c.kind.rfind("funnel-", 0) == 0) out.push_back(c);
  }
  return out;
}

}  // namespace

TEST_CASE("a step whose conversion falls is a regression, one that rises a change", "[diff]") {
  // product 600 -> 500 of 1000: 60% -> 50%; cart 300 of 600 (50%) -> 300 of 500 (60%).
  std::vector<Change> c = funnel_changes(shop(600, 300), shop(500, 300));
  REQUIRE(c.size() == 2);
  CHECK(c[0].kind == "funnel-conversion-fell");
  CHECK(c[0].change_class == ChangeClass::regression);
  CHECK(c[0].path == "funnels[id=buy].steps[id=product]");
  CHECK(c[0].message == "funnel 'buy' step 'product' conversion 60.0% -> 50.0% (-10.0 pt)");
  CHECK(c[1].kind == "funnel-conversion-rose");
  CHECK(c[1].change_class == ChangeClass::change);
  CHECK(c[1].old_value == "50.0%");
  CHECK(c[1].new_value == "60.0%");
}

TEST_CASE("less than a percentage point is noise, not a change", "[diff]") {
  CHECK(funnel_changes(shop(600, 300), shop(605, 300)).empty());      // 60.0% -> 60.5%
  CHECK(funnel_changes(shop(600, 300), shop(620, 300)).size() == 2);  // 62.0%; cart 48.4%
}

TEST_CASE("funnels declared and dropped", "[diff]") {
  std::vector<Change> added = funnel_changes(shop(600, 300, ""), shop(600, 300));
  REQUIRE(added.size() == 1);
  CHECK(added[0].kind == "funnel-added");
  std::vector<Change> removed = funnel_changes(shop(600, 300), shop(600, 300, ""));
  REQUIRE(removed.size() == 1);
  CHECK(removed[0].kind == "funnel-removed");
  CHECK(removed[0].message == "funnel 'buy' removed");
}
