#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Times `journey funnel` on a generated event log of 10 million rows (users through 8 steps,
# a closed funnel with a 1 h window), side by side in one run with a plain reference over the
# same file: sort by user and time (GNU sort, 2 threads), then one awk pass with the same
# semantics. Both results must agree. Wall time (best of 3) and peak memory (/usr/bin/time -v).
#   bench/funnel.sh [build-dir] [rows]     (default build/, 10000000; needs a Release build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
rows=${2:-10000000}
journey="$build/cli/journey"
data=${BENCH_DATA:-/tmp/journey-bench}/funnel-$rows
[ -x "$journey" ] || { echo "build first: cmake --build $build" >&2; exit 2; }
source bench/lib.sh
mkdir -p "$data/.git"
[ -f "$data/events.csv" ] || python3 bench/funnel_gen.py "$rows" "$data/events.csv"
{
  echo "journey: Bench funnel"
  echo "model: see-think-do-care"
  echo "phases:"
  echo "  do:"
  echo "    touchpoints:"
  for k in 1 2 3 4 5 6 7 8; do
    echo "      - {id: s$k, name: Step $k, channel: web, emotion: 3, events: [e$k]}"
  done
  echo "funnels:"
  echo "  - {id: f, name: Eight steps, window: 1h, data: [events.csv]}"
} > "$data/bench.journey.yaml"

# The reference: a user's attempt starts at e1 and moves one step at a time within an hour of its
# start; the best attempt counts, as journey computes it.
reference() {
  tail -n +2 "$1" | LC_ALL=C sort -t, -k1,1 -k3,3n -S 1G --parallel=2 | awk -F, '
    function flush() { for (k = 1; k <= best; k++) n[k]++ }
    $1 != user { flush(); user = $1; cur = 0; best = 0 }
    {
      s = substr($2, 2) + 0
      if ($2 !~ /^e[1-8]$/) next
      if (cur > 0 && $3 - start > 3600) cur = 0
      if (s == cur + 1) { if (s == 1) start = $3; cur = s; if (cur > best) best = cur }
    }
    END { flush(); for (k = 1; k <= 8; k++) printf "%d%s", n[k], (k < 8 ? " " : "\n") }'
}
export -f reference

ours=$("$journey" funnel "$data/bench.journey.yaml" --format json |
  python3 -c 'import json,sys; d=json.load(sys.stdin); print(" ".join(str(int(s["reached"])) for s in d[0]["funnels"][0]["total"]["steps"]))')
theirs=$(reference "$data/events.csv")
echo "journey:   $ours"
echo "reference: $theirs"
[ "$ours" = "$theirs" ] || { echo "the counts differ" >&2; exit 1; }

size=$(du -h "$data/events.csv" | cut -f1)
j_s=$(best 3 "$journey" funnel "$data/bench.journey.yaml")
r_s=$(best 3 bash -c 'reference "$0"' "$data/events.csv")
peak() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident/ {printf "%.0f", $2 / 1024}'; }
j_mb=$(peak "$journey" funnel "$data/bench.journey.yaml")
r_mb=$(peak bash -c 'reference "$0"' "$data/events.csv")
echo
echo "| $rows rows ($size), 8 steps, window 1h | best of 3 | peak memory |"
echo "|---|---:|---:|"
echo "| journey funnel | ${j_s} s | ${j_mb} MiB |"
echo "| sort + awk | ${r_s} s | ${r_mb} MiB (sort and awk: the largest one) |"
