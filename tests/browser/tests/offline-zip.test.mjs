// The offline zip end to end: unzip the release zip into a temporary folder, open
// file://…/index.html in chromium and visit every page: no failed requests, no console errors,
// nothing from outside. Search, toggletips and the VIT (save, reload) work from file://.
// The zip is the copy in the built site's root ($WEGWIJZER_SITE, made by .ci/test with --zip).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { htmlPages, launch, siteDir, watch } from '../lib/browser.mjs';

let tmp;
let top;  // the unzipped top folder
let base; // file://…/<top folder>/
let browser;

/** A request cut off because the test navigated on (net::ERR_ABORTED) is not a problem of the site. */
const ernstig = (p) => !/\(net::ERR_ABORTED\)$/.test(p);

before(async () => {
  const zips = fs.readdirSync(siteDir()).filter((f) => f.endsWith('.zip'));
  assert.equal(zips.length, 1, `one zip in ${siteDir()} (build with --zip): ${zips}`);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wegwijzer-offline-'));
  execFileSync('unzip', ['-q', path.join(siteDir(), zips[0]), '-d', tmp]);
  const entries = fs.readdirSync(tmp);
  assert.deepEqual(entries, [zips[0].replace(/\.zip$/, '')], 'one top folder named after the zip');
  top = path.join(tmp, entries[0]);
  base = pathToFileURL(top).href + '/';
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

test('the zip holds the same pages as the site, and no zip inside it', () => {
  assert.ok(fs.existsSync(path.join(top, 'index.html')));
  assert.deepEqual(htmlPages(top), htmlPages(siteDir()));
  assert.deepEqual(fs.readdirSync(top).filter((f) => f.endsWith('.zip')), []);
  const over = fs.readFileSync(path.join(top, 'over.html'), 'utf8');
  assert.match(over, /U leest nu de offline versie van deze website/);
  assert.match(fs.readFileSync(path.join(siteDir(), 'over.html'), 'utf8'),
    /Download deze website \(zip, [0-9,]+ [kM]B\) om offline te lezen/);
});

test('every page opens from file:// without failed requests or console errors', async () => {
  const page = await browser.newPage();
  const problems = watch(page, 'file://');
  const pages = htmlPages(top);
  assert.ok(pages.length > 50, `${pages.length} pages`);
  const found = [];
  for (const p of pages) {
    problems.length = 0;
    await page.goto(base + p, { waitUntil: 'load' });
    const title = await page.title();
    if (!title) found.push(`${p}: geen titel`);
    for (const x of problems.filter(ernstig)) found.push(`${p}: ${x}`);
  }
  await page.close();
  assert.deepEqual(found, []);
});

test('the footer links the print edition; print.html has every chapter', async () => {
  const page = await browser.newPage();
  await page.goto(base + 'index.html');
  await page.getByRole('link', { name: 'Hele kader afdrukken' }).click();
  await page.waitForURL(/print\.html$/);
  assert.equal(await page.locator('section.afdruk-hoofdstuk').count() >= 20, true);
  assert.equal(await page.locator('section.afdruk-hoofdstuk h2', { hasText: /^Basiskenmerk \d+:/ }).count(), 13);
  await page.close();
});

test('search works from the unzipped folder', async () => {
  const page = await browser.newPage();
  const problems = watch(page, 'file://');
  await page.goto(`${base}zoeken.html?q=${encodeURIComponent('mandaat')}`);
  await page.waitForFunction(() => document.getElementById('zoekstatus')?.textContent !== '');
  const hrefs = await page.$$eval('.zoekresultaat a', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.some((h) => h.startsWith('basiskenmerken/11-mandaat.html')), JSON.stringify(hrefs.slice(0, 5)));
  assert.deepEqual(problems.filter(ernstig), []);
  await page.close();
});

test('a toggletip shows the short explanation of a term', async () => {
  const page = await browser.newPage();
  const problems = watch(page, 'file://');
  await page.goto(base + 'basiskenmerken/03-sociale-en-pedagogische-basis.html');
  const knop = page.locator('.toggletip-knop').first();
  await knop.click();
  assert.equal(await knop.getAttribute('aria-expanded'), 'true');
  const id = await knop.getAttribute('aria-controls');
  await page.waitForFunction((i) => document.getElementById(i)?.textContent.length > 10, id);
  assert.deepEqual(problems.filter(ernstig), []);
  await page.close();
});

test('the VIT saves an answer and has it after a reload', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watch(page, 'file://');
  await page.goto(base + 'vit/05-brede-blik.html');
  await page.locator('#v-5-1-grotendeels').check();
  await page.locator('[data-vit="status"]').filter({ hasText: 'Opgeslagen' }).waitFor();
  await page.reload();
  assert.equal(await page.locator('#v-5-1-grotendeels').isChecked(), true);
  assert.deepEqual(problems.filter(ernstig), []);
  await context.close();
});
