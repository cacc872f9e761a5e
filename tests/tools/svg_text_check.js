#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
// Checks the text of SVG files as a browser lays it out (Debian's headless chromium, via puppeteer-core):
//   (a) pairs of non-empty <text> elements whose boxes overlap by more than 1 px both ways,
//   (b) texts cut short: ending in '…' or '...',
//   (c) with --forbid-words FILE (one word a line, '#' starts a comment): texts holding such a whole
//       word, case-insensitive,
//   (d) with --same-top-class CLASS: whether the shapes of all <g class="CLASS"> groups (Graphviz
//       clusters: CLASS=cluster) start at the same top, within 1 px; --ignore-title REGEX leaves out
//       the groups whose <title> matches (e.g. '^cluster_#' for a legend).
// Usage: node svg_text_check.js [--json] [--forbid-words FILE] [--same-top-class CLASS]
//                               [--ignore-title REGEX] [--slack PX] FILE.svg...
// --slack PX: overlaps and top differences up to PX are allowed (default 1).
// Exit status: 0 no problem, 1 problems, 2 usage error or chromium could not start.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { parseArgs } = require('util');
const { pathToFileURL } = require('url');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
let SLACK = 1; // px: overlaps and differences up to this much are allowed (--slack PX)
const USAGE = 'usage: svg_text_check.js [--json] [--forbid-words FILE] [--same-top-class CLASS] ' +
  '[--ignore-title REGEX] [--slack PX] FILE.svg...';

function usage(message) {
  console.error(`svg_text_check: ${message}\n${USAGE}`);
  process.exit(2);
}

function parseOptions() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
        'forbid-words': { type: 'string' }, 'same-top-class': { type: 'string' },
        'ignore-title': { type: 'string' }, slack: { type: 'string' },
      },
    });
  } catch (e) { usage(e.message); }
  const { values: v, positionals: files } = parsed;
  if (v.help) { console.log(USAGE); process.exit(0); }
  if (!files.length) usage('no SVG file given');
  for (const f of files) if (!fs.existsSync(f) || !fs.statSync(f).isFile()) usage(`no such file: ${f}`);
  let forbid = null;
  if (v['forbid-words'] !== undefined) {
    let words;
    try { words = fs.readFileSync(v['forbid-words'], 'utf8').split('\n'); } catch (e) { usage(e.message); }
    words = words.map((w) => w.replace(/#.*/, '').trim()).filter(Boolean);
    const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    if (escaped.length) forbid = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${escaped.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
  }
  if (v.slack !== undefined) {
    SLACK = Number(v.slack);
    if (!(SLACK >= 0)) usage(`--slack takes a number of px, not ${v.slack}`);
  }
  let ignoreTitle = null;
  if (v['ignore-title'] !== undefined) {
    try { ignoreTitle = new RegExp(v['ignore-title']).source; } catch (e) { usage(e.message); }
  }
  return { json: !!v.json, files, forbid, topClass: v['same-top-class'] ?? null, ignoreTitle };
}

// Runs in the page: the laid-out boxes of the texts and of the CLASS groups' shapes.
async function measure(topClass, ignoreTitle) {
  await document.fonts.ready;
  if (document.querySelector('parsererror')) return { error: 'not well-formed XML' };
  const box = (r) => ({ x: r.left, y: r.top, w: r.width, h: r.height });
  const texts = [...document.querySelectorAll('text')].map((t) => ({
    text: t.textContent, ...box(t.getBoundingClientRect()) }));
  let groups = null;
  if (topClass !== null) {
    const ignore = ignoreTitle === null ? null : new RegExp(ignoreTitle);
    groups = [];
    for (const g of document.querySelectorAll('g')) {
      if (!g.classList.contains(topClass)) continue;
      const title = g.querySelector(':scope > title')?.textContent ?? g.id;
      if (ignore && ignore.test(title)) continue;
      const shapes = [...g.querySelectorAll('path, polygon, rect, ellipse, circle, polyline')];
      const tops = shapes.map((s) => s.getBoundingClientRect()).filter((r) => r.width || r.height).map((r) => r.top);
      if (tops.length) groups.push({ title, top: Math.min(...tops) });
    }
  }
  return { texts, groups };
}

// Sort-and-sweep on x: only boxes whose x ranges overlap are compared.
function overlaps(texts) {
  const boxes = texts.filter((t) => t.text.trim() && t.w > 0 && t.h > 0).sort((a, b) => a.x - b.x);
  const found = [];
  let active = [];
  for (const b of boxes) {
    active = active.filter((a) => a.x + a.w - b.x > SLACK);
    for (const a of active) {
      const dx = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const dy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (dx > SLACK && dy > SLACK) found.push({ a, b, dx: round(dx), dy: round(dy) });
    }
    active.push(b);
  }
  return found;
}

const round = (n) => Math.round(n * 10) / 10;
const fmtBox = (t) => `[${round(t.x)},${round(t.y)} ${round(t.w)}x${round(t.h)}]`;
const quote = (s) => JSON.stringify(s);

async function check(page, file, opts) {
  const started = Date.now();
  await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: 'load' });
  const m = await page.evaluate(measure, opts.topClass, opts.ignoreTitle);
  const r = { file, problems: 0 };
  if (m.error) return { ...r, error: m.error, problems: 1, ms: Date.now() - started };
  r.texts = m.texts.length;
  r.overlaps = overlaps(m.texts);
  r.ellipsized = m.texts.filter((t) => /(…|\.\.\.)\s*$/.test(t.text));
  r.forbidChecked = !!opts.forbid;
  r.forbidden = !opts.forbid ? [] : m.texts.flatMap((t) => {
    const words = [...t.text.matchAll(opts.forbid)].map((x) => x[0]);
    return words.length ? [{ ...t, words }] : [];
  });
  r.problems = r.overlaps.length + r.ellipsized.length + r.forbidden.length;
  if (m.groups) {
    const tops = m.groups.map((g) => g.top);
    const spread = tops.length ? Math.max(...tops) - Math.min(...tops) : 0;
    r.groups = { class: opts.topClass, tops: m.groups.map((g) => ({ title: g.title, top: round(g.top) })),
      spread: round(spread), same: tops.length > 0 && spread <= SLACK };
    if (!r.groups.same) r.problems += 1;
  }
  r.ms = Date.now() - started;
  return r;
}

