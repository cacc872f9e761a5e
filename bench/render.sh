#!/usr/bin/env bash
# Times `journey render` to SVG of generated journeys with 50, 200 and 1000 touchpoints in each
# view, side by side in one run with Graphviz's `dot -Tsvg` on the DOT that `journey render -T dot`
# emits for the same file and view (it carries its layout engine: dot for the flow, nop2 for the
# views journey lays out itself). Run by hand:  bench/render.sh [build-dir]   (needs a Release
# build and Graphviz's dot)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
journey="$build/cli/journey"
data=${BENCH_DATA:-/tmp/journey-render-bench}
command -v dot > /dev/null || { echo "needs Graphviz's dot (apt-get install graphviz)" >&2; exit 2; }
[ -x "$journey" ] || { echo "build first: cmake --build $build" >&2; exit 2; }

source bench/lib.sh

echo "| view | touchpoints | dot -Tsvg on journey's DOT | journey render to SVG | ratio |"
echo "|---|---:|---:|---:|---:|"
for view in ${VIEWS:-flow map emotion blueprint}; do
  for n in 50 200 1000; do
    dir="$data/$n"
    if [ ! -f "$dir/yaml/journey-0000.journey.yaml" ]; then
      python3 bench/gen.py --files 1 --touchpoints "$n" --seed 1 --out "$dir" --formats yaml
    fi
    in="$dir/yaml/journey-0000.journey.yaml"
    "$journey" render "$in" "$dir/$view.dot" --view "$view"
    dot_s=$(best 9 dot -Tsvg "$dir/$view.dot" -o "$dir/dot-$view.svg")
    journey_s=$(best 9 "$journey" render "$in" "$dir/$view.svg" --view "$view")
    ratio=$(awk "BEGIN{printf \"%.2f\", $journey_s / $dot_s}")
    echo "| $view | $n | ${dot_s} s | ${journey_s} s | ${ratio}x |"
  done
done
