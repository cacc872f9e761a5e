#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the tools that the consumer-facing tests use, from Debian's packages and the npm registry,
# so that the tests themselves run offline. Safe to run again; quick when everything is there.
#   scripts/install-test-tools.sh
# Debian: chromium (headless, driven by puppeteer-core and mermaid-cli; no browser is ever downloaded),
# fonts, node/npm, neovim (its LSP client drives journey lsp), python3-jsonschema and python3-yaml (the schema tests), shells for completion tests, pre-commit, and libicu72, which
# the self-contained .NET binary of @microsoft/sarif-multitool loads at run time; clang with its
# sanitizer and libFuzzer runtimes (and llvm-symbolizer) for the sanitizer, TSan and fuzz builds;
# lintian and dpkg-dev for the Debian packages; shellcheck for the GitHub Action's scripts.
# npm also brings @action-validator/cli and dockerfilelint for the action, workflows and Containerfile.
# npm: tests/tools/package-lock.json, installed with `npm ci` into tests/tools/node_modules, and
# editors/vscode/package-lock.json (the VS Code extension's vscode-languageclient, packaged by a test).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tools="$root/tests/tools"

packages=(chromium fonts-liberation2 fonts-dejavu-core python3-jsonschema python3-yaml bash-completion zsh fish pre-commit
          libicu72 clang libclang-rt-14-dev llvm neovim)
# Packaging (tests/packaging): lintian checks the .debs; dpkg-dev's dpkg-shlibdeps gives them their
# library dependencies.
packages+=(lintian dpkg-dev)
# The distribution recipes (tests/dist): shellcheck for the GitHub Action's scripts.
packages+=(shellcheck)
# Print (tests/print): poppler-utils reads the PDFs back (font sizes, words, a raster of each page).
packages+=(poppler-utils)
# The guards of .ci/run: clang-tidy (readability-function-size, scripts/check-function-size.sh) and
# clang-format (scripts/check-format.sh); groff renders the man pages for the 80-column check.
packages+=(clang-tidy clang-format groff-base)
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "install-test-tools: apt-get install ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Puppeteer (also pulled in by mermaid-cli) must never download a browser: /usr/bin/chromium is used.
export PUPPETEER_SKIP_DOWNLOAD=1 PUPPETEER_SKIP_CHROMIUM_DOWNLOAD=1
# npm ci in a folder with a package-lock.json, unless its node_modules was installed from this very
# lock (its digest is kept beside the modules).
npm_ci() {
  local stamp="$1/node_modules/.journey-lock.sha256" digest
  digest=$(sha256sum "$1/package-lock.json" | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$digest" ]; then
    echo "install-test-tools: $1/node_modules is up to date"
  else
    echo "install-test-tools: npm ci in $1"
    (cd "$1" && npm ci --no-audit --no-fund)
    echo "$digest" > "$stamp"
  fi
}
npm_ci "$tools"
npm_ci "$root/editors/vscode"
