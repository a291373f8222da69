// The editors' report of `wegwijzer check --rapport DIR` (not part of the site): valid HTML with the
// project's html-validate rules, no console errors or failed requests under its strict CSP, no axe
// violations, the table of every text sorts by a column when its header button is clicked, and the
// filter shows only the texts that must be B1, or only one folder (issue 19).
// The report is written by .ci/test to build/check-rapport ($WEGWIJZER_CHECK_RAPPORT overrides).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate } from 'html-validate';
import { axe, launch, repoRoot, serve, watch } from '../lib/browser.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const config = JSON.parse(fs.readFileSync(path.join(here, '../config/htmlvalidate.json'), 'utf8'));
const dir = path.resolve(repoRoot, process.env.WEGWIJZER_CHECK_RAPPORT || 'build/check-rapport');

test('check rapport: valid HTML', async () => {
  const file = path.join(dir, 'index.html');
  assert.ok(fs.existsSync(file), `${file} ontbreekt: draai wegwijzer check --rapport ${dir}`);
  const report = await new HtmlValidate(config).validateString(fs.readFileSync(file, 'utf8'), 'index.html');
  const errors = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column}: ${m.ruleId}: ${m.message}`));
  assert.deepEqual(errors, []);
});

test('check rapport: opens cleanly, passes axe, and sorts its table of texts', async (t) => {
  const started = Date.now();
  const server = await serve(dir);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const problems = watch(page, server.url);
    await page.goto(server.url + 'index.html');
    assert.equal(await page.locator('h1').textContent(), 'Taalrapport van wegwijzer check');
    t.diagnostic(`geladen na ${Date.now() - started} ms`);
    assert.deepEqual(await axe(page), []);
    t.diagnostic(`axe klaar na ${Date.now() - started} ms`);

    const table = page.locator('table.sorteerbaar').first();
    const headers = table.locator('thead th');
    const names = await headers.allTextContents();
    const column = names.findIndex((n) => n.trim() === 'Flesch-Douma');
    assert.ok(column >= 0, `geen kolom Flesch-Douma in ${names.join(', ')}`);
    const values = () => table.locator(`tbody tr td:nth-child(${column + 1})`)
      .evaluateAll((cells) => cells.map((c) => parseFloat(c.getAttribute('data-w'))));
    const before = await values();
    assert.ok(before.length > 50, `verwacht een rij per tekst, gevonden ${before.length}`);

    const button = headers.nth(column).locator('button');
    await button.click();
    assert.equal(await headers.nth(column).getAttribute('aria-sort'), 'ascending');
    const up = await values();
    assert.deepEqual(up, [...before].sort((a, b) => a - b));

    await button.press('Enter');  // keyboard works too: the header is a real button
    assert.equal(await headers.nth(column).getAttribute('aria-sort'), 'descending');
    assert.deepEqual(await values(), [...before].sort((a, b) => b - a));
    // The filter: only B1 texts, then only one folder; every visible row matches, the others hide.
    const rows = () => page.locator('tr[data-map]').evaluateAll((trs) => trs.map((tr) => ({
      map: tr.getAttribute('data-map'), b1: tr.getAttribute('data-b1'), shown: tr.offsetParent !== null })));
    assert.ok(await page.locator('#filter').isVisible());
    const all = await rows();
    assert.ok(all.some((r) => r.b1 === 'nee' && r.shown), 'zonder filter staan ook de teksten die niet B1 hoeven');
    await page.locator('#alleen-b1').check();
    const b1 = await rows();
    assert.ok(b1.some((r) => r.shown));
    assert.deepEqual(b1.filter((r) => r.shown && r.b1 === 'nee'), []);
    await page.locator('#map').selectOption('content/woordenlijst');
    const glossary = await rows();
    assert.ok(glossary.some((r) => r.shown));
    assert.deepEqual(glossary.filter((r) => r.shown && !r.map.startsWith('content/woordenlijst')), []);
    await page.locator('#alleen-b1').uncheck();
    await page.locator('#map').selectOption('');
    assert.equal((await rows()).filter((r) => !r.shown).length, 0);

    // Chromium asks for /favicon.ico by itself; the report has no icon. Such a request never reaches
    // the page's events, so it shows only as a console line. Every resource of the page itself would
    // also show as "HTTP 404: <url>", which is not filtered.
    assert.deepEqual(problems.filter((p) => !/^console: Failed to load resource: .* 404 /.test(p)), []);
  } finally {
    await browser.close();
    await server.close();
  }
});
