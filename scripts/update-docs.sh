#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Regenerates the documentation that comes from the code: docs/rules.md, the RULES section of
# man/journey-lint.1 and the CHANGE KINDS table of man/journey-diff.1. Run after changing a rule
# or a change kind; unit tests fail when they are out of date.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${JOURNEY:-build/cli/journey}
"$bin" rules --format markdown > docs/rules.md.tmp && mv docs/rules.md.tmp docs/rules.md
rules=$("$bin" rules --format man)
python3 - "$rules" <<'PY'
import sys
text = open("man/journey-lint.1.in", encoding="utf-8").read()
open("man/journey-lint.1.tmp", "w", encoding="utf-8").write(text.replace("@RULES@", sys.argv[1]))
PY
mv man/journey-lint.1.tmp man/journey-lint.1
changes=$("$bin" diff --list-changes)
python3 - "$changes" <<'PY'
import sys
rows = []
for line in sys.argv[1].splitlines():
    kind, klass, summary = line.split(None, 2)
    # The summary as a text block: tbl wraps it to the page (80 columns on a terminal).
    rows.append(kind.replace("-", "\\-") + "\t" + klass + "\tT{\n" + summary + "\nT}")
text = open("man/journey-diff.1.in", encoding="utf-8").read()
open("man/journey-diff.1.tmp", "w", encoding="utf-8").write(text.replace("@CHANGES@", "\n".join(rows)))
PY
mv man/journey-diff.1.tmp man/journey-diff.1
for view in flow map blueprint funnel; do
  suffix=$([ "$view" = flow ] && echo "" || echo "-$view")
  "$bin" render examples/online-shop.journey.yaml "docs/images/online-shop$suffix.svg" --view "$view"
done
# The map on A4 paper: the PDF, and its first page as the README's picture of it.
"$bin" render examples/online-shop.journey.yaml docs/images/online-shop-map-a4.pdf --view map --page a4
if command -v pdftoppm > /dev/null; then
  pdftoppm -r 80 -png -f 1 -l 1 -singlefile docs/images/online-shop-map-a4.pdf \
    docs/images/online-shop-map-a4-page1
fi
echo "updated docs/rules.md, man/journey-lint.1, man/journey-diff.1 and docs/images"
# journey report: screenshots of the index and of a journey page of examples/ for the README,
# taken with Chromium; the SHA-256 of the files they show is kept beside them, and a test fails
# when the pages change without new screenshots.
if [ -x /usr/bin/chromium ]; then
  shots=$(mktemp -d)
  "$bin" report examples -o "$shots/site" --today 2026-11-23 > /dev/null
  shoot() {
    /usr/bin/chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
      --disable-background-networking --force-device-scale-factor=1 --window-size="$3" \
      --screenshot="$PWD/$2" "file://$shots/site/$1" > /dev/null 2>&1
  }
  shoot index.html docs/images/report-index.png 1280,640
  shoot journeys/online-shop.html docs/images/report-journey.png 1280,1300
  (cd "$shots/site" && sha256sum index.html journeys/online-shop.html style.css) \
    > docs/images/report-screenshots.sha256
  rm -rf "$shots"
  echo "updated docs/images/report-*.png and report-screenshots.sha256"
else
  echo "update-docs: no /usr/bin/chromium, so the report screenshots were not updated" >&2
fi
