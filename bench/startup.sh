#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Times the start-up of `journey`: linting a five-line journey against `journey --version` (the
# process and its libraries alone), best of 21 runs each, side by side in one run; and, as the
# reference for what parsing costs, the time with each built-in model parsed (journey models).
#   bench/startup.sh [build-dir]        (default build/; needs a Release build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
journey="$build/cli/journey"
[ -x "$journey" ] || { echo "build first: cmake --build $build" >&2; exit 2; }
source bench/lib.sh
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cat > "$dir/small.journey.yaml" <<'YAML'
journey: Small
model: aida
reviewed: 2026-11-01
phases:
  attention: {touchpoints: [{id: ad, name: Ad, channel: social, emotion: 4}]}
YAML
version_s=$(best 21 "$journey" --version)
lint_s=$(best 21 "$journey" lint "$dir/small.journey.yaml" --today 2026-11-23)
models_s=$(best 21 "$journey" models)
echo "| command | best of 21 | over --version |"
echo "|---|---:|---:|"
echo "| journey --version | ${version_s} s | |"
for pair in "lint a 5-line journey:$lint_s" "models (parses all 6 built-in models):$models_s"; do
  name=${pair%%:*}
  s=${pair##*:}
  echo "| journey $name | ${s} s | +$(awk "BEGIN{printf \"%.1f\", ($s - $version_s) * 1000}") ms |"
done
