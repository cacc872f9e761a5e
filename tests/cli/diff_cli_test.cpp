// SPDX-License-Identifier: Apache-2.0
// End-to-end: journey diff and textconv, including a real git repository using the driver.
#include <catch2/catch.hpp>

#include "run.hpp"

using namespace journey_test;

namespace {

const std::string k_base = "tests/data/diff/base.journey.yaml";

// A copy of base.journey.yaml with one edit, in the scratch directory.
fs::path edited(const std::string& name, const std::string& from, const std::string& to) {
  std::string text = slurp(fs::path(JOURNEY_SOURCE_DIR) / k_base);
  text.replace(text.find(from), from.size(), to);
  fs::path p = scratch() / name;
  std::ofstream(p) << text;
  return p;
}

int sh(const std::string& command) {
  return std::system(command.c_str());
}

}  // namespace

TEST_CASE("diff exit codes as diff(1)", "[cli][diff]") {
  CHECK(journey({"diff", k_base, "tests/data/diff/reformatted.journey.yaml"}).code == 0);
  fs::path worse = edited("worse.journey.yaml", "name: Pay, channel: web, emotion: 3",
                          "name: Pay, channel: web, emotion: 1");
  Run r = journey({"diff", k_base, worse.string()});
  CHECK(r.code == 1);
  CHECK(contains(r.out,
                 "regression touchpoint 'pay' emotion 3 -> 1 (worse)  [emotion-decreased] "
                 "phases.do.touchpoints[id=pay].emotion (lines 31:31)"));
  CHECK(contains(r.out, "1 difference: 1 regression, 0 changes, 0 info"));
  fs::path better = edited("better.journey.yaml", "name: Pay, channel: web, emotion: 3",
                           "name: Pay, channel: web, emotion: 5");
  CHECK(journey({"diff", k_base, better.string()}).code == 1);
  // --fail-on decides the exit code only: the change is shown all the same, in every format.
  Run only = journey({"diff", k_base, better.string(), "--fail-on", "regression"});
  CHECK(only.code == 0);
  CHECK(only.out == journey({"diff", k_base, better.string()}).out);
  CHECK(contains(only.out, "touchpoint 'pay' emotion 3 -> 5"));
  Run json = journey({"diff", k_base, better.string(), "--fail-on", "regression", "-f", "json"});
  CHECK(json.code == 0);
  CHECK(contains(json.out, "\"kind\": \"emotion-increased\""));
  CHECK(journey({"diff", k_base, worse.string(), "--fail-on", "regression"}).code == 1);
  CHECK(journey({"diff", k_base}).code == 2);
  CHECK(journey({"diff", k_base, "nope.journey.yaml"}).code == 2);
}

TEST_CASE("diff names the side that does not parse", "[cli][diff]") {
  Run r = journey({"diff", k_base, "tests/data/cli/syntax.journey.yaml"});
  CHECK(r.code == 1);  // a finding, as lint exits on it
  CHECK(contains(r.err, "new side does not parse"));
  CHECK(contains(r.err, "syntax.journey.yaml:2:1: error: YAML syntax error"));
}

TEST_CASE("diff formats: json, markdown, github", "[cli][diff]") {
  fs::path worse = edited("worse2.journey.yaml", "pains: [loud]", "pains: [loud, long]");
  Run json = journey({"diff", k_base, worse.string(), "-f", "json"});
  CHECK(contains(json.out,
                 "{\"kind\": \"pain-added\", \"class\": \"regression\", \"path\": "
                 "\"phases.see.touchpoints[id=ad].pains\", \"old_line\": 16, "
                 "\"new_line\": 16, \"old\": \"\", \"new\": \"long\""));
  CHECK(contains(json.out, "\"summary\": {\"differences\": 1, \"regressions\": 1"));
  Run md = journey({"diff", k_base, worse.string(), "-f", "markdown"});
  CHECK(contains(md.out, "| 🔴 | `pain-added` | touchpoint 'ad' pain added: long |"));
  Run gh = journey({"diff", k_base, worse.string(), "-f", "github"});
  CHECK(contains(gh.out, "::warning file=" + worse.string() +
                             ",line=16,title=journey diff (pain-added)::touchpoint 'ad' pain "
                             "added: long\n"));
}

TEST_CASE("diff of an added or deleted journey, and from stdin", "[cli][diff]") {
  Run added = journey({"diff", "/dev/null", k_base});
  CHECK(added.code == 1);
  CHECK(contains(added.out, "new journey 'Diff base'"));
  Run deleted = journey({"diff", k_base, "/dev/null"});
  CHECK(contains(deleted.out, "journey 'Diff base' deleted"));
  Run stdin_side = journey({"diff", k_base, "-"}, slurp(fs::path(JOURNEY_SOURCE_DIR) / k_base));
  CHECK(stdin_side.code == 0);
}

TEST_CASE("list-changes lists every kind with its class", "[cli][diff]") {
  Run r = journey({"diff", "--list-changes"});
  CHECK(r.code == 0);
  CHECK(contains(r.out, "\nemotion-decreased          regression  "));
  CHECK(contains(r.out, "\ntouchpoint-reordered       info        "));
  CHECK(contains(r.out, "\npersona-emotion-decreased  regression  "));
}

