// SPDX-License-Identifier: Apache-2.0
// Output meant to be stable (JSON, SARIF, JUnit) against committed golden files. The cases are
// listed in tests/data/golden/cases.txt; scripts/update-golden.sh rewrites the files.
#include <catch2/catch.hpp>
#include <cctype>

#include "run.hpp"

using namespace journey_test;

namespace {

// SARIF gives the repository root's file URI, which differs between checkouts: it is kept as
// file:///SRCROOT/ in the golden files (scripts/update-golden.sh writes it so).
std::string without_root(std::string out) {
  static const char* const hex = "0123456789ABCDEF";
  std::string uri = "\"file://";
  for (unsigned char c : fs::canonical(JOURNEY_SOURCE_DIR).generic_string()) {
    bool plain = std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~';
    uri +=
        plain ? std::string(1, static_cast<char>(c)) : std::string{'%', hex[c >> 4], hex[c & 15]};
  }
  uri += "/\"";
  for (std::size_t at = out.find(uri); at != std::string::npos; at = out.find(uri, at))
    out.replace(at, uri.size(), "\"file:///SRCROOT/\"");
  return out;
}

}  // namespace

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
    CHECK(without_root(journey(args).out) == slurp(dir / file));
    ++checked;
  }
  CHECK(checked >= 6);
}
