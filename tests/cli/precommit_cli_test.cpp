// SPDX-License-Identifier: Apache-2.0
// The hooks in .pre-commit-hooks.yaml, run by Debian's pre-commit as a user of this repository
// would: `pre-commit try-repo`, then an installed hook that blocks a commit.
#include <catch2/catch.hpp>

#include "run.hpp"
#include "skip.hpp"

using namespace journey_test;

namespace {

struct Shell {
  int code;
  std::string output;  // stdout and stderr together
};

// Runs `command` in `dir` with journey on PATH and pre-commit's store in the scratch folder.
Shell run_in(const fs::path& dir, const std::string& command) {
  fs::path out = scratch() / "precommit-output";
  std::string bin = fs::path(JOURNEY_BINARY).parent_path().string();
  std::string line = "cd " + quote(dir.string()) + " && env PATH=" + quote(bin) + ":\"$PATH\"" +
                     " PRE_COMMIT_HOME=" + quote((scratch() / "pre-commit-home").string()) +
                     " PRE_COMMIT_COLOR=never GIT_CONFIG_NOSYSTEM=1 sh -c " + quote(command) +
                     " > " + quote(out.string()) + " 2>&1";
  int status = std::system(line.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out)};
}

fs::path git_repo(const std::string& name) {
  fs::path dir = scratch() / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  Shell init =
      run_in(dir,
             "git -c init.defaultBranch=main init -q && git config user.email t@example.com"
             " && git config user.name test && git config commit.gpgsign false");
  REQUIRE(init.code == 0);
  return dir;
}

bool have_pre_commit() {
  return std::system("command -v pre-commit > /dev/null 2>&1") == 0;
}

const char* k_thin = R"(journey: Thin
model: aida
reviewed: 2026-11-01
phases:
  attention:
    touchpoints:
      - {id: ad, name: Ad, channel: social, emotion: 2}
)";

}  // namespace

TEST_CASE("pre-commit runs the journey hooks and a bad journey blocks the commit",
          "[cli][pre-commit]") {
  if (!have_pre_commit()) JOURNEY_SKIP("pre-commit is not installed");
  // The hooks repository: this repository's hook definitions, committed.
  fs::path hooks = git_repo("hooks-repo");
  fs::copy_file(fs::path(JOURNEY_SOURCE_DIR) / ".pre-commit-hooks.yaml",
                hooks / ".pre-commit-hooks.yaml");
  REQUIRE(run_in(hooks, "git add -A && git commit -qm hooks").code == 0);

  fs::path user = git_repo("user-repo");
  fs::copy_file(fs::path(JOURNEY_SOURCE_DIR) / "examples/online-shop.journey.yaml",
                user / "good.journey.yaml");
  copy_example_data(user);
  fs::copy_file(fs::path(JOURNEY_SOURCE_DIR) / "tests/data/cli/bad.journey.yaml",
                user / "bad.journey.yaml");
  REQUIRE(run_in(user, "git add -A").code == 0);

  Shell good = run_in(user, "pre-commit try-repo " + quote(hooks.string()) +
                                " journey-lint --files good.journey.yaml");
  INFO(good.output);
  CHECK(good.code == 0);
  Shell bad = run_in(user, "pre-commit try-repo " + quote(hooks.string()) +
                               " journey-lint --files bad.journey.yaml");
  INFO(bad.output);
  CHECK(bad.code == 1);
  CHECK(contains(bad.output, "bad.journey.yaml:10:21: error: no persona has the id 'samm'"));

  // A file a pull request can add, named like an option: read as a file (the hooks' args end
  // with --), never as `--output=`, which would write the report over good.journey.yaml.
  fs::copy_file(fs::path(JOURNEY_SOURCE_DIR) / "tests/data/cli/bad.journey.yaml",
                user / "--output=good.journey.yaml");
  std::string before = slurp(user / "good.journey.yaml");
  REQUIRE(run_in(user, "git add -A").code == 0);
  Shell named =
      run_in(user, "pre-commit try-repo " + quote(hooks.string()) + " journey-lint --all-files");
  INFO(named.output);
  CHECK(named.code == 1);
  CHECK(contains(named.output, "--output=good.journey.yaml:10:21: error: no persona"));
  CHECK(slurp(user / "good.journey.yaml") == before);
  REQUIRE(run_in(user,
                 "git rm -q --cached -- --output=good.journey.yaml && "
                 "rm -- --output=good.journey.yaml")
              .code == 0);

  // Installed as a user would, with a minimum score of their own.
  Shell rev = run_in(hooks, "git rev-parse HEAD");
  std::string sha = rev.output.substr(0, 40);
  std::ofstream(user / ".pre-commit-config.yaml")
      << "repos:\n  - repo: " << hooks.string() << "\n    rev: " << sha
      << "\n    hooks:\n      - id: journey-lint\n      - id: journey-score\n"
         "        args: [--min-score=60, --]\n";
  REQUIRE(run_in(user, "git rm -q --cached bad.journey.yaml && pre-commit install").code == 0);
  Shell first = run_in(user,
                       "git add good.journey.yaml .pre-commit-config.yaml && "
                       "git commit -qm good");
  INFO(first.output);
  CHECK(first.code == 0);

  Shell blocked = run_in(user, "git add bad.journey.yaml && git commit -qm bad");
  INFO(blocked.output);
  CHECK(blocked.code != 0);
  CHECK(contains(blocked.output, "[unknown-reference]"));
  CHECK(run_in(user, "git rev-list --count HEAD").output == "1\n");

  std::ofstream(user / "bad.journey.yaml", std::ios::trunc) << k_thin;  // lint-clean, scores low
  Shell thin = run_in(user, "git add bad.journey.yaml && git commit -qm thin");
  INFO(thin.output);
  CHECK(thin.code != 0);
  CHECK(contains(thin.output, "journey score"));
  CHECK(contains(thin.output, "/100"));
  CHECK(run_in(user, "git rev-list --count HEAD").output == "1\n");
}
