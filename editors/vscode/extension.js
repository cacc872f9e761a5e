// Starts `journey lsp` for journey files (*.journey.yaml, *.journey.yml) and the YAML files they
// use, with vscode-languageclient over standard input and output.
'use strict';
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

// The server's command line from the settings (exported for tests).
function serverOptions(settings) {
  const args = ['lsp'];
  if (settings.config) args.push('-c', settings.config);
  return { command: settings.path || 'journey', args, transport: TransportKind.stdio };
}

function activate(context) {
  const settings = vscode.workspace.getConfiguration('journey');
  const run = serverOptions({ path: settings.get('path'), config: settings.get('config') });
  const clientOptions = {
    // Journeys are linted; catalogs, models and .journeylint.yaml get completion and hover, and a
    // save of one checks the journeys that use it again.
    documentSelector: [
      { scheme: 'file', language: 'yaml', pattern: '**/*.journey.{yaml,yml}' },
      { scheme: 'file', language: 'yaml', pattern: '**/.journeylint.{yaml,yml}' },
    ],
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml,csv}'),
    },
  };
  client = new LanguageClient('journey', 'journey', { run, debug: run }, clientOptions);
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate, serverOptions };
