#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# tests/po/check-catalog.sh SOURCE_DIR: the Dutch catalog is complete and true to the sources.
# Extracts the messages as the build does (scripts/extract-messages.sh) and fails when
#  - a message of the sources has no Dutch translation in po/nl.po (or only a fuzzy one),
#  - po/nl.po translates a message the sources no longer have (stale),
#  - a translation's placeholders differ from its msgid's (msgfmt --check).
# scripts/update-po.sh merges new messages into po/nl.po.
set -eu
source_dir=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$source_dir"
scripts/extract-messages.sh . "$work/journey.pot"
status=0
if ! msgcmp po/nl.po "$work/journey.pot"; then
  echo "check-catalog: po/nl.po lacks translations above; run scripts/update-po.sh and translate" >&2
  status=1
fi
if ! msgcmp --use-untranslated --use-fuzzy "$work/journey.pot" po/nl.po; then
  echo "check-catalog: po/nl.po translates messages the sources no longer have (above)" >&2
  status=1
fi
statistics=$(msgfmt --check --statistics --output-file=/dev/null po/nl.po 2>&1) || {
  echo "$statistics" >&2
  echo "check-catalog: msgfmt --check fails on po/nl.po" >&2
  status=1
}
echo "check-catalog: $statistics"
case $statistics in
  *fuzzy* | *untranslated*)
    echo "check-catalog: po/nl.po has fuzzy or untranslated entries" >&2
    status=1
    ;;
esac
exit $status
