#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Step 4 of the journey action (when render is given): every journey under the paths drawn as SVG,
# one file per view, at the journey's path under the folder (maps/shop.journey.yaml ->
# DIR/maps/shop-flow.svg), for an upload-artifact step or a site.
#   JOURNEY_RENDER  the folder to write into
#   JOURNEY_VIEWS   the views, separated by spaces [default: flow map]
#   (and the inputs of common.sh)
# Output: rendered (the number of files written).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$here/common.sh"
out=${JOURNEY_RENDER:?render: no folder given}
read -r -a views <<< "${JOURNEY_VIEWS:-flow map}"
count=0
while IFS= read -r -d '' file; do
  relative=${file#./}
  base=${relative%.journey.y*ml}
  mkdir -p "$out/$(dirname "$base")"
  for view in "${views[@]}"; do
    journey render "$file" "$out/$base-$view.svg" --view "$view"
    count=$((count + 1))
  done
done < <(find "${journey_paths[@]}" -type f \( -name '*.journey.yaml' -o -name '*.journey.yml' \) \
           -not -path '*/.git/*' -print0 | sort -z)
echo "render: wrote $count files into $out"
output rendered "$count"
