// The print edition: print.html under print media (what the browser's print dialog and the
// release's PDF see), and .ci/print-pdf, the script the release workflow runs to make the PDF.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, repoRoot, siteDir, watch } from '../lib/browser.mjs';

let browser;
let tmp;

before(async () => {
  browser = await launch();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wegwijzer-print-'));
});

after(async () => {
  await browser?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

test('print.html in print media: a page break before every chapter, no menu or controls, notes kept', async () => {
  const page = await browser.newPage();
  const problems = watch(page, 'file://');
  await page.goto(pathToFileURL(path.join(siteDir(), 'print.html')).href);
  await page.emulateMedia({ media: 'print' });
  const r = await page.evaluate(() => {
    const shown = (el) => el && getComputedStyle(el).display !== 'none';
    const chapters = [...document.querySelectorAll('section.afdruk-hoofdstuk')];
    return {
      chapters: chapters.length,
      breaks: chapters.filter((s) => getComputedStyle(s).breakBefore === 'page').length,
      toc: document.querySelectorAll('.afdruk-inhoud a[href^="#"]').length,
      menu: shown(document.querySelector('.menu')),
      footerNav: shown(document.querySelector('.site-footer nav')),
      buttons: [...document.querySelectorAll('button')].filter(shown).length,
      notes: [...document.querySelectorAll('section.afdruk-hoofdstuk li[id*="--noot-"]')].filter(shown).length,
      lang: document.documentElement.lang,
    };
  });
  assert.ok(r.chapters >= 20, `${r.chapters} chapters`);
  assert.equal(r.breaks, r.chapters);
  assert.ok(r.toc >= r.chapters, `${r.toc} links in the table of contents`);
  assert.equal(r.menu, false);
  assert.equal(r.footerNav, false);
  assert.equal(r.buttons, 0);
  assert.ok(r.notes >= 50, `${r.notes} notes shown`);
  assert.equal(r.lang, 'nl');
  assert.deepEqual(problems, []);
  await page.close();
});

test('.ci/print-pdf renders print.html to a PDF with title, language nl and many pages', () => {
  const out = execFileSync('bash', [path.join(repoRoot, '.ci/print-pdf'), siteDir(), tmp], { encoding: 'utf8', timeout: 180000 });
  const zip = fs.readdirSync(siteDir()).find((f) => f.endsWith('.zip'));
  const pdf = path.join(tmp, zip.replace(/\.zip$/, '.pdf'));
  assert.ok(fs.existsSync(pdf), out);
  const bytes = fs.readFileSync(pdf).toString('latin1');
  assert.ok(bytes.startsWith('%PDF-'));
  assert.match(bytes, /\/Title \(Richtinggevend kader toegang/);
  assert.match(bytes, /\/Lang \(nl\)/);
  const pages = bytes.match(/\/Type \/Page\b/g)?.length ?? 0;
  assert.ok(pages >= 30, `${pages} pages`);
  // The document outline (bookmarks) follows the chapters' headings.
  assert.match(bytes, /\/Title \(Basiskenmerk 1/);
});
