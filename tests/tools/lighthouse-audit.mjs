// Runs Lighthouse on each page given, once as a phone (Lighthouse's default: Moto G Power, slow 4G, CPU slowed 4×,
// simulated) and once as a desktop (its desktop preset), one after the other in one headless Chromium, and writes
// each report as <name>-<phone|desktop>.report.json and .report.html into the output folder.
// Prints one JSON line: [{ "name", "formFactor", "url", "json", "html" }…] for the caller to read the reports from.
// Usage: node lighthouse-audit.mjs <chromium> <output folder> <name>=<url> [<name>=<url>…]
import fs from 'node:fs/promises';
import path from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { launch } from 'chrome-launcher'; // Lighthouse's own launcher (its dependency, installed beside it)

const [chromePath, outputFolder, ...pages] = process.argv.slice(2);
if (!chromePath || !outputFolder || pages.length === 0) {
  console.error('usage: node lighthouse-audit.mjs <chromium> <output folder> <name>=<url> [<name>=<url>…]');
  process.exit(2);
}

const formFactors = [
  { name: 'phone', config: undefined },
  { name: 'desktop', config: desktopConfig },
];

await fs.mkdir(outputFolder, { recursive: true });
const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox'], logLevel: 'silent' });
const written = [];
try {
  for (const page of pages) {
    const separator = page.indexOf('=');
    const [name, url] = [page.slice(0, separator), page.slice(separator + 1)];
    for (const formFactor of formFactors) {
      const result = await lighthouse(url, { port: chrome.port, output: ['json', 'html'], logLevel: 'error' }, formFactor.config);
      if (!result) throw new Error(`Lighthouse returned nothing for ${url} (${formFactor.name})`);
      const [json, html] = result.report;
      const stem = path.join(outputFolder, `${name}-${formFactor.name}`);
      await fs.writeFile(`${stem}.report.json`, json);
      await fs.writeFile(`${stem}.report.html`, html);
      written.push({ name, formFactor: formFactor.name, url, json: `${stem}.report.json`, html: `${stem}.report.html` });
    }
  }
} finally {
  await chrome.kill();
}
console.log(JSON.stringify(written));
