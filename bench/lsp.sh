#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Measures the live tools (not a test; run by hand):  bench/lsp.sh [build-dir]
#   - journey lsp on a generated journey of 200 touchpoints: diagnostics latency after a change
#     (median of 100 edits, debounce included) and completion latency, then its memory over 10,000
#     edits (LSP_ARGS="--debounce 0" measures the analysis alone);
#   - journey serve on one of 50 touchpoints: from saving the file to the page being told to
#     reload (its pictures drawn), and to the new picture fetched (median of 20 saves).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
journey="$build/cli/journey"
data=${BENCH_DATA:-/tmp/journey-live-bench}
[ -x "$journey" ] || { echo "build first: cmake --build $build" >&2; exit 2; }
for n in 200 50; do
  [ -f "$data/$n/yaml/journey-0000.journey.yaml" ] ||
    python3 bench/gen.py --files 1 --touchpoints "$n" --seed 1 --out "$data/$n" --formats yaml
done
echo "journey lsp, 200 touchpoints ($(wc -l < "$data/200/yaml/journey-0000.journey.yaml") lines):"
python3 bench/live_bench.py lsp "$journey" "$data/200/yaml/journey-0000.journey.yaml"
echo "journey serve, 50 touchpoints:"
python3 bench/live_bench.py serve "$journey" "$data/50/yaml/journey-0000.journey.yaml"
