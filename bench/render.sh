#!/usr/bin/env bash
# Times `journey render` to SVG of generated journeys with 50, 200 and 1000 touchpoints, side by
# side in one run with Graphviz's `dot -Tsvg` on the DOT that `journey render -T dot` emits for the
# same file. Run by hand:  bench/render.sh [build-dir]   (needs a Release build and `dot`)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
journey="$build/cli/journey"
data=${BENCH_DATA:-/tmp/journey-render-bench}
command -v dot > /dev/null || { echo "needs Graphviz's dot (apt-get install graphviz)" >&2; exit 2; }
[ -x "$journey" ] || { echo "build first: cmake --build $build" >&2; exit 2; }

source bench/lib.sh

echo "| touchpoints | dot -Tsvg on journey's DOT | journey render to SVG | ratio |"
echo "|---:|---:|---:|---:|"
for n in 50 200 1000; do
  dir="$data/$n"
  if [ ! -f "$dir/yaml/journey-0000.journey.yaml" ]; then
    python3 bench/gen.py --files 1 --touchpoints "$n" --seed 1 --out "$dir" --formats yaml
  fi
  in="$dir/yaml/journey-0000.journey.yaml"
  "$journey" render "$in" "$dir/journey.dot"
  dot_s=$(best 9 dot -Tsvg "$dir/journey.dot" -o "$dir/dot.svg")
  journey_s=$(best 9 "$journey" render "$in" "$dir/journey.svg")
  ratio=$(awk "BEGIN{printf \"%.2f\", $journey_s / $dot_s}")
  echo "| $n | ${dot_s} s | ${journey_s} s | ${ratio}x |"
done
