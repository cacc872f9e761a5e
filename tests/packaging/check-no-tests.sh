#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# `scripts/bootstrap.sh --no-test-tools` configures a build without a single test or benchmark:
# nothing from tests/ or bench/ is compiled and ctest finds no test. Runs the script itself
# (--configure-only, into a scratch BUILD_DIR) with apt-get and sudo replaced by stubs that
# fail, so that it never installs anything from here.
#   tests/packaging/check-no-tests.sh
# Exit 77 (ctest: skipped) outside CI when a package bootstrap needs is missing.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/stubs"
for tool in apt-get sudo; do
  printf '#!/bin/sh\necho "check-no-tests: %s called: a package is missing" >&2\nexit 99\n' \
    "$tool" > "$work/stubs/$tool"
  chmod +x "$work/stubs/$tool"
done
status=0
PATH="$work/stubs:$PATH" BUILD_DIR="$work/build" CMAKE_ARGS="" \
  "$root/scripts/bootstrap.sh" --no-test-tools --configure-only > "$work/log" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
  cat "$work/log"
  if grep -q "check-no-tests: .* called" "$work/log" && [ "${CI:-}" != true ]; then exit 77; fi
  echo "check-no-tests: bootstrap.sh --no-test-tools --configure-only failed (exit $status)"
  exit 1
fi
commands="$work/build/compile_commands.json"
[ -f "$commands" ] || { echo "check-no-tests: no $commands"; exit 1; }
if grep -E "\"file\": \"$root/(tests|bench)/" "$commands"; then
  echo "check-no-tests: --no-test-tools still compiles the files above"
  exit 1
fi
grep -q "\"file\": \"$root/cli/serve/serve_elsewhere.cpp\"" "$commands" ||
  { echo "check-no-tests: the journey command is not built"; exit 1; }
if [ -f "$work/build/CTestTestfile.cmake" ]; then
  echo "check-no-tests: --no-test-tools still registers tests with ctest"
  exit 1
fi
echo "check-no-tests: scripts/bootstrap.sh --no-test-tools builds the library and journey only"
