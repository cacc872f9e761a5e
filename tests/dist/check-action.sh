#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs the steps of the journey GitHub Action (.github/action/*.sh, as action.yml calls them) with
# the built binary on the shipped examples, as a runner would: inputs as environment variables,
# GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and RUNNER_TEMP as files and a folder of their own. The
# install step runs in its `path` mode (journey already on PATH); downloading a release and
# building from source need the network and a runner, and are not run here.
#   tests/dist/check-action.sh BINARY
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
binary=${1:?usage: check-action.sh BINARY}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
steps="$root/.github/action"
fail() {
  echo "check-action: $*"
  exit 1
}

# A workspace with the examples and one journey with a lint error.
mkdir -p "$work/workspace/maps" "$work/runner" "$work/bin"
cp "$root"/examples/*.journey.yaml "$work/workspace/maps/"
cp -r "$root/examples/data" "$work/workspace/maps/data"  # the export the shop's funnel reads
ln -s "$binary" "$work/bin/journey"
export PATH="$work/bin:$PATH" RUNNER_TEMP="$work/runner" GITHUB_OUTPUT="$work/output"
export GITHUB_STEP_SUMMARY="$work/summary" XDG_CACHE_HOME="$work/cache"
export JOURNEY_TODAY=2026-11-23 JOURNEY_PATHS="maps"
unset GITHUB_ACTIONS NO_COLOR SOURCE_DATE_EPOCH
touch "$GITHUB_OUTPUT" "$GITHUB_STEP_SUMMARY"
cd "$work/workspace"
run() {  # run NAME EXPECTED-EXIT: a step, its output in $work/NAME.log
  local name=$1 expected=$2 status=0
  "$steps/$name.sh" > "$work/$name.log" 2>&1 || status=$?
  [ "$status" -eq "$expected" ] || { cat "$work/$name.log"; fail "$name.sh exited $status, not $expected"; }
}

JOURNEY_INSTALL=path run install 0
grep -qx "version=journey [0-9.]*" "$GITHUB_OUTPUT" || fail "install.sh gave no version output"
JOURNEY_INSTALL=nonsense run install 2

run lint 0
grep -qx "sarif=$RUNNER_TEMP/journey.sarif" "$GITHUB_OUTPUT" || fail "lint.sh gave no sarif output"
grep -q '"version": "2.1.0"' "$RUNNER_TEMP/journey.sarif" || fail "no SARIF 2.1.0 file"

# An error: the step fails, the annotation names file and line, and the SARIF file is written.
cp "$root/tests/data/cli/bad.journey.yaml" maps/
rm -f "$RUNNER_TEMP/journey.sarif"
run lint 1
grep -q "^::error file=maps/bad.journey.yaml,line=10," "$work/lint.log" ||
  { cat "$work/lint.log"; fail "no GitHub annotation for the lint error"; }
grep -q "unknown-reference" "$RUNNER_TEMP/journey.sarif" || fail "the SARIF file lacks the error"
JOURNEY_ANNOTATIONS=false JOURNEY_SARIF=false run lint 1
grep -q "^maps/bad.journey.yaml:10:21: error:" "$work/lint.log" || fail "no text findings"
rm maps/bad.journey.yaml

# The score gate: a passing and a failing minimum, the scorecards in the job summary.
JOURNEY_MIN_SCORE=10 run score 0
grep -q "online-shop" "$GITHUB_STEP_SUMMARY" || fail "no scorecard in the job summary"
JOURNEY_MIN_SCORE=100 run score 1
grep -q "^::error::a journey scores below the minimum of 100" "$work/score.log" ||
  fail "no error annotation below the minimum"

# Render: every journey, every view asked for, at its path under the folder.
JOURNEY_RENDER="$work/svg" JOURNEY_VIEWS="flow map" run render 0
count=$(find "$work/svg" -name '*.svg' | wc -l)
[ "$count" -eq $((2 * $(find maps -name "*.journey.yaml" | wc -l))) ] || fail "render.sh wrote $count files"
[ -s "$work/svg/maps/online-shop-flow.svg" ] || fail "no maps/online-shop-flow.svg"
grep -q "^rendered=$count$" "$GITHUB_OUTPUT" || fail "render.sh gave no rendered output"
echo "check-action: install, lint (SARIF and annotations), score and render ran as the action runs them"