function printText(r) {
  if (r.error) { console.log(`${r.file}: FAIL: ${r.error}`); return; }
  const parts = [`${r.texts} texts`, `${r.overlaps.length} overlapping pairs`, `${r.ellipsized.length} cut with '…'`];
  if (r.forbidden.length || r.forbidChecked) parts.push(`${r.forbidden.length} with forbidden words`);
  if (r.groups) {
    const n = r.groups.tops.length;
    parts.push(n === 0 ? `no <g class="${r.groups.class}">`
      : `${n} ${r.groups.class} tops ${r.groups.same ? 'equal' : `differ by ${r.groups.spread} px`}`);
  }
  console.log(`${r.file}: ${r.problems ? 'FAIL' : 'ok'}: ${parts.join(', ')}`);
  for (const o of r.overlaps) {
    console.log(`  overlap ${o.dx}x${o.dy} px: ${quote(o.a.text)} ${fmtBox(o.a)} and ${quote(o.b.text)} ${fmtBox(o.b)}`);
  }
  for (const t of r.ellipsized) console.log(`  cut: ${quote(t.text)} ${fmtBox(t)}`);
  for (const t of r.forbidden) console.log(`  forbidden ${t.words.join(', ')}: ${quote(t.text)} ${fmtBox(t)}`);
  if (r.groups && r.groups.tops.length && !r.groups.same) {
    console.log(`  ${r.groups.class} tops: ${r.groups.tops.map((g) => `${g.title}=${g.top}`).join(' ')}`);
  }
}

async function main() {
  const opts = parseOptions();
  let puppeteer;
  try { puppeteer = require('puppeteer-core'); } catch (e) {
    console.error('svg_text_check: puppeteer-core is missing: run scripts/install-test-tools.sh');
    process.exit(2);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'svg-text-check-'));
  let browser;
  try {
    browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS, userDataDir: profile });
  } catch (e) {
    fs.rmSync(profile, { recursive: true, force: true });
    console.error(`svg_text_check: cannot start ${CHROMIUM}: ${e.message.split('\n')[0]}`);
    process.exit(2);
  }
  const results = [];
  try {
    const page = await browser.newPage();
    for (const file of opts.files) {
      const r = await check(page, file, opts);
      results.push(r);
      if (!opts.json) printText(r);
    }
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  if (opts.json) console.log(JSON.stringify(results, null, 2));
  process.exit(results.some((r) => r.problems) ? 1 : 0);
}

main().catch((e) => { console.error(`svg_text_check: ${e.stack || e}`); process.exit(2); });
