#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
// `journey serve` in headless Chromium (Debian's, through puppeteer-core): opens a journey's page,
// edits the journey file on disk and waits for the page to show the new picture by itself (the
// server pushes a reload); then breaks the file and checks the findings above the last good
// picture; then sends hostile requests (../, a long URL, odd methods, another Host) and expects 4xx.
// Fails on any console error (a Content-Security-Policy violation is one) or failed request.
// Usage: node serve_check.js URL JOURNEY-FILE [SCREENSHOT.png]
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const puppeteer = require('puppeteer-core');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const [base, file, screenshot] = process.argv.slice(2);
const problems = [];

function expect(ok, what) {
  console.log((ok ? 'ok: ' : 'FAILED: ') + what);
  if (!ok) problems.push(what);
}

// A raw request, so that nothing normalises the path or the method.
function raw(method, target, headers = {}) {
  const url = new URL(base);
  return new Promise((resolve) => {
    const req = http.request({ host: url.hostname, port: url.port, method, path: target, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', () => resolve(0));
    req.end(method === 'POST' ? 'x'.repeat(5000) : undefined);
  });
}

// The text of every picture on the page, fetched as the page fetched it.
function pictures(page) {
  return page.evaluate(async () => {
    const out = [];
    for (const img of document.querySelectorAll('figure.view img')) {
      out.push({ loaded: img.complete && img.naturalWidth > 0, text: await (await fetch(img.src)).text() });
    }
    return out;
  });
}

async function reloadAfter(page, change) {
  const navigation = page.waitForNavigation({ timeout: 15000, waitUntil: 'load' });
  const started = Date.now();
  change();
  await navigation;
  await page.waitForFunction(() => [...document.images].every((i) => i.complete), { timeout: 15000 });
  return Date.now() - started;
}

async function main() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-serve-chromium-'));
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS, userDataDir: profile });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    page.on('console', (m) => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
    page.on('pageerror', (e) => problems.push('page error: ' + e.message));
    page.on('requestfailed', (r) => { if (!r.url().endsWith('/events')) problems.push('request failed: ' + r.url()); });
    await page.goto(base, { waitUntil: 'load' });
    const link = await page.$eval('table a', (a) => a.getAttribute('href'));
    await page.goto(new URL(link, base).href, { waitUntil: 'load' });
    let shown = await pictures(page);
    expect(shown.length === 5 && shown.every((p) => p.loaded), 'the journey page shows five pictures, the funnel too');
    expect(shown.some((p) => p.text.includes('Homepage')), 'they draw the journey as it is');

    const original = fs.readFileSync(file, 'utf8');
    const ms = await reloadAfter(page, () => fs.writeFileSync(file, original.replace('name: Homepage', 'name: Start page')));
    shown = await pictures(page);
    expect(shown.some((p) => p.text.includes('Start page')) && !shown.some((p) => p.text.includes('Homepage')),
      `the page shows the edited journey by itself (${ms} ms after the save)`);

    await reloadAfter(page, () => fs.writeFileSync(file, original.replace('name: Homepage', 'name: Start page')
      .replace(/^model: .*$/m, 'model: awareness-loyaltyy')));
    const findings = await page.$eval('#findings', (s) => s.textContent).catch(() => '');
    expect(findings.includes('unknown-model'), 'a broken journey shows its findings');
    shown = await pictures(page);
    expect(shown.length === 5 && shown.some((p) => p.text.includes('Start page')), 'above the last good picture');
    const order = await page.evaluate(() => {
      const f = document.querySelector('#findings'), v = document.querySelector('figure.view');
      return f && v && (f.compareDocumentPosition(v) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    expect(order, 'the findings stand above the pictures');
    if (screenshot) await page.screenshot({ path: screenshot });
    fs.writeFileSync(file, original);
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const host = new URL(base).host;
  const hostile = [
    ['GET', '/../../etc/passwd'], ['GET', '/j/..%2F..%2Fetc%2Fpasswd'], ['GET', '/' + 'a'.repeat(10000)],
    ['DELETE', '/'], ['POST', '/'], ['PUT', '/j/x'], ['OPTIONS', '/'], ['TRACE', '/'], ['BREW', '/'],
  ];
  for (const [method, target] of hostile) {
    const status = await raw(method, target, { Host: host });
    expect(status >= 400 && status < 500, `${method} ${target.slice(0, 40)} gets ${status}`);
  }
  const rebinding = await raw('GET', '/', { Host: 'attacker.example' });
  expect(rebinding >= 400 && rebinding < 500, `a request for another host gets ${rebinding}`);
  for (const p of problems.filter((x) => x.startsWith('console') || x.startsWith('page') || x.startsWith('request'))) {
    console.log('FAILED: ' + p);
  }
  console.log(problems.length === 0 ? 'serve: every check passed' : `serve: ${problems.length} problems`);
  process.exit(problems.length === 0 ? 0 : 1);
}

main().catch((e) => { console.error(e); process.exit(2); });
