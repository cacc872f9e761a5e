// SPDX-License-Identifier: Apache-2.0
// journey diff: every kind of change, classes, formatting-only edits and the formats.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "journey/diff.hpp"
#include "journey/lint.hpp"

using namespace journey;
namespace fs = std::filesystem;

namespace {

std::string read(const std::string& name) {
  std::ifstream in(fs::path(JOURNEY_SOURCE_DIR) / "tests/data/diff" / name);
  std::ostringstream b;
  b << in.rdbuf();
  return b.str();
}

const std::string k_base = read("base.journey.yaml");

Analysis load(const std::string& text) {
  static const Config config = default_config();
  Analysis a = analyze_source(SourceText("x.journey.yaml", text), "x.journey.yaml", config, {});
  REQUIRE(a.journey);
  return a;
}

std::string edit(std::string text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

DiffResult diff_texts(const std::string& a, const std::string& b, DiffOptions options = {}) {
  static std::vector<Analysis> keep;  // changes point into the journeys
  keep.push_back(load(a));
  keep.push_back(load(b));
  const Analysis& x = keep[keep.size() - 2];
  const Analysis& y = keep.back();
  return diff_journeys({"old", &*x.journey, x.model}, {"new", &*y.journey, y.model}, options);
}

std::vector<std::string> kinds(const DiffResult& r) {
  std::vector<std::string> out;
  for (const auto& c : r.changes) out.push_back(c.kind + "/" + to_string(c.change_class));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("formatting-only edits give no difference", "[diff]") {
  CHECK(diff_texts(k_base, k_base).changes.empty());
  CHECK(diff_texts(k_base, read("reformatted.journey.yaml")).changes.empty());
}

TEST_CASE("journey fields and the model", "[diff]") {
  CHECK(kinds(diff_texts(k_base, edit(k_base, "journey: Diff base", "journey: Diff base 2"))) ==
        V{"journey-changed/change"});
  CHECK(kinds(diff_texts(k_base, edit(k_base, "reviewed: 2026-10-01", "reviewed: 2026-11-01"))) ==
        V{"reviewed-changed/info"});
  auto model = diff_texts(k_base, edit(k_base, "model: see-think-do-care", "model: aida"));
  CHECK(model.changes.at(0).kind == "model-changed");
}

TEST_CASE("personas added, removed, changed", "[diff]") {
  std::string two = edit(k_base, "  - {id: ann,", "  - {id: bob, name: Bob}\n  - {id: ann,");
  CHECK(kinds(diff_texts(k_base, two)) == V{"persona-added/change"});
  CHECK(kinds(diff_texts(two, k_base)) == V{"persona-removed/change"});
  CHECK(kinds(diff_texts(k_base, edit(k_base, "goals: [save time]", "goals: [save money]"))) ==
        V{"persona-changed/change"});
}

TEST_CASE("phases added, removed, emptied, goal", "[diff]") {
  std::string no_care = edit(k_base,
                             "  care:\n    touchpoints:\n      - {id: mail, name: Mail, "
                             "channel: email, emotion: 4, owner: crm}\n",
                             "");
  no_care = edit(no_care, "next: [mail]", "next: []");
  auto removed = diff_texts(k_base, no_care);
  CHECK(kinds(removed) ==
        V{"phase-removed/change", "touchpoint-removed/change", "next-removed/change"});
  CHECK(removed.changes[0].old_line == 32);
  CHECK(removed.changes[0].new_line == 0);
  CHECK(kinds(diff_texts(no_care, k_base)) ==
        V{"phase-added/change", "touchpoint-added/change", "next-added/change"});
  std::string emptied = edit(k_base,
                             "    touchpoints:\n      - {id: mail, name: Mail, channel: "
                             "email, emotion: 4, owner: crm}\n",
                             "    touchpoints: []\n");
  emptied = edit(emptied, "next: [mail]", "next: []");
  CHECK(kinds(diff_texts(k_base, emptied)) ==
        V{"phase-emptied/regression", "touchpoint-removed/change", "next-removed/change"});
  CHECK(kinds(diff_texts(k_base, edit(k_base, "goal: buy", "goal: pay"))) ==
        V{"phase-goal-changed/info"});
}

TEST_CASE("touchpoints added, removed, moved, reordered, renamed", "[diff]") {
  std::string moved = edit(k_base,
                           "      - {id: faq, name: FAQ, channel: web, emotion: 3, owner: "
                           "web, next: [pay]}\n",
                           "");
  moved = edit(moved, "    goal: buy\n    touchpoints:\n",
               "    goal: buy\n    touchpoints:\n"
               "      - {id: faq, name: FAQ, channel: web, emotion: 3, owner: web, next: [pay]}\n");
  auto m = diff_texts(k_base, moved);
  CHECK(kinds(m) == V{"touchpoint-moved/change"});
  CHECK(m.changes[0].message == "touchpoint 'faq' moved from phase 'think' to 'do'");

  std::string swapped = edit(k_base,
                             "      - {id: site, name: Site, channel: web, emotion: 3, "
                             "owner: web, next: [pay]}\n",
                             "");
  swapped = edit(swapped, "owner: web, next: [pay]}\n  do:",
                 "owner: web, next: [pay]}\n      - {id: site, name: Site, channel: web, "
                 "emotion: 3, owner: web, next: [pay]}\n  do:");
  CHECK(kinds(diff_texts(k_base, swapped)) == V{"touchpoint-reordered/info"});
  CHECK(kinds(diff_texts(k_base, edit(k_base, "name: Pay,", "name: Payment,"))) ==
        V{"touchpoint-renamed/info"});
}

TEST_CASE("touchpoint fields", "[diff]") {
  CHECK(kinds(diff_texts(k_base, edit(k_base, "channel: social", "channel: video"))) ==
        V{"channel-changed/change"});
  CHECK(kinds(diff_texts(k_base, edit(k_base, "owner: crm", "owner: support"))) ==
        V{"owner-changed/change"});
  CHECK(kinds(diff_texts(k_base, edit(k_base, "personas: [ann]", "personas: []"))) ==
        V{"personas-changed/change"});
  CHECK(kinds(diff_texts(k_base, edit(k_base, "senses: [see]", "senses: [see, hear]"))) ==
        V{"senses-changed/info"});
  CHECK(kinds(diff_texts(
            k_base, edit(k_base, "senses: [see]", "senses: [see]\n        events: [ad_click]"))) ==
        V{"events-changed/info"});
  CHECK(kinds(diff_texts(k_base, edit(k_base, "example.com/ad", "example.com/ad2"))) ==
        V{"url-changed/info"});
  CHECK(kinds(diff_texts(k_base, edit(k_base, "evidence: observed", "evidence: assumed"))) ==
        V{"evidence-changed/info"});
  CHECK(kinds(diff_texts(k_base, edit(k_base, "handoff: UTM link", "handoff: QR code"))) ==
        V{"handoff-changed/info"});
}

TEST_CASE("emotions with their direction", "[diff]") {
  auto worse = diff_texts(k_base, edit(k_base, "name: Pay, channel: web, emotion: 3",
                                       "name: Pay, channel: web, emotion: 1"));
  REQUIRE(kinds(worse) == V{"emotion-decreased/regression"});
  CHECK(worse.changes[0].message == "touchpoint 'pay' emotion 3 -> 1 (worse)");
  CHECK(worse.changes[0].path == "phases.do.touchpoints[id=pay].emotion");
  CHECK(worse.changes[0].old_line == 31);
  CHECK(worse.changes[0].new_line == 31);
  CHECK(kinds(diff_texts(k_base, edit(k_base, "emotion: 4\n", "emotion: 5\n"))) ==
        V{"emotion-increased/change"});
  std::string none = edit(k_base, "        emotion: 4\n", "");
  CHECK(kinds(diff_texts(k_base, none)) == V{"emotion-removed/change"});
  CHECK(kinds(diff_texts(none, k_base)) == V{"emotion-added/change"});
}

TEST_CASE("pains and opportunities as sets", "[diff]") {
  CHECK(kinds(diff_texts(k_base, edit(k_base, "pains: [loud]", "pains: [loud, long]"))) ==
        V{"pain-added/regression"});
  CHECK(kinds(diff_texts(k_base, edit(k_base, "pains: [loud]", "pains: []"))) ==
        V{"pain-removed/change"});
  CHECK(kinds(diff_texts(k_base, edit(k_base, "opportunities: [quieter]", "opportunities: []"))) ==
        V{"opportunity-removed/regression"});
  CHECK(kinds(diff_texts(k_base, edit(k_base, "opportunities: [quieter]",
                                      "opportunities: [quieter, shorter]"))) ==
        V{"opportunity-added/change"});
  // Order within a list is not a change.
  CHECK(diff_texts(edit(k_base, "pains: [loud]", "pains: [a, b]"),
                   edit(k_base, "pains: [loud]", "pains: [b, a]"))
            .changes.empty());
}

TEST_CASE("metrics and KPIs with relative change, moving away from target regresses", "[diff]") {
  auto metric = diff_texts(k_base, edit(k_base, "reach: 1000", "reach: 1250"));
  REQUIRE(kinds(metric) == V{"metric-changed/change"});
  CHECK(metric.changes[0].message == "touchpoint 'ad' metric reach 1000 -> 1250 (+25.0%)");
  CHECK(kinds(diff_texts(k_base, edit(k_base, "ctr: 0.02}", "ctr: 0.02, cpc: 1}"))) ==
        V{"metric-added/info"});
  CHECK(kinds(diff_texts(k_base, edit(k_base, ", ctr: 0.02}", "}"))) == V{"metric-removed/info"});
  auto away = diff_texts(k_base, edit(k_base, "actual: 900", "actual: 800"));
  REQUIRE(kinds(away) == V{"kpi-actual-changed/regression"});
  CHECK(away.changes[0].message ==
        "KPI 'reach' actual 900 -> 800 (-11.1%), further from the target 1000");
  CHECK(kinds(diff_texts(k_base, edit(k_base, "actual: 900", "actual: 950"))) ==
        V{"kpi-actual-changed/change"});
  CHECK(kinds(diff_texts(k_base, edit(k_base, "target: 5,", "target: 6,"))) ==
        V{"kpi-target-changed/change"});
  CHECK(kinds(diff_texts(k_base, edit(k_base, "unit: people", "unit: visitors"))) ==
        V{"kpi-changed/change"});
  std::string more = k_base + "  - {id: nps, phase: care, target: 40}\n";
  CHECK(kinds(diff_texts(k_base, more)) == V{"kpi-added/change"});
  CHECK(kinds(diff_texts(more, k_base)) == V{"kpi-removed/change"});
}

TEST_CASE("transitions follow the flow", "[diff]") {
  auto r = diff_texts(k_base, edit(k_base, "next: [site]\n", "next: [site, faq]\n"));
  CHECK(kinds(r) == V{"next-added/change"});
  CHECK(r.changes[0].message == "transition ad -> faq added");
}

TEST_CASE("added and deleted journeys, configured classes", "[diff]") {
  Analysis a = load(k_base);
  DiffResult added = diff_journeys({"/dev/null", nullptr, nullptr}, {"new", &*a.journey, a.model});
  CHECK(added.changes.at(0).kind == "journey-added");
  CHECK(added.count(ChangeClass::change) == added.changes.size());
  DiffResult removed =
      diff_journeys({"old", &*a.journey, a.model}, {"/dev/null", nullptr, nullptr});
  CHECK(removed.changes.at(0).kind == "journey-removed");
  DiffOptions options;
  options.classes["emotion-decreased"] = ChangeClass::info;
  options.classes["touchpoint-renamed"] = std::nullopt;
  std::string text =
      edit(k_base, "name: Pay, channel: web, emotion: 3", "name: Paying, channel: web, emotion: 1");
  CHECK(kinds(diff_texts(k_base, text, options)) == V{"emotion-decreased/info"});
}

TEST_CASE("change kinds are unique and documented", "[diff]") {
  std::set<std::string> ids;
  for (const auto& k : change_kinds()) {
    CHECK(ids.insert(k.id).second);
    CHECK(std::string(k.summary).size() > 10);
  }
  CHECK(ids.size() >= 40);
}

TEST_CASE("textconv: one fact per line, formatting-independent", "[diff]") {
  std::ostringstream a, b;
  write_textconv(*load(k_base).journey, a);
  write_textconv(*load(read("reformatted.journey.yaml")).journey, b);
  CHECK(a.str() == b.str());
  CHECK(a.str().find("touchpoint see/ad: emotion 4\n") != std::string::npos);
  CHECK(a.str().find("touchpoint see/ad: metric ctr = 0.02\n") != std::string::npos);
  CHECK(a.str().find("kpi conv: target 5\n") != std::string::npos);
}

TEST_CASE("man/journey-diff.1 lists every change kind", "[diff][docs]") {
  std::ifstream in(fs::path(JOURNEY_SOURCE_DIR) / "man/journey-diff.1");
  std::ostringstream b;
  b << in.rdbuf();
  for (const auto& k : change_kinds()) {
    std::string roff;
    for (char c : std::string(k.id)) roff += c == '-' ? std::string("\\-") : std::string(1, c);
    INFO(k.id);
    CHECK(b.str().find(roff + "\t" + to_string(k.default_class)) != std::string::npos);
  }
}
