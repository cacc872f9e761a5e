#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# scripts/update-po.sh [BUILD_DIR]: extracts the messages (scripts/extract-messages.sh, as the
# build's journey_pot target) and merges them into po/nl.po, keeping its header: new msgids
# arrive untranslated, msgids the sources no longer have are dropped. Translate the new ones;
# tests/po/check-catalog.sh fails until then.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
pot=$(mktemp)
merged=$(mktemp)
trap 'rm -f "$pot" "$merged"' EXIT
"$here/scripts/extract-messages.sh" "$here" "$pot"
msgmerge --quiet --no-fuzzy-matching --no-location --sort-output "$here/po/nl.po" "$pot" |
  msgattrib --no-obsolete --output-file="$merged" -
# po/nl.po's own header (its licence line and translator fields), then the merged entries.
{
  sed -n '1,/^$/p' "$here/po/nl.po"
  sed -n '/^$/,$p' "$merged" | sed '1d'
} >"$here/po/nl.po.new"
mv "$here/po/nl.po.new" "$here/po/nl.po"
