// How long the VIT compare page (vit/vergelijken.html) takes to show N verkenningen read in
// as files, in Debian's chromium: from choosing the files to the page saying how many it
// compares, with the aggregate tables drawn. Target: 1,000 in under 2 s; 3,000 must load.
//   node bench/vit_compare.mjs [site folder, default build/site-test] [N ...; default 1000 3000]
// Needs tests/browser/node_modules (playwright-core); the files are generated with the real
// question ids of the site (tests/browser/lib/vit-gen.mjs) into a temporary folder (playwright
// passes at most 50 MB of in-memory files), removed at the end.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, serve } from '../tests/browser/lib/browser.mjs';
import { exportBestanden, vitData } from '../tests/browser/lib/vit-gen.mjs';

const dir = path.resolve(process.argv[2] || 'build/site-test');
const aantallen = process.argv.slice(3).map(Number);
if (!aantallen.length) aantallen.push(1000, 3000);
const data = vitData(dir);
const server = await serve(dir);
const browser = await launch();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vit-compare-'));
try {
  for (const n of aantallen) {
    const bestanden = exportBestanden(data, n).map(({ name, buffer }) => {
      const file = path.join(tmp, name);
      fs.writeFileSync(file, buffer);
      return file;
    });
    const context = await browser.newContext();
    const page = await context.newPage();
    const fouten = [];
    page.on('pageerror', (e) => fouten.push(e.message));
    await page.goto(server.url + 'vit/vergelijken.html');
    // The clock runs in the page: from the change event of the file field (the files have been
    // handed over) to the first frame drawn after the page says how many it compares.
    await page.evaluate((n) => {
      const invoer = document.querySelector('[data-vit="vergelijk-bestanden"]');
      invoer.addEventListener('change', () => { window.vitBenchStart = performance.now(); }, { capture: true });
      const stand = document.querySelector('[data-vit="vergelijk-stand"]');
      new MutationObserver(() => {
        if (window.vitBenchKlaar || !stand.textContent.startsWith(n + ' verkenningen')) return;
        requestAnimationFrame(() => setTimeout(() => { window.vitBenchKlaar = performance.now(); }));
      }).observe(stand, { childList: true, characterData: true, subtree: true });
    }, n);
    const t0 = Date.now();
    await page.locator('[data-vit="vergelijk-bestanden"]').setInputFiles(bestanden);
    await page.waitForFunction(() => window.vitBenchKlaar, null, { timeout: 600000, polling: 50 });
    const pagina = await page.evaluate(() => window.vitBenchKlaar - window.vitBenchStart);
    assert.equal(await page.locator('[data-vit="verschillen"] table').count(), 3);
    const totaal = Date.now() - t0;
    const knopen = await page.evaluate(() => document.getElementsByTagName('*').length);
    console.log(`${n} verkenningen: ${(pagina / 1000).toFixed(2)} s in the page (change event to drawn), ` +
      `${(totaal / 1000).toFixed(2)} s with the file transfer; ${knopen} elements${fouten.length ? '; ERRORS: ' + fouten.join(' | ') : ''}`);
    await context.close();
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
  await browser.close();
  await server.close();
}
