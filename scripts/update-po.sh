#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# scripts/update-po.sh [BUILD_DIR]: extracts the messages (xgettext, as the build's journey_pot
# target) and merges them into po/nl.po: new msgids arrive untranslated, msgids no longer in the
# sources are dropped. Translate the new ones; tests/po/check-catalog.sh fails until then.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
cmake --build "$build" --target journey_pot
msgmerge --quiet --update --backup=none --no-fuzzy-matching --no-location --sort-output \
  "$here/po/nl.po" "$build/po/journey.pot"
msgattrib --no-obsolete --output-file="$here/po/nl.po" "$here/po/nl.po"
