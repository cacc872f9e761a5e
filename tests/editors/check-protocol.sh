#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# vscode-jsonrpc drives journey lsp through the protocol's corners (tests/editors/protocol_test.js).
#   tests/editors/check-protocol.sh BINARY
# Exit 77 (ctest: skipped) when node or tests/tools/node_modules is missing outside CI; in CI
# (CI=true) that is a failure: scripts/install-test-tools.sh installs them.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
journey=${1:?usage: check-protocol.sh BINARY}
if ! command -v node >/dev/null 2>&1 || [ ! -d "$root/tests/tools/node_modules/vscode-jsonrpc" ]; then
  echo "check-protocol: node or tests/tools/node_modules missing; run scripts/install-test-tools.sh"
  [ "${CI:-}" = true ] && exit 1
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/examples/online-shop.journey.yaml" "$work/shop.journey.yaml"
cp -r "$root/examples/data" "$work/data"  # the export its funnel reads
cp -r "$root/tests/data/catalog" "$work/catalog-case"
timeout 60 node "$root/tests/editors/protocol_test.js" "$journey" "$work/shop.journey.yaml"
