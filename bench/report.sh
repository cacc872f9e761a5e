#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Times `journey report` on 100 and 1000 generated journeys of 50 touchpoints, side by side in one
# run with `journey lint` on the same files (both on all cores), with the peak memory of the
# largest process. Run by hand, never as a timed test:
#   bench/report.sh [build-dir]        (default build/; needs a Release build)
# Rows: lint; report into a new folder (every diagram drawn: four views per journey, 50
# touchpoints each); report over the previous site (unchanged journeys: diagrams reused); report
# on one process (-j 1), to show what the workers buy. Data: python3 bench/gen.py, in
# $BENCH_DATA (default /tmp/journey-bench).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
journey="$build/cli/journey"
data=${BENCH_DATA:-/tmp/journey-bench}
[ -x "$journey" ] || { echo "build first: cmake --build $build" >&2; exit 2; }
command -v /usr/bin/time > /dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }

if [ ! -f "$data/yaml/journey-0999.journey.yaml" ]; then
  python3 bench/gen.py --files 1000 --touchpoints 50 --seed 1 --out "$data" --formats yaml
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One run: wall-clock seconds (bash's microsecond clock) and the peak RSS in MiB of the largest
# process (GNU time reports the biggest of the process and the children it waited for).
measure() {
  local t0 t1 kb
  t0=$EPOCHREALTIME
  /usr/bin/time -o "$work/time.txt" -f "%M" "$@" > /dev/null 2> "$work/err.txt" ||
    { cat "$work/err.txt" >&2; exit 1; }
  t1=$EPOCHREALTIME
  kb=$(tail -1 "$work/time.txt")
  echo "$(awk "BEGIN{printf \"%.2f\", $t1 - $t0}") $((kb / 1024))"
}

echo "| journeys | run | wall time | ratio to lint | peak RSS, largest process |"
echo "|---:|---|---:|---:|---:|"
all=("$data"/yaml/*.journey.yaml)
for n in 100 1000; do
  files=("${all[@]:0:$n}")
  read -r lint_s lint_mb <<< "$(measure "$journey" lint -q --today 2026-11-23 "${files[@]}")"
  echo "| $n | journey lint | ${lint_s} s | 1.00x | ${lint_mb} MiB |"
  site="$work/site-$n"
  rm -rf "$site"
  read -r cold_s cold_mb <<< "$(measure "$journey" report -o "$site" --today 2026-11-23 "${files[@]}")"
  ratio=$(awk "BEGIN{printf \"%.2f\", $cold_s / $lint_s}")
  echo "| $n | journey report, new site (all diagrams drawn) | ${cold_s} s | ${ratio}x | ${cold_mb} MiB |"
  read -r warm_s warm_mb <<< "$(measure "$journey" report -o "$site" --today 2026-11-23 "${files[@]}")"
  ratio=$(awk "BEGIN{printf \"%.2f\", $warm_s / $lint_s}")
  echo "| $n | journey report, over the previous site (diagrams reused) | ${warm_s} s | ${ratio}x | ${warm_mb} MiB |"
  rm -rf "$site"
  read -r one_s one_mb <<< "$(measure "$journey" report -o "$site" --today 2026-11-23 -j 1 "${files[@]}")"
  ratio=$(awk "BEGIN{printf \"%.2f\", $one_s / $lint_s}")
  echo "| $n | journey report -j 1, new site | ${one_s} s | ${ratio}x | ${one_mb} MiB |"
done
echo
echo "site of 1000 journeys: $(du -sh "$work/site-1000" | cut -f1), $(find "$work/site-1000" -type f | wc -l) files"
echo "machine: $(nproc) cores; $(uname -sr)"
