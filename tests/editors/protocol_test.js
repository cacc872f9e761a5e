// SPDX-License-Identifier: Apache-2.0
// The corners of the protocol, driven by Microsoft's own client library (vscode-jsonrpc and
// vscode-languageserver-protocol, as VS Code's language client uses them): capabilities,
// incremental sync with UTF-16 positions, cancellation, invalid messages, shutdown and exit.
//   node tests/editors/protocol_test.js BINARY JOURNEY-FILE
'use strict';
const path = require('path');
const { spawn } = require('child_process');
const assert = require('assert/strict');
const tools = path.join(__dirname, '..', 'tools', 'node_modules');
const rpc = require(path.join(tools, 'vscode-jsonrpc', 'node'));
const lsp = require(path.join(tools, 'vscode-languageserver-protocol', 'node'));
const fs = require('fs');

const [binary, file] = process.argv.slice(2);
const uri = 'file://' + path.resolve(file);
let failures = 0;

async function check(what, fn) {
  try {
    await fn();
    console.log('ok: ' + what);
  } catch (e) {
    failures++;
    console.log('FAILED: ' + what + ': ' + (e && e.stack ? e.stack : e));
  }
}

function start() {
  const child = spawn(binary, ['lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = rpc.createMessageConnection(
    new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const diagnostics = [];
  connection.onNotification(lsp.PublishDiagnosticsNotification.type, (p) => diagnostics.push(p));
  connection.onError(() => {});  // the answers to our garbage have no id: expected
  connection.listen();
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, connection, diagnostics, exited };
}

function waitFor(predicate, ms = 10000) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      const value = predicate();
      if (value) return resolve(value);
      if (Date.now() - started > ms) return reject(new Error('timed out'));
      setTimeout(poll, 10);
    };
    poll();
  });
}

async function main() {
  const text = fs.readFileSync(file, 'utf8');
  const server = start();
  const { connection, diagnostics } = server;

  await check('requests before initialize are refused with ServerNotInitialized', async () => {
    await assert.rejects(
      connection.sendRequest(lsp.HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } }),
      (e) => e.code === -32002);
  });

  await check('initialize states UTF-16 positions and incremental sync', async () => {
    const result = await connection.sendRequest(lsp.InitializeRequest.type,
      { processId: process.pid, rootUri: null, capabilities: {} });
    assert.equal(result.capabilities.positionEncoding, 'utf-16');
    assert.equal(result.capabilities.textDocumentSync.change, lsp.TextDocumentSyncKind.Incremental);
    assert.equal(result.serverInfo.name, 'journey');
    connection.sendNotification(lsp.InitializedNotification.type, {});
  });

  await check('incremental changes with characters outside the BMP keep positions right', async () => {
    connection.sendNotification(lsp.DidOpenTextDocumentNotification.type,
      { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const lines = text.split('\n');
    const n = lines.findIndex((l) => l.includes('name: Homepage'));
    const at = lines[n].indexOf('Homepage');
    // "Homepage" -> "Home 😀 page", in two edits; then a typo after the emoji on the same line.
    connection.sendNotification(lsp.DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: n, character: at + 4 }, end: { line: n, character: at + 4 } }, text: ' 😀 ' }],
    });
    connection.sendNotification(lsp.DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: n, character: at + 8 }, end: { line: n, character: at + 9 } }, text: 'P' }],
    });
    // "        name: Home 😀 Page": the 'P' is at UTF-16 unit at + 8 (the emoji counts two).
    const e = lines.findIndex((l) => l.includes('emotion: 4'));
    const ec = lines[e].indexOf('emotion');
    connection.sendNotification(lsp.DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 4 },
      contentChanges: [{ range: { start: { line: e, character: ec }, end: { line: e, character: ec + 7 } }, text: 'emoton' }],
    });
    const published = await waitFor(() => diagnostics.find((d) => d.version === 4));
    const typo = published.diagnostics.find((d) => d.code === 'unknown-key');
    assert.ok(typo, JSON.stringify(published));
    assert.deepEqual(typo.range, { start: { line: e, character: ec }, end: { line: e, character: ec + 6 } });
    const hover = await connection.sendRequest(lsp.HoverRequest.type,
      { textDocument: { uri }, position: { line: lines.findIndex((l) => l.includes('next: [homepage]')), character: 20 } });
    assert.match(hover.contents.value, /Home 😀 Page/);
  });

  await check('a cancelled request is answered with RequestCancelled or its result, never lost', async () => {
    const pending = [];
    for (let i = 0; i < 20; i++) {
      const source = new rpc.CancellationTokenSource();
      pending.push(connection.sendRequest(lsp.DocumentSymbolRequest.type, { textDocument: { uri } }, source.token)
        .then(() => 'answered', (e) => { assert.equal(e.code, -32800); return 'cancelled'; }));
      source.cancel();
    }
    const outcomes = await Promise.all(pending);
    console.log('   ' + outcomes.filter((o) => o === 'cancelled').length + ' of 20 cancelled in the queue');
  });

  await check('invalid messages are answered and the server goes on', async () => {
    const raw = server.child.stdin;
    raw.write('Content-Type: nothing\r\n\r\n');
    raw.write('Content-Length: 9\r\n\r\n{not json');
    raw.write('Content-Length: 200\r\n\r\n' + '['.repeat(200));
    raw.write('Content-Length: 12\r\n\r\n{"id":1.5e3}');
    await assert.rejects(connection.sendRequest('journey/unknown', {}), (e) => e.code === -32601);
    const symbols = await connection.sendRequest(lsp.DocumentSymbolRequest.type, { textDocument: { uri } });
    assert.ok(symbols.length > 3);
  });

  await check('a catalog changed on disk, outside the editor, checks the journey again', async () => {
    const shop = path.join(path.dirname(file), 'catalog-case', 'shop.journey.yaml');
    const shopUri = 'file://' + path.resolve(shop);
    connection.sendNotification(lsp.DidOpenTextDocumentNotification.type,
      { textDocument: { uri: shopUri, languageId: 'yaml', version: 1, text: fs.readFileSync(shop, 'utf8') } });
    const first = await waitFor(() => diagnostics.find((d) => d.uri === shopUri));
    assert.ok(!JSON.stringify(first).includes("'lotte'"), JSON.stringify(first));
    const personas = path.join(path.dirname(shop), 'catalog', 'personas.yaml');
    fs.writeFileSync(personas, fs.readFileSync(personas, 'utf8').replace('id: lotte', 'id: lotta'));
    const again = await waitFor(() => diagnostics.find((d) => d.uri === shopUri && JSON.stringify(d).includes("'lotte'")));
    assert.ok(again.diagnostics.some((d) => d.severity === 1), JSON.stringify(again));
  });

  await check('shutdown, then requests are refused and exit ends with 0', async () => {
    assert.equal(await connection.sendRequest(lsp.ShutdownRequest.type), null);
    await assert.rejects(connection.sendRequest(lsp.HoverRequest.type,
      { textDocument: { uri }, position: { line: 0, character: 0 } }), (e) => e.code === -32600);
    connection.sendNotification(lsp.ExitNotification.type);
    assert.equal(await server.exited, 0);
  });

  await check('exit without shutdown ends with 1', async () => {
    const other = start();
    await other.connection.sendRequest(lsp.InitializeRequest.type, { processId: null, rootUri: null, capabilities: {} });
    other.connection.sendNotification(lsp.ExitNotification.type);
    assert.equal(await other.exited, 1);
  });

  console.log(failures === 0 ? 'protocol: every check passed' : `protocol: ${failures} failed`);
  process.exit(failures === 0 ? 0 : 1);
}

main();
