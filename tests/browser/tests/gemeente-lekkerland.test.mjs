// Issue #22 in the browser: the gemeente fixture tests/fixtures/gemeente-lekkerland, built by the
// binary here. "Wat wijkt af van de VNG-versie" (afwijkingen.html) and a page with an aanvulling
// placed after a heading (na_kop) are axe-clean and valid HTML, every control is reached with Tab
// and shows its focus, and from file:// every link of afwijkingen.html opens a page that has its
// target; the marks lead a reader there with the keyboard.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HtmlValidate } from 'html-validate';
import { axe, launch, repoRoot, watch } from '../lib/browser.mjs';
import { tabThrough } from '../lib/theme-checks.mjs';

const binary = process.env.WEGWIJZER_BINARY || path.join(repoRoot, 'build/wegwijzer');
const config = JSON.parse(fs.readFileSync(path.join(repoRoot, 'tests/browser/config/htmlvalidate.json'), 'utf8'));
const PAGES = ['afwijkingen.html', 'kader/hoofdstuk-1.html', 'basiskenmerken/05-brede-blik.html'];
let dir;
let site;
let browser;

const fileUrl = (rel) => pathToFileURL(path.join(site, rel)).href;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ww-lekkerland-'));
  site = path.join(dir, 'public');
  execFileSync(binary, ['build', '--config', path.join(repoRoot, 'tests/fixtures/gemeente-lekkerland/site-config.toml'),
    '--out', site, '--quiet']);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('afwijkingen.html and pages with a placed aanvulling are valid HTML', async () => {
  const hv = new HtmlValidate(config);
  const errors = [];
  for (const p of PAGES) {
    const report = await hv.validateString(fs.readFileSync(path.join(site, p), 'utf8'), p);
    for (const r of report.results) for (const m of r.messages) errors.push(`${p}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`);
  }
  assert.deepEqual(errors, []);
});

test('from file:// the pages are axe-clean, load nothing from outside and every afwijkingen link has its target', async () => {
  const context = await browser.newContext();
  try {
    for (const p of PAGES) {
      // A page of its own for each: axe reads the style sheets with XHR, which file:// refuses,
      // and those failures can arrive after axe is done; on a shared page they were counted
      // against the next page.
      const each = await context.newPage();
      const seen = watch(each, 'file://');
      await each.goto(fileUrl(p), { waitUntil: 'load' });
      assert.deepEqual(seen, [], `${p} from file://`);
      assert.deepEqual(await axe(each), [], `axe on ${p}`);
      await each.close();
    }
    const page = await context.newPage();
    const problems = watch(page, 'file://');
    await page.goto(fileUrl('afwijkingen.html'));
    const links = await page.locator('.afwijkingen a').evaluateAll((as) => as.map((a) => ({ href: a.href, text: a.textContent.trim() })));
    assert.equal(links.length, 12, `${links.length} links`);
    for (const { href, text } of links) {
      await page.goto(href, { waitUntil: 'load' });
      const hash = new URL(href).hash.slice(1);
      assert.notEqual(await page.title(), '', `${text}: ${href}`);
      if (hash) assert.equal(await page.locator(`[id="${hash}"]`).count(), 1, `${text}: #${hash} on ${href}`);
    }
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('afwijkingen.html: every link and control is reached with Tab and shows its focus', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    for (const p of ['afwijkingen.html', 'kader/hoofdstuk-1.html']) {
      await page.goto(fileUrl(p));
      const { stops, missed } = await tabThrough(page);
      assert.deepEqual(missed, [], `${p}: controls that Tab never reaches`);
      assert.deepEqual(stops.filter((s) => s.outline < 2 && !s.ring).map((s) => s.label), [], `${p}: no visible focus`);
      if (p === 'afwijkingen.html') {
        const labels = stops.map((s) => s.label);
        for (const want of ['Leeswijzer voor Lekkerland', 'dorpsteam', 'Het wijkteam van Lekkerland']) {
          assert.ok(labels.some((l) => l.startsWith(want)), `${want} reached with Tab`);
        }
      }
    }
  } finally {
    await context.close();
  }
});

test('a reader goes from the placed aanvulling to afwijkingen.html and back with the keyboard', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(fileUrl('kader/hoofdstuk-1.html'));
    // The aanvulling stands after "Gevolgen voor gemeenten" and before the next heading, also on screen.
    const order = await page.evaluate(() => {
      const kop = document.getElementById('gevolgen-voor-gemeenten').getBoundingClientRect().top;
      const aanvulling = document.querySelector('section.aanvulling').getBoundingClientRect().top;
      const volgende = document.querySelector('h2[id^="het-vit-"]').getBoundingClientRect().top;
      return { kop, aanvulling, volgende };
    });
    assert.ok(order.kop < order.aanvulling && order.aanvulling < order.volgende, JSON.stringify(order));
    const region = page.getByRole('region', { name: 'Wat dit betekent voor Lekkerland' });
    assert.equal(await region.count(), 1);
    const link = region.getByRole('link', { name: 'Zie wat afwijkt van de VNG-versie' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/afwijkingen\.html$/);
    await page.getByRole('heading', { level: 1, name: 'Wat wijkt af van de VNG-versie' }).waitFor();
    // The aanvulling of hoofdstuk 1 is listed under its page title, and its link lands on the aanvulling.
    const item = page.locator('.afwijkingen li', { hasText: 'eigen stuk: Wat dit betekent voor Lekkerland' });
    assert.equal(await item.count(), 1);
    await item.getByRole('link').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/hoofdstuk-1\.html#aanvulling$/);
    assert.equal(await page.evaluate(() => document.getElementById('aanvulling')?.textContent), 'Wat dit betekent voor Lekkerland');
  } finally {
    await context.close();
  }
});
