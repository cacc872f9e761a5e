// Output meant to be stable (JSON, SARIF, JUnit) against committed golden files. The cases are
// listed in tests/data/golden/cases.txt; scripts/update-golden.sh rewrites the files.
#include <catch2/catch.hpp>

#include "run.hpp"

using namespace journey_test;

TEST_CASE("JSON, SARIF and JUnit outputs match their golden files", "[cli][golden]") {
  const fs::path dir = fs::path(JOURNEY_SOURCE_DIR) / "tests/data/golden";
  std::istringstream cases(slurp(dir / "cases.txt"));
  std::string line;
  int checked = 0;
  while (std::getline(cases, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    REQUIRE(tab != std::string::npos);
    std::string file = line.substr(0, tab);
    std::vector<std::string> args;
    std::istringstream words(line.substr(tab + 1));
    for (std::string w; words >> w;) args.push_back(w);
    INFO(file << " (update with scripts/update-golden.sh after a meant change)");
    CHECK(journey(args).out == slurp(dir / file));
    ++checked;
  }
  CHECK(checked >= 5);
}
