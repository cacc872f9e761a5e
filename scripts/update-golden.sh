#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Rewrites the golden outputs in tests/data/golden from the built binary, as listed in
# tests/data/golden/cases.txt. Read `git diff tests/data/golden` before committing the result.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${JOURNEY:-build/cli/journey}
while IFS=$'\t' read -r file args; do
  case "$file" in ''|'#'*) continue ;; esac
  # The root's file URI (SARIF's originalUriBaseIds) as the golden test keeps it.
  # shellcheck disable=SC2086  # the arguments are words, split on purpose
  "$bin" $args | sed "s|\"file://$(pwd -P)/\"|\"file:///SRCROOT/\"|" > "tests/data/golden/$file" || true
  echo "updated tests/data/golden/$file"
done < tests/data/golden/cases.txt
