#!/usr/bin/env bash
# Times `journey lint` on 1, 100 and 1000 generated journeys of 50 touchpoints, side by side in one
# run with a bare single-threaded yaml-cpp YAML::LoadFile loop over the same files. Run by hand:
#   bench/lint.sh [build-dir]        (default build/; needs a Release build)
# Prints a Markdown table: best of 3 wall-clock times (including process start), and peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
journey="$build/cli/journey"
baseline="$build/bench/bench_yaml_cpp_load"
data=${BENCH_DATA:-/tmp/journey-bench}
[ -x "$journey" ] && [ -x "$baseline" ] || { echo "build first: cmake --build $build" >&2; exit 2; }

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

echo "| files | size | yaml-cpp LoadFile, 1 thread | journey lint | ratio | journey peak RSS |"
echo "|---:|---:|---:|---:|---:|---:|"
all=("$data"/yaml/*.journey.yaml)
for n in 1 100 1000; do
  files="${all[*]:0:$n}"
  size=$(du -ch $files | tail -1 | cut -f1)
  read -r base_s _ <<< "$(best "$baseline" $files)"
  read -r lint_s lint_kb <<< "$(best "$journey" lint -q --today 2026-11-23 $files)"
  ratio=$(awk "BEGIN{printf \"%.2f\", $lint_s / ($base_s > 0 ? $base_s : 0.001)}")
  echo "| $n | $size | ${base_s} s | ${lint_s} s | ${ratio}x | $((lint_kb / 1024)) MiB |"
done
echo
echo "machine: $(nproc) cores; $(uname -sr)"
