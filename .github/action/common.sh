#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Shared by the steps of the journey GitHub Action (action.yml): the inputs as the action passes
# them (environment variables), and how a step hands results to the runner. Sourced, not run.
#   JOURNEY_PATHS    files and folders to check, separated by spaces or new lines [default: .]
#   JOURNEY_TODAY    --today for lint and score [default: none, see README "Dates"]
#   JOURNEY_CONFIG   -c FILE for lint and score [default: the nearest .journeylint.yaml]
# Outside a runner GITHUB_OUTPUT and GITHUB_STEP_SUMMARY may be unset: outputs then go nowhere.

read -r -d '' -a journey_paths <<< "${JOURNEY_PATHS:-.}" || true
((${#journey_paths[@]})) || journey_paths=(.)

# Options lint and score share.
journey_common=()
[ -z "${JOURNEY_TODAY:-}" ] || journey_common+=(--today "$JOURNEY_TODAY")
[ -z "${JOURNEY_CONFIG:-}" ] || journey_common+=(-c "$JOURNEY_CONFIG")

# output NAME VALUE: a step output (${{ steps.ID.outputs.NAME }}).
output() {
  [ -z "${GITHUB_OUTPUT:-}" ] || printf '%s=%s\n' "$1" "$2" >> "$GITHUB_OUTPUT"
}

# summary < TEXT: appended to the job's summary page.
summary() {
  if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then cat >> "$GITHUB_STEP_SUMMARY"; else cat > /dev/null; fi
}

# Runs apt-get as root, with sudo where the runner is not root (GitHub's hosted runners).
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}
