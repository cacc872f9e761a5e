// SPDX-License-Identifier: Apache-2.0
// End-to-end: journey score thresholds, formats, ranking and --compare.
#include <catch2/catch.hpp>

#include "run.hpp"

using namespace journey_test;

namespace {
const std::string k_today = "--today=2026-11-23";
const std::string k_shop = "examples/online-shop.journey.yaml";
}  // namespace

TEST_CASE("score prints a scorecard with reasons, phases and left-out checks", "[cli][score]") {
  Run r = journey({"score", "tests/data/diff/base.journey.yaml", k_today});
  CHECK(r.code == 0);
  CHECK(contains(r.out, "tests/data/diff/base.journey.yaml: "));
  CHECK(contains(r.out, "/100"));
  CHECK(contains(r.out, "  experience  mean-emotion"));
  CHECK(contains(r.out, "  phase                       touchpoints  mean emotion  lowest  pains"));
  Run details = journey({"score", k_shop, k_today, "--details"});
  CHECK(contains(details.out,
                 "examples/online-shop.journey.yaml:313: 'checkout' is the low point (1)"));
}

TEST_CASE("score thresholds: --min-score and configured minimums", "[cli][score]") {
  CHECK(journey({"score", k_shop, k_today, "--min-score", "10"}).code == 0);
  Run low = journey({"score", k_shop, k_today, "--min-score", "95"});
  CHECK(low.code == 1);
  CHECK(contains(low.err, "below --min-score 95"));
  fs::path dir = scratch() / "score-config";
  fs::create_directories(dir);
  fs::copy_file(fs::path(JOURNEY_SOURCE_DIR) / k_shop, dir / "shop.journey.yaml",
                fs::copy_options::overwrite_existing);
  copy_example_data(dir);
  std::ofstream(dir / ".journeylint.yaml") << "score:\n  minimums: {lowest-emotion: 5}\n";
  Run minimum = journey({"score", ".", k_today}, "", {}, dir);
  CHECK(minimum.code == 1);
  CHECK(contains(minimum.out, "minimum lowest-emotion: expected >= 5.0, actual 0.0 -> FAILED"));
  std::ofstream(dir / ".journeylint.yaml") << "score:\n  weights: {experiance: 10}\n";
  Run invalid = journey({"score", ".", k_today}, "", {}, dir);
  CHECK(invalid.code == 2);
  CHECK(contains(invalid.err, "did you mean 'experience'?"));
}

TEST_CASE("score refuses journeys with lint errors (1) and bad input (2)", "[cli][score]") {
  Run bad = journey({"score", "tests/data/cli/bad.journey.yaml", k_today});
  CHECK(bad.code == 1);
  CHECK(contains(bad.err, "has lint errors; not scored"));
  CHECK(journey({"score", "missing.journey.yaml"}).code == 2);
  CHECK(journey({"score", k_shop, "--today", "soon"}).code == 2);
}

TEST_CASE("score ranks several journeys and speaks json and markdown", "[cli][score]") {
  Run r = journey({"score", "examples", k_today});
  CHECK(r.code == 0);
  CHECK(contains(r.out, "\nranking\n   1. "));
  Run json = journey({"score", "examples", k_today, "-f", "json"});
  CHECK(contains(json.out, "\"version\": 1"));
  CHECK(contains(json.out, "\"ranking\": [\""));
  Run md = journey({"score", k_shop, k_today, "-f", "markdown"});
  CHECK(contains(md.out, "| category | check | score | reason |"));
  CHECK(r.out == journey({"score", "examples", k_today}).out);
}

TEST_CASE("score --compare shows both totals and the checks that moved", "[cli][score]") {
  Run r = journey(
      {"score", "--compare", k_shop, "tests/data/diff/online-shop-next.journey.yaml", k_today});
  CHECK(r.code == 0);
  CHECK(contains(r.out, "old  "));
  CHECK(contains(r.out, "new  "));
  CHECK(contains(r.out, "lowest-emotion"));
  CHECK(journey({"score", "--compare", k_shop}).code == 2);
}

TEST_CASE("score lists its checks", "[cli][score]") {
  Run r = journey({"score", "--list-checks"});
  CHECK(r.code == 0);
  CHECK(contains(r.out, "conversion            measurement"));
}

TEST_CASE("score and render take - and REV:PATH, as diff does", "[cli][score][git]") {
  // A repository whose first commit has the base journey and whose work tree has another.
  fs::path repo = scratch() / "score-revisions";
  fs::remove_all(repo);
  fs::create_directories(repo);
  const fs::path root = JOURNEY_SOURCE_DIR;
  fs::copy_file(root / "tests/data/diff/base.journey.yaml", repo / "shop.journey.yaml");
  std::string git = "cd " + quote(repo.string()) +
                    " && git init -q && git config user.email t@example.com && git config "
                    "user.name t && git add -A && git commit -qm one";
  REQUIRE(std::system(git.c_str()) == 0);
  fs::copy_file(root / "tests/data/cli/warn.journey.yaml", repo / "shop.journey.yaml",
                fs::copy_options::overwrite_existing);

  Run file = journey({"score", "shop.journey.yaml", k_today}, "", {}, repo);
  Run head = journey({"score", "HEAD:shop.journey.yaml", k_today}, "", {}, repo);
  Run base = journey({"score", (root / "tests/data/diff/base.journey.yaml").string(), k_today});
  CHECK(head.code == 0);
  CHECK(contains(head.out, "HEAD:shop.journey.yaml: "));
  // The committed version is scored, not the work tree's: its total is the base journey's.
  auto total = [](const std::string& out) { return out.substr(out.find(": ") + 2, 7); };
  CHECK(total(head.out) == total(base.out));
  CHECK(total(head.out) != total(file.out));

  Run piped = journey({"score", "-", k_today}, slurp(root / "tests/data/diff/base.journey.yaml"));
  CHECK(piped.code == 0);
  CHECK(contains(piped.out, "<stdin>: "));
  CHECK(total(piped.out) == total(base.out));
  // A file, a revision and standard input in one run: three scorecards and a ranking.
  Run all = journey({"score", "shop.journey.yaml", "HEAD:shop.journey.yaml", "-", k_today},
                    slurp(root / "tests/data/diff/base.journey.yaml"), {}, repo);
  CHECK(all.code == 0);
  CHECK(contains(all.out, "<stdin>: "));
  CHECK(journey({"score", "-", "-", k_today}, "x").code == 2);
  Run missing = journey({"score", "HEAD:nothing.journey.yaml", k_today}, "", {}, repo);
  CHECK(missing.code == 2);
  CHECK(contains(missing.err, "journey score: error: HEAD:nothing.journey.yaml"));

  Run drawn = journey({"render", "HEAD:shop.journey.yaml", "-T", "dot", "-o", "-"}, "", {}, repo);
  CHECK(drawn.code == 0);
  Run expected = journey(
      {"render", (root / "tests/data/diff/base.journey.yaml").string(), "-T", "dot", "-o", "-"});
  CHECK(!drawn.out.empty());
  CHECK(drawn.out == expected.out);
  CHECK(
      journey({"render", "HEAD:shop.journey.yaml", "-o", "x.svg", "--watch"}, "", {}, repo).code ==
      2);
}
