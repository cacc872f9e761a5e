// SPDX-License-Identifier: Apache-2.0
// SARIF that code scanning takes: Microsoft's SARIF Multitool validates journey's output with no
// error and no warning (but SARIF2005, "no informationUri", while none is configured).
#include <catch2/catch.hpp>
#include <regex>
#include <set>

#include "run.hpp"
#include "skip.hpp"

using namespace journey_test;

namespace {

const fs::path k_multitool =
    fs::path(JOURNEY_SOURCE_DIR) /
    "tests/tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool";

// The rule ids of the multitool's errors and warnings ("warning SARIF1001").
std::multiset<std::string> validate(const fs::path& sarif) {
  fs::path log = scratch() / "validation.txt";
  std::string command = quote(k_multitool.string()) + " validate " + quote(sarif.string()) +
                        " --output " + quote((scratch() / "validation.sarif").string()) +
                        " --log ForceOverwrite > " + quote(log.string()) + " 2>&1";
  // The multitool exits 0 whatever it finds: what it found is in its output.
  REQUIRE(std::system(command.c_str()) == 0);
  std::multiset<std::string> found;
  std::string text = slurp(log);
  static const std::regex line(R"(: (error|warning) (SARIF\d+):)");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), line); it != std::sregex_iterator();
       ++it) {
    found.insert((*it)[1].str() + " " + (*it)[2].str());
  }
  return found;
}

}  // namespace

TEST_CASE("SARIF Multitool validates the SARIF output", "[cli][sarif]") {
  if (!fs::exists(k_multitool)) JOURNEY_SKIP("the SARIF Multitool is not installed");
  const std::vector<std::string> inputs = {"tests/data/cli/bad.journey.yaml",
                                           "tests/data/cli/warn.journey.yaml",
                                           "tests/data/cli/syntax.journey.yaml", "examples"};
  std::vector<std::string> args = {"lint", "-f", "sarif", "--today", "2026-11-23"};
  args.insert(args.end(), inputs.begin(), inputs.end());
  fs::path plain = scratch() / "plain.sarif";
  std::ofstream(plain) << journey(args).out;
  CHECK(validate(plain) == std::multiset<std::string>{"warning SARIF2005"});
  args.push_back("--information-uri=https://example.com/journey");
  fs::path homed = scratch() / "homed.sarif";
  std::ofstream(homed) << journey(args).out;
  CHECK(validate(homed).empty());

  // From a subfolder of a repository: uris relative to %SRCROOT%, given in originalUriBaseIds,
  // and one file outside the root as an absolute file URI; help links on every rule.
  fs::path repo = scratch() / "sarif-validate-repo";
  fs::create_directories(repo / "maps");
  fs::copy_file(fs::path(JOURNEY_SOURCE_DIR) / "tests/data/cli/bad.journey.yaml",
                repo / "maps/bad.journey.yaml", fs::copy_options::overwrite_existing);
  REQUIRE(std::system(("git init -q " + quote(repo.string())).c_str()) == 0);
  Run sub = journey({"lint", "-f", "sarif", "--today", "2026-11-23", "bad.journey.yaml",
                     (fs::path(JOURNEY_SOURCE_DIR) / "tests/data/cli/warn.journey.yaml").string(),
                     "--information-uri=https://example.com/journey"},
                    "", {}, repo / "maps");
  CHECK(contains(sub.out, "\"uri\": \"maps/bad.journey.yaml\", \"uriBaseId\": \"%SRCROOT%\""));
  CHECK(
      contains(sub.out, "\"helpUri\": \"https://example.com/journey/docs/rules.md#yaml-syntax\""));
  fs::path rooted = scratch() / "rooted.sarif";
  std::ofstream(rooted) << sub.out;
  CHECK(validate(rooted).empty());
}
