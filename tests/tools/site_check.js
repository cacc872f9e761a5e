#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
// Opens every page of a site written by `journey report` in headless Chromium (Debian's, through
// puppeteer-core), from file://, and fails on:
//   - any console error or uncaught page error;
//   - any request that leaves the site's folder (request interception: other hosts, other files);
//   - any request that fails (a missing image or style sheet);
//   - an internal link (a, img, link) to a file that does not exist, or to a #fragment that no
//     element of the target page has;
//   - a live javascript: (or other script-capable) URL in href/src, or a <script> element;
//   - an <img> that did not load, and a journey page with views but no SVG image.
// With --pdf FILE it also prints the first journey page with views to FILE (page.pdf) and checks
// that the PDF has at least one page.
// Usage: node site_check.js [--pdf FILE] [--expect-history] SITE-DIR
// Exit status: 0 no problem, 1 problems, 2 usage error or chromium could not start.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { parseArgs } = require('util');
const { pathToFileURL, fileURLToPath } = require('url');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function usage(message) {
  console.error(`site_check: ${message}\nusage: site_check.js [--pdf FILE] [--expect-history] SITE-DIR`);
  process.exit(2);
}

function pagesOf(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...pagesOf(p));
    else if (entry.name.endsWith('.html')) out.push(p);
  }
  return out.sort();
}

// The ids a page holds, read from the file (for links into other pages).
const idCache = new Map();
function idsOf(file) {
  if (!idCache.has(file)) {
    const text = fs.readFileSync(file, 'utf8');
    idCache.set(file, new Set([...text.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1])));
  }
  return idCache.get(file);
}

function inside(root, file) {
  const rel = path.relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

// Runs in the page: links, images and anything that could run script.
function inspect() {
  const urls = [];
  for (const el of document.querySelectorAll('[href], [src]')) {
    for (const attr of ['href', 'src']) {
      const raw = el.getAttribute(attr);
      if (raw !== null) urls.push({ tag: el.tagName.toLowerCase(), attr, raw, resolved: new URL(raw, document.baseURI).href });
    }
  }
  const images = [...document.images].map((img) => ({ src: img.getAttribute('src'), ok: img.complete && img.naturalWidth > 0 }));
  const scripts = document.querySelectorAll('script').length;
  const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
    [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName.toLowerCase()} ${a.name}`));
  const views = document.querySelector('#views') !== null;
  const inlineSvgs = document.querySelectorAll('svg').length;
  return { urls, images, scripts, handlers, views, inlineSvgs };
}

async function checkPage(page, root, file, problems) {
  const say = (m) => problems.push(`${path.relative(root, file)}: ${m}`);
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  const r = await page.evaluate(inspect);
  if (r.scripts) say(`${r.scripts} <script> element(s)`);
  for (const h of r.handlers) say(`event handler attribute: ${h}`);
  for (const u of r.urls) {
    const scheme = u.resolved.split(':')[0].toLowerCase();
    if (scheme === 'http' || scheme === 'https') {
      if (u.tag !== 'a') say(`${u.tag} ${u.attr} loads from another host: ${u.raw}`);
      continue;
    }
    if (scheme !== 'file') { say(`${u.tag} ${u.attr} with a ${scheme}: URL: ${u.raw}`); continue; }
    const url = new URL(u.resolved);
    const target = fileURLToPath(url);
    if (!inside(root, target)) { say(`${u.tag} ${u.attr} points outside the site: ${u.raw}`); continue; }
    if (!fs.existsSync(target) || !fs.statSync(target).isFile()) { say(`broken link ${u.raw}`); continue; }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) say(`no #${fragment} in ${u.raw}`);
  }
  for (const img of r.images) if (!img.ok) say(`image did not load: ${img.src}`);
  const svgImages = r.images.filter((i) => i.ok && /\.svg$/.test(i.src)).length;
  if (r.views && svgImages === 0) say('has a views section but no SVG image');
  return { views: r.views && svgImages > 0, svgImages, inlineSvgs: r.inlineSvgs };
}

async function printPdf(page, file, out, problems) {
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await page.emulateMediaType('print');
  const pdf = await page.pdf({ path: out, printBackground: true });
  const text = Buffer.from(pdf).toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page(?!s)/g) || []).length;
  if (!text.startsWith('%PDF') || pages < 1) problems.push(`${out}: not a PDF with pages`);
  return pages;
}

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true,
    options: { pdf: { type: 'string' }, 'expect-history': { type: 'boolean' } } });
  if (positionals.length !== 1) usage('name one site folder');
  const root = fs.realpathSync(positionals[0]);
  const files = pagesOf(root);
  if (!files.some((f) => path.basename(f) === 'index.html')) usage(`${root} has no index.html`);
  const puppeteer = require('puppeteer-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'site-check-'));
  let browser;
  try {
    browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS, userDataDir: profile });
  } catch (e) {
    fs.rmSync(profile, { recursive: true, force: true });
    console.error(`site_check: cannot start ${CHROMIUM}: ${e.message.split('\n')[0]}`);
    process.exit(2);
  }
  const problems = [];
  let current = '';
  let withViews = null, charts = 0, svgImages = 0;
  try {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const url = req.url();
      let ok = false;
      if (url.startsWith('file:')) ok = inside(root, fileURLToPath(new URL(url)));
      if (!ok) { problems.push(`${current}: request outside the site: ${url}`); req.abort(); } else req.continue();
    });
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`${current}: console error: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`${current}: page error: ${e.message}`));
    page.on('requestfailed', (req) => problems.push(`${current}: request failed: ${req.url()} ${req.failure()?.errorText}`));
    for (const file of files) {
      current = path.relative(root, file);
      const r = await checkPage(page, root, file, problems);
      svgImages += r.svgImages;
      if (r.views && !withViews) withViews = file;
      if (file.includes(`${path.sep}journeys${path.sep}`)) charts += r.inlineSvgs;
    }
    if (!withViews) problems.push('no journey page shows its views');
    if (values['expect-history'] && charts === 0) problems.push('no journey page has a trend chart');
    if (values.pdf && withViews) {
      current = path.relative(root, withViews);
      const pages = await printPdf(page, withViews, values.pdf, problems);
      console.log(`site_check: ${current} printed to ${values.pdf}: ${pages} page(s)`);
    }
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  console.log(`site_check: ${files.length} pages, ${svgImages} SVG images, ${charts} inline charts, ${problems.length} problem(s)`);
  for (const p of problems) console.log(`  ${p}`);
  process.exit(problems.length ? 1 : 0);
}

main().catch((e) => { console.error(`site_check: ${e.stack || e}`); process.exit(2); });
