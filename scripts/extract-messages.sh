#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# scripts/extract-messages.sh SOURCE_DIR OUTPUT.pot: xgettext over every source of the library and
# the command line. The marked calls (lib/include/journey/messages.hpp): tr, trn, translate,
# translate_n and noop_tr; `translate` patterns are C formats (%1$s, %%), which msgfmt --check
# holds translations to. Used by the build's journey_pot target, scripts/update-po.sh and the
# catalog test.
set -eu
source_dir=$1
output=$2
files=$(mktemp)
trap 'rm -f "$files"' EXIT
cd "$source_dir"
find lib/src lib/include cli \( -name '*.cpp' -o -name '*.hpp' \) | LC_ALL=C sort >"$files"
xgettext --language=C++ --from-code=UTF-8 --no-location --sort-output --package-name=journey \
  --add-comments=TRANSLATORS: --keyword= --keyword=tr --keyword=trn:1,2 --keyword=translate \
  --keyword=translate_n:1,2 --keyword=noop_tr --flag=translate:1:c-format \
  --flag=translate_n:1:c-format --flag=translate_n:2:c-format \
  --output="$output" --files-from="$files"
# The sources are UTF-8: say so, as msgmerge warns on the template's placeholder.
sed -i 's/charset=CHARSET/charset=UTF-8/' "$output"
