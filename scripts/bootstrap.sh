#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Sets up a fresh Debian 12 machine: installs the build dependencies and the tools the tests use
# (scripts/install-test-tools.sh: Chromium, clang, the npm test tools; when missing), builds
# journey, and lints a shipped example. Safe to run again.
#   scripts/bootstrap.sh                  install, build, lint examples/online-shop.journey.yaml
#   scripts/bootstrap.sh --no-run         install and build only
#   scripts/bootstrap.sh --no-test-tools  leave out the test tools and build no tests
#                                         (-DJOURNEY_BUILD_TESTS=OFF: the library and journey only)
#   scripts/bootstrap.sh --configure-only install and configure, build nothing
# BUILD_DIR (default build), BUILD_TYPE (default Release) and CMAKE_ARGS are honoured.
set -euo pipefail
cd "$(dirname "$0")/.."

# Fonts are named so that diagrams (and the committed README image) come out the same everywhere.
packages=(g++ cmake make pkg-config git libyaml-cpp-dev libcli11-dev libgraphviz-dev libcairo2-dev graphviz catch2
          fonts-liberation2 fonts-dejavu-core nlohmann-json3-dev libcpp-httplib-dev
          libhyphen-dev hyphen-nl hyphen-en-us fonts-noto-cjk gettext)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "bootstrap: installing ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Without the test tools no test is built either: said on every run, as the build folder's cache
# would otherwise keep the last run's choice.
build_tests=ON
case " $* " in *" --no-test-tools "*) build_tests=OFF ;; *) scripts/install-test-tools.sh ;; esac

build=${BUILD_DIR:-build}
build_type=${BUILD_TYPE:-Release}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE="$build_type" -DJOURNEY_BUILD_TESTS="$build_tests" \
  ${CMAKE_ARGS:-}
[[ " $* " == *" --configure-only "* ]] && exit 0
cmake --build "$build" -j2

if [[ " $* " != *" --no-run "* ]]; then
  echo "bootstrap: $build/cli/journey lint examples/online-shop.journey.yaml"
  "$build/cli/journey" lint examples/online-shop.journey.yaml
fi
