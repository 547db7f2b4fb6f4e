// Runs Lighthouse on each page given, once as a phone (Lighthouse's default: Moto G Power, slow 4G, CPU slowed 4×,
// simulated) and once as a desktop (its desktop preset), one after the other in one headless Chromium, and writes
// each report as <name>-<phone|desktop>.report.json and .report.html into the output folder.
// A performance score below 100 is measured again, up to <attempts> times in all (each report kept, the later ones as
// <name>-<form factor>.attempt-<n>.report.*): on a busy machine the renderer can be starved for a second or two, and
// the Speed Index Lighthouse estimates partly from the frames it saw then jumps. The caller decides what to make of
// the attempts. Prints one JSON line: [{ "name", "formFactor", "url", "attempts": [{ "json", "html" }…] }…].
// Usage: node lighthouse-audit.mjs <chromium> <output folder> <attempts> <name>=<url> [<name>=<url>…]
import fs from 'node:fs/promises';
import path from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { launch } from 'chrome-launcher'; // Lighthouse's own launcher (its dependency, installed beside it)

const [chromePath, outputFolder, attemptsText, ...pages] = process.argv.slice(2);
const attempts = Number.parseInt(attemptsText, 10);
if (!chromePath || !outputFolder || !(attempts >= 1) || pages.length === 0) {
  console.error('usage: node lighthouse-audit.mjs <chromium> <output folder> <attempts> <name>=<url> [<name>=<url>…]');
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
      const reports = [];
      for (let attempt = 1; attempt <= attempts; attempt++) {
        const result = await lighthouse(url, { port: chrome.port, output: ['json', 'html'], logLevel: 'error' }, formFactor.config);
        if (!result) throw new Error(`Lighthouse returned nothing for ${url} (${formFactor.name})`);
        const [json, html] = result.report;
        const stem = path.join(outputFolder, `${name}-${formFactor.name}${attempt === 1 ? '' : `.attempt-${attempt}`}`);
        await fs.writeFile(`${stem}.report.json`, json);
        await fs.writeFile(`${stem}.report.html`, html);
        reports.push({ json: `${stem}.report.json`, html: `${stem}.report.html` });
        if (result.lhr.categories.performance?.score === 1) break;
      }
      written.push({ name, formFactor: formFactor.name, url, attempts: reports });
    }
  }
} finally {
  await chrome.kill();
}
console.log(JSON.stringify(written));
