#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Times `journey lint` on 1, 100 and 1000 generated journeys of 50 touchpoints, side by side in one
# run with a bare single-threaded yaml-cpp YAML::LoadFile loop over the same files. Run by hand:
#   bench/lint.sh [build-dir] [reference-build-dir]   (default build/; Release builds)
# Prints a Markdown table: best of 3 wall-clock times (including process start), and peak memory.
# With a reference build (say, a worktree of an older commit), its `journey lint` runs in the same
# loop, so that a change's cost is measured against the same noisy machine at the same moment.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
journey="$build/cli/journey"
baseline="$build/bench/bench_yaml_cpp_load"
reference=${2:+$2/cli/journey}
data=${BENCH_DATA:-/tmp/journey-bench}
[ -x "$journey" ] && [ -x "$baseline" ] || { echo "build first: cmake --build $build" >&2; exit 2; }
[ -z "$reference" ] || [ -x "$reference" ] || { echo "no $reference: build the reference" >&2; exit 2; }

if [ ! -f "$data/yaml/journey-0999.journey.yaml" ]; then
  python3 bench/gen.py --files 1000 --touchpoints 50 --seed 1 --out "$data" --formats yaml
fi

best() {  # best of 3 wall-clock seconds (bash's microsecond clock), and the peak RSS in KiB
  local best_s="" best_kb=0
  for _ in 1 2 3; do
    local t0=$EPOCHREALTIME
    /usr/bin/time -o "$data/time.txt" -f "%M" "$@" > /dev/null 2> /dev/null || true
    local t1=$EPOCHREALTIME
    local s kb
    s=$(awk "BEGIN{printf \"%.3f\", $t1 - $t0}")
    kb=$(tail -1 "$data/time.txt")
    if [ -z "$best_s" ] || awk "BEGIN{exit !($s < $best_s)}"; then best_s=$s; fi
    [ "$kb" -gt "$best_kb" ] && best_kb=$kb
  done
  echo "$best_s $best_kb"
}

if [ -n "$reference" ]; then
  echo "| files | size | yaml-cpp LoadFile, 1 thread | journey lint | ratio | peak RSS | reference lint | reference ratio |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
else
  echo "| files | size | yaml-cpp LoadFile, 1 thread | journey lint | ratio | journey peak RSS |"
  echo "|---:|---:|---:|---:|---:|---:|"
fi
all=("$data"/yaml/*.journey.yaml)
for n in 1 100 1000; do
  files="${all[*]:0:$n}"
  size=$(du -ch $files | tail -1 | cut -f1)
  read -r base_s _ <<< "$(best "$baseline" $files)"
  read -r lint_s lint_kb <<< "$(best "$journey" lint -q --today 2026-11-23 $files)"
  ratio=$(awk "BEGIN{printf \"%.2f\", $lint_s / ($base_s > 0 ? $base_s : 0.001)}")
  row="| $n | $size | ${base_s} s | ${lint_s} s | ${ratio}x | $((lint_kb / 1024)) MiB |"
  if [ -n "$reference" ]; then
    read -r ref_s _ <<< "$(best "$reference" lint -q --today 2026-11-23 $files)"
    ref_ratio=$(awk "BEGIN{printf \"%.2f\", $ref_s / ($base_s > 0 ? $base_s : 0.001)}")
    row+=" ${ref_s} s | ${ref_ratio}x |"
  fi
  echo "$row"
done
echo
echo "machine: $(nproc) cores; $(uname -sr)"
