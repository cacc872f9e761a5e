#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Step 1 of the journey action: puts `journey` on PATH.
#   JOURNEY_INSTALL  auto     the release's .deb when the action is used at a release tag and the
#                             runner's apt can install it (Debian 12, e.g. `container: debian:12`),
#                             else a build from the action's own source
#                    release  the release's .deb, or fail
#                    source   build from the action's source (scripts/bootstrap.sh --no-test-tools)
#                    path     the journey already on PATH
#   JOURNEY_VERSION  the release tag to install [default: the tag the action is used at]
#   JOURNEY_ACTION_REF, JOURNEY_ACTION_REPOSITORY, GH_TOKEN: set by action.yml
# Output: version ("journey 0.1.0").
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$here/common.sh"
source_tree=$(cd "$here/../.." && pwd)
mode=${JOURNEY_INSTALL:-auto}
tag=${JOURNEY_VERSION:-${JOURNEY_ACTION_REF:-}}
repository=${JOURNEY_ACTION_REPOSITORY:-${GITHUB_REPOSITORY:-}}
work=${RUNNER_TEMP:-/tmp}/journey-action
mkdir -p "$work"

# The release's journey_VERSION-REVISION_amd64.deb (not journey-dev) from the GitHub API.
download_deb() {
  [[ "$tag" =~ ^v[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "install: '$tag' is no release tag"; return 1; }
  command -v curl > /dev/null || as_root apt-get install -y -qq --no-install-recommends curl ca-certificates
  local api="https://api.github.com/repos/$repository/releases/tags/$tag" url auth=()
  [ -z "${GH_TOKEN:-}" ] || auth=(-H "Authorization: Bearer $GH_TOKEN")
  url=$(curl -fsSL "${auth[@]}" "$api" |
        grep -o '"browser_download_url": *"[^"]*/journey_[^"/]*_amd64\.deb"' | head -n 1 |
        sed 's/.*"\(https[^"]*\)"$/\1/') || true
  [ -n "$url" ] || { echo "install: release $tag of $repository has no journey_*_amd64.deb"; return 1; }
  echo "install: $url"
  curl -fsSL -o "$work/journey.deb" "$url"
}

install_release() {
  download_deb || return 1
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "$work/journey.deb"
}

install_source() {
  echo "install: building journey from $source_tree (no tests)"
  BUILD_DIR="$work/build" "$source_tree/scripts/bootstrap.sh" --no-test-tools --no-run
  [ -z "${GITHUB_PATH:-}" ] || echo "$work/build/cli" >> "$GITHUB_PATH"
  export PATH="$work/build/cli:$PATH"
}

case "$mode" in
  path) ;;
  release) install_release ;;
  source) install_source ;;
  auto) install_release || { echo "install: building from source instead"; install_source; } ;;
  *) echo "install: unknown install '$mode': auto, release, source or path" >&2; exit 2 ;;
esac
if ! version=$(journey --version); then
  echo "install: no journey on PATH" >&2
  exit 2
fi
echo "install: $version"
output version "$version"
