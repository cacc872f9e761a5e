#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# End-to-end check of `journey report` in a real browser: writes two sites, opens every page in
# headless Chromium (Debian's, through puppeteer-core) from file:// and validates the HTML.
#   1. examples/ and the render and CLI fixtures (hostile names, lint errors, a journey that does
#      not parse), English, light theme, dated with --today;
#   2. a temporary git repository with a few commits of a journey and its future state, with
#      --history, Dutch, dark theme, dated by git.
# tests/tools/site_check.js fails on console errors, requests outside the site folder, broken
# internal links, images that do not load, script; it prints a journey page to PDF (page.pdf), and
# Chromium's own --print-to-pdf must give a PDF with at least one page too. Then html-validate
# (tests/tools/site.htmlvalidate.json) checks every page.
#   tests/browser/check-site.sh BINARY [OUT-DIR]
# Exit 77 (ctest: skipped) when Chromium or the npm tools are missing outside CI; in CI (CI=true)
# that is a failure: scripts/install-test-tools.sh installs them. Nothing here reaches the network.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
journey=${1:?usage: check-site.sh BINARY [OUT-DIR]}
journey=$(cd "$(dirname "$journey")" && pwd)/$(basename "$journey")
out=${2:-$(mktemp -d)}
tools="$root/tests/tools"
if [ ! -x /usr/bin/chromium ] || ! command -v node > /dev/null ||
   [ ! -d "$tools/node_modules/puppeteer-core" ] || [ ! -x "$tools/node_modules/.bin/html-validate" ]; then
  echo "check-site: Chromium, node or tests/tools/node_modules missing; run scripts/install-test-tools.sh"
  [ "${CI:-}" = true ] && exit 1
  exit 77
fi
mkdir -p "$out"
status=0

# 1. Examples and fixtures.
site1="$out/site-examples"
"$journey" report "$root/examples" "$root/tests/data/render" "$root/tests/data/cli" \
  -o "$site1" --today 2026-11-23 -j 2

# 2. A repository with history.
repo="$out/repo"
rm -rf "$repo"
mkdir -p "$repo/maps"
git_in() { git -C "$repo" -c user.email=t@example.com -c user.name=test -c commit.gpgsign=false "$@"; }
commit() { GIT_AUTHOR_DATE="$1T10:00:00Z" GIT_COMMITTER_DATE="$1T10:00:00Z" git_in commit -qm "$2"; }
git_in -c init.defaultBranch=main init -q
cp "$root/examples/online-shop.journey.yaml" "$repo/maps/shop.journey.yaml"
cp "$root/examples/consultancy.journey.yaml" "$repo/maps/consultancy.journey.yaml"
cp -r "$root/examples/data" "$repo/maps/data"  # the export the shop's funnel reads
git_in add -A && commit 2026-11-06 "First maps"
sed -i 's/emotion: 4$/emotion: 3/' "$repo/maps/shop.journey.yaml"
git_in add -A && commit 2026-11-12 "Shop: lower emotions after the survey"
sed 's/^state: current/state: future/' "$root/examples/online-shop.journey.yaml" \
  > "$repo/maps/shop-future.journey.yaml"
sed -i 's/severity: workaround$/severity: minor/' "$repo/maps/shop.journey.yaml"
git_in add -A && commit 2026-11-20 "Future state of the shop; pains eased"
site2="$out/site-history"
(cd "$repo" && "$journey" report maps -o "$site2" --history --lang nl --theme dark)

node "$tools/site_check.js" --pdf "$out/examples-page.pdf" "$site1" || status=1
node "$tools/site_check.js" --expect-history "$site2" || status=1

# Chromium's own printing, as a user would print a page to PDF.
page="$site2/journeys/shop.html"
rm -f "$out/print.pdf"
timeout 120 /usr/bin/chromium --headless --no-sandbox --disable-gpu --no-first-run \
  --disable-background-networking --no-pdf-header-footer --print-to-pdf="$out/print.pdf" \
  "file://$page" > /dev/null 2>&1 || true
pages=$(grep -a -c -E '/Type ?/Page([^s]|$)' "$out/print.pdf" 2>/dev/null || echo 0)
if [ "$pages" -lt 1 ]; then
  echo "check-site: chromium --print-to-pdf of $page gave no page"
  status=1
else
  echo "check-site: chromium --print-to-pdf of journeys/shop.html: $pages page(s)"
fi

mapfile -t pages_html < <(find "$site1" "$site2" -name '*.html' | sort)
if "$tools/node_modules/.bin/html-validate" --config "$tools/site.htmlvalidate.json" \
     "${pages_html[@]}"; then
  echo "check-site: html-validate: ${#pages_html[@]} pages valid"
else
  status=1
fi
exit $status
