#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Step 2 of the journey action: lint, once as SARIF for code scanning and once as GitHub
# annotations on the pull request, whose exit code is the step's.
#   JOURNEY_SARIF        true: write the SARIF file for the upload step [default: true]
#   JOURNEY_ANNOTATIONS  true: --format github; false: text [default: true]
#   JOURNEY_FAIL_ON      --fail-on: error, warning or info [default: error]
#   (and the inputs of common.sh)
# Output: sarif (the SARIF file's path, when written).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$here/common.sh"

if [ "${JOURNEY_SARIF:-true}" = true ]; then
  sarif=${RUNNER_TEMP:-/tmp}/journey.sarif
  status=0
  journey lint --format sarif --output "$sarif" "${journey_common[@]}" "${journey_paths[@]}" ||
    status=$?
  # 1 is findings, which the SARIF file holds; 2 is a run that could not be done.
  [ "$status" -le 1 ] || exit "$status"
  output sarif "$sarif"
  echo "lint: wrote $sarif"
fi
format=text
[ "${JOURNEY_ANNOTATIONS:-true}" != true ] || format=github
exec journey lint --format "$format" --fail-on "${JOURNEY_FAIL_ON:-error}" "${journey_common[@]}" \
  "${journey_paths[@]}"
