// SPDX-License-Identifier: Apache-2.0
// The date a command works with: --today, SOURCE_DATE_EPOCH, the last commit, the clock.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <string>

#include "journey/date.hpp"
#include "test_folder.hpp"

using namespace journey;

namespace {

ChosenDate chosen(const DateChoice& choice) {
  ChosenDate out;
  std::string error;
  INFO(error);
  REQUIRE(choose_date(choice, out, error));
  return out;
}

std::string refused(const DateChoice& choice) {
  ChosenDate out;
  std::string error;
  CHECK_FALSE(choose_date(choice, out, error));
  return error;
}

}  // namespace

TEST_CASE("SOURCE_DATE_EPOCH is read as seconds since 1970 in UTC", "[date]") {
  Date d;
  REQUIRE(parse_source_date_epoch("0", d));
  CHECK(d.to_string() == "1970-01-01");
  REQUIRE(parse_source_date_epoch("1796083199", d));  // 2026-11-30T23:59:59Z
  CHECK(d.to_string() == "2026-11-30");
  REQUIRE(parse_source_date_epoch("1796083200", d));
  CHECK(d.to_string() == "2026-12-01");
  REQUIRE(parse_source_date_epoch("253402300799", d));
  CHECK(d.to_string() == "9999-12-31");
  for (const char* bad : {"", "-1", "1.5", " 17", "17 ", "1e9", "253402300800", "999999999999999",
                          "2026-12-01", "0x10"}) {
    INFO(bad);
    CHECK_FALSE(parse_source_date_epoch(bad, d));
  }
}

TEST_CASE("a date is --today, else SOURCE_DATE_EPOCH, else the last commit, else the clock",
          "[date]") {
  CHECK(chosen({"2026-11-23", "1796083200", "."}).origin == DateOrigin::option);
  CHECK(chosen({"2026-11-23", "1796083200", "."}).date.to_string() == "2026-11-23");
  ChosenDate epoch = chosen({"", "1796083200", "."});
  CHECK(epoch.origin == DateOrigin::source_date_epoch);
  CHECK(epoch.date.to_string() == "2026-12-01");
  // An empty SOURCE_DATE_EPOCH is unset; without a repository to ask, the clock decides.
  ChosenDate clock = chosen({"", "", ""});
  CHECK(clock.origin == DateOrigin::clock);
  CHECK(clock.date.to_string() == Date::today().to_string());
  CHECK(describe(DateOrigin::clock) == "today; set SOURCE_DATE_EPOCH or --today to pin it");

  CHECK(refused({"soon", nullptr, ""}) == "--today 'soon' is not a date (YYYY-MM-DD)");
  // Malformed: refused, never ignored (the reproducible-builds specification says so).
  CHECK(refused({"", "yesterday", ""}).find("SOURCE_DATE_EPOCH 'yesterday' is not") == 0);
}

TEST_CASE("the last commit's date, and the clock outside git", "[date][git]") {
  journey_test::TestFolder folder("journey-date");
  std::string repo = folder.path.string();
  std::string git = "cd '" + repo +
                    "' && git -c init.defaultBranch=main init -q && git config user.email "
                    "t@example.com && git config user.name test && git config commit.gpgsign "
                    "false && echo x > a.journey.yaml && git add -A && GIT_AUTHOR_DATE="
                    "2026-11-20T23:30:00Z GIT_COMMITTER_DATE=2026-11-20T23:30:00Z git commit -qm "
                    "first";
  Date before_commit;
  CHECK_FALSE(last_commit_date(repo, before_commit));
  REQUIRE(std::system(git.c_str()) == 0);
  Date head;
  REQUIRE(last_commit_date(repo + "/a.journey.yaml", head));
  CHECK(head.to_string() == "2026-11-20");
  ChosenDate from_git = chosen({"", nullptr, repo});
  CHECK(from_git.origin == DateOrigin::last_commit);
  CHECK(from_git.date.to_string() == "2026-11-20");
  CHECK(chosen({"", "0", repo}).origin == DateOrigin::source_date_epoch);
}
