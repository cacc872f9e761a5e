// SPDX-License-Identifier: Apache-2.0
// Shell completion: bash's, exercised through its own compgen and complete builtins; zsh's and
// fish's parsed by their shells where installed.
#include <catch2/catch.hpp>

#include "run.hpp"
#include "skip.hpp"

using namespace journey_test;

namespace {

// What bash's completion offers for a command line (its words; the last is being typed).
std::string complete_words(const fs::path& script, const std::vector<std::string>& words) {
  std::string array;
  for (const auto& w : words) array += " " + quote(w);
  std::string command =
      "bash -c " + quote("source " + quote(script.string()) +
                         " && complete -p journey >/dev/null && COMP_WORDS=(" + array +
                         ") && COMP_CWORD=" + std::to_string(words.size() - 1) +
                         " && _journey && printf '%s\\n' \"${COMPREPLY[@]}\"");
  fs::path out = scratch() / "completion.out";
  int status = std::system((command + " > " + quote(out.string())).c_str());
  REQUIRE(status == 0);
  return slurp(out);
}

bool has_shell(const std::string& shell) {
  return std::system(("command -v " + shell + " > /dev/null 2>&1").c_str()) == 0;
}

}  // namespace

TEST_CASE("bash completion offers commands, options, values, rules and models",
          "[cli][completion]") {
  Run r = journey({"completion", "bash"});
  REQUIRE(r.code == 0);
  fs::path script = scratch() / "journey.bash";
  std::ofstream(script) << r.out;
  CHECK(complete_words(script, {"journey", "li"}) == "lint\n");
  CHECK(complete_words(script, {"journey", "render", "x.yaml", "--view", "b"}) == "blueprint\n");
  CHECK(complete_words(script, {"journey", "lint", "--format", "s"}) == "sarif\n");
  CHECK(complete_words(script, {"journey", "lint", "--select", "emotion-d"}) == "emotion-drop\n");
  CHECK(complete_words(script, {"journey", "models", "show", "five"}) == "five-stage\n");
  CHECK(complete_words(script, {"journey", "rules", "stale"}) == "stale-review\n");
  CHECK(contains(complete_words(script, {"journey", "render", "--"}), "--page\n"));
  CHECK(contains(complete_words(script, {"journey", "diff", "--fail-on", ""}), "regression\n"));
}

namespace {

// The shell's own parser reads the script (`zsh -n`, `fish -n`); without the shell, skipped.
void check_parses(const std::string& shell) {
  Run r = journey({"completion", shell});
  REQUIRE(r.code == 0);
  fs::path script = scratch() / ("journey." + shell);
  std::ofstream(script) << r.out;
  CHECK(std::system((shell + " -n " + quote(script.string())).c_str()) == 0);
}

}  // namespace

TEST_CASE("the zsh completion script parses", "[cli][completion]") {
  if (!has_shell("zsh")) JOURNEY_SKIP("zsh is not installed");
  check_parses("zsh");
}

TEST_CASE("the fish completion script parses", "[cli][completion]") {
  if (!has_shell("fish")) JOURNEY_SKIP("fish is not installed");
  check_parses("fish");
}

TEST_CASE("completion refuses an unknown shell", "[cli][completion]") {
  CHECK(journey({"completion", "tcsh"}).code == 2);
}
