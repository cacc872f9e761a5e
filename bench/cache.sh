#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Times `journey lint --cache` on 1000 generated journeys of 50 touchpoints, side by side in one
# run with `journey lint` without a cache: cold (empty cache: lint and store), warm (every file
# unchanged) and warm after touching one file in ten (size and time differ, so those are re-read
# and digested). Best of 3 each; the output of every run is compared with the uncached one.
#   bench/cache.sh [build-dir]        (default build/; needs a Release build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
journey="$build/cli/journey"
data=${BENCH_DATA:-/tmp/journey-bench}
[ -x "$journey" ] || { echo "build first: cmake --build $build" >&2; exit 2; }
source bench/lib.sh
if [ ! -f "$data/yaml/journey-0999.journey.yaml" ]; then
  python3 bench/gen.py --files 1000 --touchpoints 50 --seed 1 --out "$data" --formats yaml
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$data"/yaml/*.journey.yaml "$work/"
lint=("$journey" lint -f json --today 2026-11-23 "$work")
cached=("${lint[@]}" --cache-dir "$work/.cache")

"${lint[@]}" > "$work/expected.json" || true
plain_s=$(best 3 "${lint[@]}")
cold_s=$(best 3 bash -c 'rm -rf "$0/.cache"; "${@}"' "$work" "${cached[@]}")
"${cached[@]}" > /dev/null || true
warm_s=$(best 3 "${cached[@]}")
touched_s=$(best 3 bash -c 'for f in "$0"/journey-*0.journey.yaml; do echo "# e" >> "$f"; done; "${@}"' \
  "$work" "${cached[@]}")
"${lint[@]}" > "$work/expected.json" || true
"${cached[@]}" > "$work/actual.json" || true
cmp -s "$work/expected.json" "$work/actual.json" || { echo "cached output differs" >&2; exit 1; }

echo "| journey lint, 1000 files | best of 3 | speed-up |"
echo "|---|---:|---:|"
for pair in "no cache:$plain_s" "--cache, cold:$cold_s" "--cache, warm:$warm_s" \
            "--cache, 100 files edited:$touched_s"; do
  name=${pair%%:*}
  s=${pair##*:}
  echo "| $name | ${s} s | $(awk "BEGIN{printf \"%.1f\", $plain_s / ($s > 0 ? $s : 0.001)}")x |"
done
echo
echo "machine: $(nproc) cores; $(uname -sr)"
