// SPDX-License-Identifier: Apache-2.0
// Honest skips for tests that need a tool from scripts/install-test-tools.sh. Under CI=true a
// missing tool fails the test: CI installs every tool, so a skip there would hide a broken set-up.
// Elsewhere the test prints the marker that tests/CMakeLists.txt gives ctest as
// SKIP_REGULAR_EXPRESSION, so ctest reports it as skipped, not passed, and returns.
#pragma once

#include <catch2/catch.hpp>
#include <cstdlib>
#include <iostream>
#include <string>

namespace journey_test {

inline bool in_ci() {
  const char* ci = std::getenv("CI");
  return ci != nullptr && std::string(ci) == "true";
}

}  // namespace journey_test

// Ends the test case: a failure under CI=true, a skip that ctest counts otherwise. Use it before
// any check, so that a skipped test never hides a failed one.
#define JOURNEY_SKIP(reason)                                       \
  do {                                                             \
    if (journey_test::in_ci())                                     \
      FAIL(reason << " (CI=true, where every tool must be there: " \
                     "scripts/install-test-tools.sh)");            \
    std::cout << "journey-test-skipped: " << reason << std::endl;  \
    return;                                                        \
  } while (false)
