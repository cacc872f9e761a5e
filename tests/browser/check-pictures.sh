#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Renders every view of every example and test journey to SVG, opens each in headless Chromium
# (Debian's, through puppeteer-core) and fails on any two text boxes that overlap as the browser
# lays them out, on any text ending in an ellipsis, on any English fixed word in Dutch output, and
# on flow views whose phase columns do not share one top edge.
#   tests/browser/check-pictures.sh BINARY [OUT-DIR]
# Exit 77 (ctest: skipped) when Chromium or the npm tools are missing outside CI; in CI (CI=true)
# that is a failure: scripts/install-test-tools.sh installs them.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
journey=${1:?usage: check-pictures.sh BINARY [OUT-DIR]}
out=${2:-$(mktemp -d)}
checker="$root/tests/tools/svg_text_check.js"
if [ ! -x /usr/bin/chromium ] || [ ! -d "$root/tests/tools/node_modules/puppeteer-core" ]; then
  echo "check-pictures: Chromium or tests/tools/node_modules missing; run scripts/install-test-tools.sh"
  [ "${CI:-}" = true ] && exit 1
  exit 77
fi
mkdir -p "$out"/en "$out"/nl "$out"/flow
journeys=("$root"/examples/*.journey.yaml "$root"/tests/data/render/*.journey.yaml)
for file in "${journeys[@]}"; do
  name=$(basename "$file" .journey.yaml)
  for view in flow map emotion blueprint funnel; do
    # The funnel view needs a funnel.
    if [ "$view" = funnel ] && ! grep -q '^funnels:' "$file"; then continue; fi
    "$journey" render "$file" "$out/en/$name-$view.svg" --view "$view"
  done
  cp "$out/en/$name-flow.svg" "$out/flow/"
done
# Dutch: a journey written in Dutch with every lane, so any English left is a fixed word.
for view in flow map emotion blueprint funnel; do
  "$journey" render "$root/tests/data/render/nederlands.journey.yaml" "$out/nl/nederlands-$view.svg" \
    --view "$view" --lang nl
done
status=0
node "$checker" "$out"/en/*.svg || status=1
node "$checker" --forbid-words "$root/tests/browser/english-words.txt" "$out"/nl/*.svg || status=1
node "$checker" --same-top-class cluster "$out"/flow/*.svg || status=1
exit $status
