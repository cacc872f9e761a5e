#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Neovim's built-in LSP client drives journey lsp (tests/editors/neovim_lsp_test.lua).
#   tests/editors/check-neovim.sh BINARY
# Exit 77 (ctest: skipped) when nvim is missing outside CI; in CI (CI=true) that is a failure:
# scripts/install-test-tools.sh installs it.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
journey=$(cd "$(dirname "${1:?usage: check-neovim.sh BINARY}")" && pwd)/$(basename "$1")
if ! command -v nvim >/dev/null 2>&1; then
  echo "check-neovim: nvim missing; run scripts/install-test-tools.sh"
  [ "${CI:-}" = true ] && exit 1
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/examples/online-shop.journey.yaml" "$work/shop.journey.yaml"
cp -r "$root/examples/data" "$work/data"  # the export its funnel reads
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state"
JOURNEY="$journey" JOURNEY_FILE="$work/shop.journey.yaml" JOURNEY_PLUGIN="$root/editors/neovim/journey.lua" \
  timeout 60 nvim --headless -u NONE -i NONE -n --cmd 'set noswapfile' \
  -c "luafile $root/tests/editors/neovim_lsp_test.lua"
