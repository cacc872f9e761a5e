// SPDX-License-Identifier: Apache-2.0
// Where every dated output takes its date: --today, else SOURCE_DATE_EPOCH, else (for the report,
// which stands for a commit) the last commit's date, else the clock, said on stderr.
#include <catch2/catch.hpp>

#include "run.hpp"

using namespace journey_test;

namespace {

fs::path fresh(const std::string& name) {
  fs::path dir = scratch() / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// A folder outside any git repository holding one journey, reviewed on `reviewed`.
fs::path plain_folder(const std::string& name, const std::string& reviewed = "2026-11-05") {
  fs::path dir = fresh(name);
  std::string shop = slurp(fs::path(JOURNEY_SOURCE_DIR) / "examples/online-shop.journey.yaml");
  const std::string key = "\nreviewed: ";
  std::size_t at = shop.find(key);
  REQUIRE(at != std::string::npos);
  shop.replace(at + key.size(), 10, reviewed);
  std::ofstream(dir / "shop.journey.yaml") << shop;
  copy_example_data(dir);
  return dir;
}

// 2026-12-01T00:00:00Z and 2025-06-01T12:00:00Z.
const std::string k_epoch_dec = "SOURCE_DATE_EPOCH=1796083200";
const std::string k_epoch_jun = "SOURCE_DATE_EPOCH=1748779200";
const std::string k_no_epoch = "SOURCE_DATE_EPOCH=";  // empty: unset

std::string today() {
  Run r = journey({"init", "-", "--no-schema"}, "", {k_no_epoch});
  std::size_t at = r.out.find("\nreviewed: ");
  REQUIRE(at != std::string::npos);
  return r.out.substr(at + 11, 10);
}

}  // namespace

TEST_CASE("dates: report outside git is dated by SOURCE_DATE_EPOCH, else today, said",
          "[cli][dates][report]") {
  fs::path dir = plain_folder("dates-report");
  Run clock = journey({"report", ".", "-o", "site"}, "", {k_no_epoch}, dir);
  INFO(clock.err);
  REQUIRE(clock.code == 0);
  CHECK(contains(clock.err, "journey report: dated " + today() +
                                " (today; set SOURCE_DATE_EPOCH or --today to pin it)\n"));
  CHECK(contains(slurp(dir / "site/index.html"), today()));

  Run pinned = journey({"report", ".", "-o", "site"}, "", {k_epoch_dec}, dir);
  REQUIRE(pinned.code == 0);
  CHECK_FALSE(contains(pinned.err, "dated"));
  CHECK(contains(slurp(dir / "site/index.html"), "2026-12-01"));
  // --today wins over the environment.
  Run option =
      journey({"report", ".", "-o", "site", "--today", "2026-11-23"}, "", {k_epoch_dec}, dir);
  REQUIRE(option.code == 0);
  CHECK(contains(slurp(dir / "site/index.html"), "2026-11-23"));
  CHECK_FALSE(contains(slurp(dir / "site/index.html"), "2026-12-01"));

  Run bad = journey({"report", ".", "-o", "site2"}, "", {"SOURCE_DATE_EPOCH=last tuesday"}, dir);
  CHECK(bad.code == 2);
  CHECK(contains(bad.err,
                 "journey report: error: SOURCE_DATE_EPOCH 'last tuesday' is not a "
                 "number of seconds since 1970-01-01"));
  CHECK_FALSE(fs::exists(dir / "site2"));
}

TEST_CASE("dates: report in git is dated by the last commit unless SOURCE_DATE_EPOCH is set",
          "[cli][dates][report][git]") {
  fs::path dir = plain_folder("dates-report-git");
  REQUIRE(std::system(("cd " + quote(dir.string()) +
                       " && git -c init.defaultBranch=main init -q && git config user.email "
                       "t@example.com && git config user.name test && git config commit.gpgsign "
                       "false && git add -A && GIT_AUTHOR_DATE=2026-11-20T09:00:00Z "
                       "GIT_COMMITTER_DATE=2026-11-20T09:00:00Z git commit -qm map")
                          .c_str()) == 0);
  Run commit = journey({"report", ".", "-o", "site"}, "", {k_no_epoch}, dir);
  REQUIRE(commit.code == 0);
  CHECK_FALSE(contains(commit.err, "dated"));
  CHECK(contains(slurp(dir / "site/index.html"), "2026-11-20"));
  Run epoch = journey({"report", ".", "-o", "site"}, "", {k_epoch_dec}, dir);
  REQUIRE(epoch.code == 0);
  CHECK(contains(slurp(dir / "site/index.html"), "2026-12-01"));
}

TEST_CASE("dates: lint and score judge 'reviewed' by --today, else SOURCE_DATE_EPOCH",
          "[cli][dates]") {
  fs::path dir = plain_folder("dates-lint", "2025-01-15");
  // 2025-06-01: reviewed four months before; 2026-12-01: almost two years.
  Run fresh_review =
      journey({"lint", "shop.journey.yaml", "--select", "stale-review"}, "", {k_epoch_jun}, dir);
  CHECK(fresh_review.code == 0);
  CHECK_FALSE(contains(fresh_review.out, "stale-review"));
  Run stale =
      journey({"lint", "shop.journey.yaml", "--select", "stale-review"}, "", {k_epoch_dec}, dir);
  CHECK(contains(stale.out, "last reviewed 22 months ago (2025-01-15)"));
  Run option =
      journey({"lint", "shop.journey.yaml", "--select", "stale-review", "--today", "2025-02-01"},
              "", {k_epoch_dec}, dir);
  CHECK_FALSE(contains(option.out, "stale-review"));

  Run june = journey({"score", "shop.journey.yaml", "-f", "json"}, "", {k_epoch_jun}, dir);
  CHECK(contains(june.out, "reviewed 137 days ago (2025-01-15)"));
  Run december = journey({"score", "shop.journey.yaml", "-f", "json"}, "", {k_epoch_dec}, dir);
  CHECK(contains(december.out, "reviewed 685 days ago (2025-01-15)"));

  for (const char* command : {"lint", "score"}) {
    Run bad = journey({command, "shop.journey.yaml"}, "", {"SOURCE_DATE_EPOCH=1.5e9"}, dir);
    INFO(command << ": " << bad.err);
    CHECK(bad.code == 2);
    CHECK(contains(bad.err, std::string("journey ") + command +
                                ": error: SOURCE_DATE_EPOCH '1.5e9' is not a number"));
  }
}

TEST_CASE("dates: init writes SOURCE_DATE_EPOCH's date as 'reviewed', else today's",
          "[cli][dates][init]") {
  Run pinned = journey({"init", "-", "--no-schema"}, "", {k_epoch_dec});
  REQUIRE(pinned.code == 0);
  CHECK(contains(pinned.out, "\nreviewed: 2026-12-01\n"));
  Run option = journey({"init", "-", "--no-schema", "--today", "2026-01-02"}, "", {k_epoch_dec});
  CHECK(contains(option.out, "\nreviewed: 2026-01-02\n"));
  Run bad = journey({"init", "-", "--no-schema"}, "", {"SOURCE_DATE_EPOCH=-5"});
  CHECK(bad.code == 2);
  CHECK(contains(bad.err, "journey init: error: SOURCE_DATE_EPOCH '-5' is not a number"));
}
