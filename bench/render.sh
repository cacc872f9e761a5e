#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Times `journey render` to SVG of generated journeys with 50, 200 and 1000 touchpoints in each
# view, side by side in one run with Graphviz's `dot -Tsvg` on the DOT that `journey render -T dot`
# emits for the same file and view (it carries its layout engine: dot for the flow, nop2 for the
# views journey lays out itself). Run by hand:  bench/render.sh [build-dir] [reference-build-dir]
# (needs a Release build and Graphviz's dot). Each row takes the best of 25 rounds (9 at 1000
# touchpoints), dot and journey run in turn in every round. With a reference build (a worktree of
# an older commit), its `journey render` runs in the same rounds, so a change is measured at the
# same moment.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
journey="$build/cli/journey"
reference=${2:+$2/cli/journey}
data=${BENCH_DATA:-/tmp/journey-render-bench}
command -v dot > /dev/null || { echo "needs Graphviz's dot (apt-get install graphviz)" >&2; exit 2; }
[ -x "$journey" ] || { echo "build first: cmake --build $build" >&2; exit 2; }

source bench/lib.sh

# The floor under journey's time: yaml-cpp alone reading the journey (bench/yaml_cpp_load.cpp),
# which dot does not have to do. The funnel view's DOT is eight steps whatever the journey's size.
yaml_cpp="$build/bench/bench_yaml_cpp_load"
if [ -n "$reference" ]; then
  echo "| view | touchpoints | dot -Tsvg on journey's DOT | journey render to SVG | ratio | yaml-cpp reading the journey | reference render | reference ratio |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
else
  echo "| view | touchpoints | dot -Tsvg on journey's DOT | journey render to SVG | ratio | yaml-cpp reading the journey |"
  echo "|---|---:|---:|---:|---:|---:|"
fi
# The funnel view draws a funnel: the generated journey's first eight touchpoints, counted from
# their metrics (a copy of the journey with `funnels:` appended).
with_funnel() {
  local steps
  # Touchpoints are the list items under a phase's touchpoints (six spaces in), not personas.
  steps=$(grep -E -o -- '^      - id: [A-Za-z0-9_-]+' "$1" | awk 'NR <= 8 {print $3}' | paste -sd, -)
  { cat "$1"; printf 'funnels:\n  - {id: bench, name: Bench, steps: [%s]}\n' "$steps"; } > "$2"
}
for view in ${VIEWS:-flow map emotion blueprint funnel}; do
  for n in 50 200 1000; do
    dir="$data/$n"
    if [ ! -f "$dir/yaml/journey-0000.journey.yaml" ]; then
      python3 bench/gen.py --files 1 --touchpoints "$n" --seed 1 --out "$dir" --formats yaml
    fi
    in="$dir/yaml/journey-0000.journey.yaml"
    if [ "$view" = funnel ]; then
      with_funnel "$in" "$dir/funnel.journey.yaml"
      in="$dir/funnel.journey.yaml"
    fi
    "$journey" render "$in" "$dir/$view.dot" --view "$view"
    # Small journeys take tens of milliseconds, where a machine's jitter is as large as the
    # difference measured: they get more rounds.
    rounds=$((n <= 200 ? 25 : 9))
    run_dot() { dot -Tsvg "$dir/$view.dot" -o "$dir/dot-$view.svg"; }
    run_journey() { "$journey" render "$in" "$dir/$view.svg" --view "$view"; }
    run_yaml_cpp() { if [ -x "$yaml_cpp" ]; then "$yaml_cpp" "$in"; fi; }
    run_reference() { "$reference" render "$in" "$dir/ref-$view.svg" --view "$view"; }
    if [ -z "$reference" ]; then
      read -r dot_s journey_s yaml_s < <(best_each "$rounds" run_dot run_journey run_yaml_cpp)
    else
      read -r dot_s journey_s yaml_s ref_s < <(
        best_each "$rounds" run_dot run_journey run_yaml_cpp run_reference
      )
    fi
    [ -x "$yaml_cpp" ] || yaml_s="-"
    ratio=$(awk "BEGIN{printf \"%.2f\", $journey_s / $dot_s}")
    row="| $view | $n | ${dot_s} s | ${journey_s} s | ${ratio}x | ${yaml_s} s |"
    if [ -n "$reference" ]; then
      ref_ratio=$(awk "BEGIN{printf \"%.2f\", $ref_s / $dot_s}")
      row+=" ${ref_s} s | ${ref_ratio}x |"
    fi
    echo "$row"
  done
done