TEST_CASE("REV:PATH sides and the git diff driver in a real repository", "[cli][diff][git]") {
  fs::path repo = scratch() / "repo";
  fs::remove_all(repo);
  fs::create_directories(repo);
  std::string git =
      "cd " + quote(repo.string()) +
      " && git -c init.defaultBranch=main init -q && git config user.email t@example.com"
      " && git config user.name test && git config commit.gpgsign false";
  REQUIRE(sh(git) == 0);
  fs::copy_file(fs::path(JOURNEY_SOURCE_DIR) / k_base, repo / "shop.journey.yaml");
  std::ofstream(repo / ".gitattributes") << "*.journey.yaml diff=journey\n";
  REQUIRE(sh("cd " + quote(repo.string()) + " && git add -A && git commit -qm one") == 0);
  {
    std::string text = slurp(repo / "shop.journey.yaml");
    text.replace(text.find("opportunities: [quieter]"), 24, "opportunities: []");
    std::ofstream(repo / "shop.journey.yaml") << text;
  }

  // REV:PATH, read through git without a shell.
  Run rev = journey({"diff", "HEAD:shop.journey.yaml", "shop.journey.yaml"}, "", {}, repo);
  CHECK(rev.code == 1);
  CHECK(contains(rev.out, "opportunity removed: quieter"));
  Run missing = journey({"diff", "HEAD:nothing.journey.yaml", "shop.journey.yaml"}, "", {}, repo);
  CHECK(missing.code == 2);
  CHECK(contains(missing.err, "old side: HEAD:nothing.journey.yaml: fatal:"));
  Run bad_rev = journey({"diff", "nosuchrev:shop.journey.yaml", "shop.journey.yaml"}, "", {}, repo);
  CHECK(bad_rev.code == 2);

  // git diff with the driver configured: semantic output labelled with hash and path.
  std::string driver = "git config diff.journey.command " +
                       quote(std::string(JOURNEY_BINARY) + " diff --git-driver");
  REQUIRE(sh("cd " + quote(repo.string()) + " && " + driver) == 0);
  fs::path out = scratch() / "git-diff.txt";
  int status = sh("cd " + quote(repo.string()) + " && git diff > " + quote(out.string()) + " 2>&1");
  CHECK(status == 0);
  std::string shown = slurp(out);
  CHECK(contains(shown, "--- a/shop.journey.yaml ("));
  CHECK(contains(shown, "+++ b/shop.journey.yaml (working tree)"));
  CHECK(contains(shown, "regression touchpoint 'ad' opportunity removed: quieter"));

  // A committed change and an added file through git log -p --ext-diff.
  std::ofstream(repo / "new.journey.yaml") << slurp(fs::path(JOURNEY_SOURCE_DIR) / k_base);
  REQUIRE(sh("cd " + quote(repo.string()) + " && git add -A && git commit -qm two") == 0);
  status = sh("cd " + quote(repo.string()) + " && git log -p --ext-diff -1 > " +
              quote(out.string()) + " 2>&1");
  CHECK(status == 0);
  shown = slurp(out);
  CHECK(contains(shown, "new journey 'Diff base'"));
  CHECK(contains(shown, "opportunity removed: quieter"));
  CHECK_FALSE(contains(shown, "external diff died"));

  // textconv for any git UI.
  REQUIRE(sh("cd " + quote(repo.string()) +
             " && git config --unset diff.journey.command && "
             "git config diff.journey.textconv " +
             quote(std::string(JOURNEY_BINARY) + " textconv")) == 0);
  status = sh("cd " + quote(repo.string()) + " && git log -p -1 HEAD~0 -- shop.journey.yaml > " +
              quote(out.string()) + " 2>&1");
  CHECK(status == 0);
  CHECK(contains(slurp(out), "-touchpoint see/ad: opportunity quieter"));
}

TEST_CASE("the driver takes git's 7 arguments and exits 0 even on trouble", "[cli][diff][git]") {
  Run wrong = journey({"diff", "--git-driver", "a", "b"});
  CHECK(wrong.code == 0);  // git stops at a driver that fails: the trouble goes into the diff
  CHECK(contains(wrong.out, "--git-driver takes the 7 arguments git passes"));
  Run broken = journey({"diff", "--git-driver", "x.journey.yaml", k_base, "abcdef1234567", "100644",
                        "tests/data/cli/syntax.journey.yaml", "0000000", "100644"});
  CHECK(broken.code == 0);
  CHECK(contains(broken.out, "new side does not parse"));
}

TEST_CASE("textconv prints facts, and unparseable files as they are", "[cli][diff]") {
  Run r = journey({"textconv", k_base});
  CHECK(r.code == 0);
  CHECK(contains(r.out, "journey: title Diff base\n"));
  CHECK(r.out == journey({"textconv", "tests/data/diff/reformatted.journey.yaml"}).out);
  Run raw = journey({"textconv", "tests/data/cli/syntax.journey.yaml"});
  CHECK(raw.code == 0);
  CHECK(raw.out == slurp(fs::path(JOURNEY_SOURCE_DIR) / "tests/data/cli/syntax.journey.yaml"));
}
