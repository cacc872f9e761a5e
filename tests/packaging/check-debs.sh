#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds both Debian packages of a build (cpack -G DEB: journey and journey-dev) and checks them
# with Debian's lintian: no error and no warning may remain. The few overrides, each with its
# reason, are in cmake/debian/lintian-overrides (installed in the packages).
#   tests/packaging/check-debs.sh BUILD_DIR CPACK
# Exit 77 (ctest: skipped) when lintian is missing outside CI; a failure in CI (CI=true), where
# scripts/install-test-tools.sh installs it.
set -euo pipefail
build=${1:?usage: check-debs.sh BUILD_DIR CPACK}
cpack=${2:?usage: check-debs.sh BUILD_DIR CPACK}
if ! command -v lintian > /dev/null 2>&1; then
  echo "check-debs: lintian missing; run scripts/install-test-tools.sh"
  [ "${CI:-}" = true ] && exit 1
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Ninja names a generator without a `preinstall` target: cpack packs what is built, as it is,
# instead of building the tree first (see tests/cli/package_cli_test.cpp).
if ! (cd "$work" && "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" \
        -D CPACK_CMAKE_GENERATOR=Ninja > "$work/cpack.log" 2>&1); then
  cat "$work/cpack.log"
  exit 1
fi
shopt -s nullglob
debs=("$work"/out/*.deb)
if [ "${#debs[@]}" -ne 2 ]; then
  echo "check-debs: cpack wrote ${#debs[@]} packages, not 2 (journey and journey-dev)"
  exit 1
fi
# Root runs lintian with a note on stderr; the tags are on stdout.
status=0
lintian --fail-on error,warning --no-tag-display-limit "${debs[@]}" || status=$?
if [ "$status" -ne 0 ]; then
  echo "check-debs: lintian found errors or warnings in ${debs[*]##*/} (exit $status)"
  exit 1
fi
echo "check-debs: lintian is clean on ${debs[*]##*/}"
