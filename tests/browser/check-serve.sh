#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# journey serve in headless Chromium (tests/tools/serve_check.js): the page follows edits of the
# journey file by itself, shows findings over the last good picture, and hostile requests get 4xx.
#   tests/browser/check-serve.sh BINARY [SCREENSHOT.png]
# Exit 77 (ctest: skipped) when Chromium or the npm tools are missing outside CI; in CI (CI=true)
# that is a failure: scripts/install-test-tools.sh installs them.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
journey=${1:?usage: check-serve.sh BINARY [SCREENSHOT.png]}
if [ ! -x /usr/bin/chromium ] || [ ! -d "$root/tests/tools/node_modules/puppeteer-core" ]; then
  echo "check-serve: Chromium or tests/tools/node_modules missing; run scripts/install-test-tools.sh"
  [ "${CI:-}" = true ] && exit 1
  exit 77
fi
work=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
cp "$root/examples/online-shop.journey.yaml" "$work/online-shop.journey.yaml"
cp -r "$root/examples/data" "$work/data"  # the export its funnel reads
"$journey" serve "$work" > "$work/serve.out" 2> "$work/serve.err" &
pid=$!
for _ in $(seq 100); do grep -q 'http://' "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
url=$(grep -o 'http://[^ ]*' "$work/serve.out") || { cat "$work/serve.err"; exit 1; }
timeout 120 node "$root/tests/tools/serve_check.js" "$url" "$work/online-shop.journey.yaml" ${2:+"$2"}
