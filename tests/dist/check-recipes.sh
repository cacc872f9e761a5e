#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Checks the distribution recipes with real tools: action.yml and every workflow against GitHub's
# schemas (@action-validator/cli, which must also reject a broken action), the Containerfile with
# dockerfilelint and for its two debian:12-slim stages, and the action's scripts with shellcheck.
#   tests/dist/check-recipes.sh
# Exit 77 (ctest: skipped) when tests/tools/node_modules or shellcheck is missing outside CI; a
# failure in CI (scripts/install-test-tools.sh installs them). The container cannot be built here
# (no container engine); the release workflow runs only on GitHub.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bin="$root/tests/tools/node_modules/.bin"
if [ ! -x "$bin/action-validator" ] || [ ! -x "$bin/dockerfilelint" ] ||
   ! command -v shellcheck > /dev/null 2>&1; then
  echo "check-recipes: tests/tools/node_modules or shellcheck missing; run scripts/install-test-tools.sh"
  [ "${CI:-}" = true ] && exit 1
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for file in "$root/action.yml" "$root"/.github/workflows/*.yml; do
  "$bin/action-validator" "$file" || { echo "check-recipes: $file is not valid"; status=1; }
done
# A step of a composite action without its shell: the validator must say so.
sed '0,/      shell: bash/{/      shell: bash/d}' "$root/action.yml" > "$work/action.yml"
if "$bin/action-validator" "$work/action.yml" > /dev/null 2>&1; then
  echo "check-recipes: action-validator accepts a composite step without 'shell'"
  status=1
fi
"$bin/dockerfilelint" "$root/Containerfile" > "$work/dockerfilelint" 2>&1 ||
  { cat "$work/dockerfilelint"; status=1; }
grep -q "Issues: None found" "$work/dockerfilelint" || { cat "$work/dockerfilelint"; status=1; }
if [ "$(grep -c '^FROM debian:12-slim' "$root/Containerfile")" -ne 2 ] ||
   ! grep -q '^COPY --from=build ' "$root/Containerfile"; then
  echo "check-recipes: the Containerfile is not a build and a runtime stage on debian:12-slim"
  status=1
fi
shellcheck -x "$root"/.github/action/*.sh || status=1
[ "$status" -eq 0 ] && echo "check-recipes: action, workflows, Containerfile and scripts check out"
exit "$status"
