// SPDX-License-Identifier: Apache-2.0
// Puppeteer (a peer of mermaid-cli) must never download a browser: the tests use Debian's chromium.
/** @type {import("puppeteer").Configuration} */
module.exports = {
  skipDownload: true,
  chrome: { skipDownload: true },
  "chrome-headless-shell": { skipDownload: true },
  firefox: { skipDownload: true },
  executablePath: "/usr/bin/chromium",
};
