#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Times `journey diff` of two versions of a generated 1000-touchpoint journey (the second with
# about 5% of emotions, names and next links changed), best of 9, against `journey lint` of one
# version (the cost of reading one side). Run by hand:  bench/diff.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
journey="$build/cli/journey"
data=${BENCH_DATA:-/tmp/journey-diff-bench}
[ -x "$journey" ] || { echo "build first: cmake --build $build" >&2; exit 2; }
if [ ! -f "$data/new.journey.yaml" ]; then
  python3 bench/gen.py --files 1 --touchpoints 1000 --seed 7 --out "$data" --formats yaml
  cp "$data/yaml/journey-0000.journey.yaml" "$data/old.journey.yaml"
  python3 - "$data" <<'PY'
import random, re, sys
d = sys.argv[1]
rng = random.Random(7)
lines = open(f"{d}/old.journey.yaml").read().split("\n")
for i, line in enumerate(lines):
    if rng.random() < 0.05:
        lines[i] = re.sub(r"emotion: (\d)", lambda m: f"emotion: {6 - int(m.group(1))}", line)
        lines[i] = re.sub(r"name: (.*)", r"name: \1 (v2)", lines[i]) if "  name:" in line else lines[i]
open(f"{d}/new.journey.yaml", "w").write("\n".join(lines))
PY
fi

source bench/lib.sh

changes=$("$journey" diff "$data/old.journey.yaml" "$data/new.journey.yaml" | tail -1 || true)
echo "| what | time |"
echo "|---|---:|"
echo "| journey diff, two 1000-touchpoint versions ($changes) | $(best 9 "$journey" diff "$data/old.journey.yaml" "$data/new.journey.yaml") s |"
echo "| journey lint -j1 of one version (reading one side) | $(best 9 "$journey" lint -q -j1 "$data/old.journey.yaml") s |"
echo "| journey --version (process start) | $(best 9 "$journey" --version) s |"
