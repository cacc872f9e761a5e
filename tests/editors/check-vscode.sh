#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The VS Code extension (editors/vscode): packaged to a .vsix with @vscode/vsce, offline, holding
# its code and vscode-languageclient; and the command it starts answers `initialize`.
#   tests/editors/check-vscode.sh BINARY
# Exit 77 (ctest: skipped) when node or the npm packages are missing outside CI; in CI (CI=true)
# that is a failure: scripts/install-test-tools.sh installs them.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
journey=${1:?usage: check-vscode.sh BINARY}
vsce="$root/tests/tools/node_modules/.bin/vsce"
if ! command -v node >/dev/null 2>&1 || [ ! -x "$vsce" ] ||
   [ ! -d "$root/editors/vscode/node_modules/vscode-languageclient" ]; then
  echo "check-vscode: node, vsce or editors/vscode/node_modules missing; run scripts/install-test-tools.sh"
  [ "${CI:-}" = true ] && exit 1
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$root/editors/vscode" && timeout 120 "$vsce" package --out "$work/journey.vsix" >"$work/vsce.log" 2>&1) ||
  { cat "$work/vsce.log"; exit 1; }
python3 - "$work/journey.vsix" <<'PY'
import sys, zipfile
names = set(zipfile.ZipFile(sys.argv[1]).namelist())
for needed in ["extension/extension.js", "extension/package.json",
               "extension/node_modules/vscode-languageclient/node.js"]:
    assert needed in names, needed + " is not in the .vsix"
print("ok: the .vsix holds the extension and vscode-languageclient")
PY
# The extension's server command, as it would start it, answers initialize.
JOURNEY="$journey" EXTENSION="$root/editors/vscode/extension.js" timeout 30 node - <<'JS'
'use strict';
const Module = require('module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'vscode') return {};
  if (request === 'vscode-languageclient/node') return { LanguageClient: class {}, TransportKind: { stdio: 0 } };
  return load.call(this, request, ...rest);
};
const { serverOptions } = require(process.env.EXTENSION);
const options = serverOptions({ path: process.env.JOURNEY, config: '' });
const { spawnSync } = require('child_process');
const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { capabilities: {} } });
const exit = JSON.stringify({ jsonrpc: '2.0', method: 'exit' });
const frame = (b) => `Content-Length: ${Buffer.byteLength(b)}\r\n\r\n${b}`;
const run = spawnSync(options.command, options.args, { input: frame(body) + frame(exit) });
const out = run.stdout.toString();
if (!out.includes('"capabilities"')) {
  console.log('FAILED: ' + options.command + ' ' + options.args.join(' ') + ' did not answer initialize: ' + out);
  process.exit(1);
}
console.log('ok: the extension starts `' + options.args.join(' ') + '` and it answers initialize');
JS
echo "vscode: every check passed"
