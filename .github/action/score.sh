#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Step 3 of the journey action (when min-score is given): the scorecards, printed and added to
# the job's summary, failing below the minimum.
#   JOURNEY_MIN_SCORE  --min-score N (0 to 100)
#   (and the inputs of common.sh)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$here/common.sh"
: "${JOURNEY_MIN_SCORE:?score: no min-score given}"
card=${RUNNER_TEMP:-/tmp}/journey-score.md
status=0
journey score --format markdown --min-score "$JOURNEY_MIN_SCORE" "${journey_common[@]}" \
  "${journey_paths[@]}" > "$card" || status=$?
cat "$card"
summary < "$card"
if [ "$status" -eq 1 ]; then
  echo "::error::a journey scores below the minimum of $JOURNEY_MIN_SCORE"
fi
exit "$status"
