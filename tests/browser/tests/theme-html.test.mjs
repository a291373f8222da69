// html-validate on every page of the built site (0 errors), and the size budgets of the theme issue:
// HTML <= 100 KB per page, CSS <= 40 KB and JavaScript <= 40 KB per page (data files excluded).
//
// Rules changed from html-validate:recommended (config/htmlvalidate.json), each for a reason:
//   long-title off: a page title is "<page> | <site>" so screen-reader users know where they are;
//   aria-label-misuse allows any element whose ARIA role may be named: WAI-ARIA permits naming a list, and
//   the search results list is named so a screen reader announces "Zoekresultaten" with its count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate } from 'html-validate';
import { htmlPages, siteDir, exampleSiteDir } from '../lib/browser.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const config = JSON.parse(fs.readFileSync(path.join(here, '../config/htmlvalidate.json'), 'utf8'));

async function validateSite(dir) {
  const hv = new HtmlValidate(config);
  const errors = [];
  const pages = htmlPages(dir);
  for (const p of pages) {
    const report = await hv.validateString(fs.readFileSync(path.join(dir, p), 'utf8'), p);
    for (const r of report.results) {
      for (const m of r.messages) errors.push(`${p}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`);
    }
  }
  return { pages, errors };
}

test('html-validate: 0 errors on every page of the kader site', async () => {
  const { pages, errors } = await validateSite(siteDir());
  assert.ok(pages.length > 50, `expected the whole site, found ${pages.length} pages`);
  assert.deepEqual(errors, [], `${errors.length} fouten:\n${errors.slice(0, 40).join('\n')}`);
});

test('html-validate: 0 errors on every page of the Krimpenerwaard example', async () => {
  const { pages, errors } = await validateSite(exampleSiteDir());
  assert.ok(pages.length > 50);
  assert.deepEqual(errors, [], `${errors.length} fouten:\n${errors.slice(0, 40).join('\n')}`);
});

/**
 * The structure WCAG asks of every page, checked on the HTML as served (what a reader without JavaScript
 * gets): lang="nl"; exactly one h1 and no skipped heading level going down; one header, main and footer;
 * every nav named. axe's WCAG tags do not include heading order or "one h1" (those are best-practice rules).
 */
function structureProblems(p, html) {
  const out = [];
  const text = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|template)\b[\s\S]*?<\/\1>/g, '');
  if (!/^<!DOCTYPE html>\s*<html lang="nl"[ >]/.test(text)) out.push(`${p}: <html lang="nl"> ontbreekt`);
  const levels = [...text.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
  const h1 = levels.filter((l) => l === 1).length;
  if (h1 !== 1) out.push(`${p}: ${h1} h1-koppen (verwacht: 1)`);
  if (levels[0] !== 1) out.push(`${p}: de eerste kop is h${levels[0]}, niet h1`);
  for (let i = 1; i < levels.length; i++) {
    if (levels[i] > levels[i - 1] + 1) { out.push(`${p}: kop h${levels[i]} na h${levels[i - 1]} (niveau overgeslagen)`); break; }
  }
  for (const [tag, n] of [['<header class="site-header"', 1], ['<main ', 1], ['<footer class="site-footer"', 1]]) {
    const count = text.split(tag).length - 1;
    if (count !== n) out.push(`${p}: ${count}× ${tag}>`);
  }
  for (const m of text.matchAll(/<nav\b([^>]*)>/g)) {
    if (!/aria-label(ledby)?="[^"]+"/.test(m[1])) out.push(`${p}: <nav${m[1]}> zonder naam`);
  }
  return out;
}

for (const [name, dir] of [['kader site', siteDir], ['Krimpenerwaard example', exampleSiteDir]]) {
  test(`structure on every page of the ${name}: lang, one h1, no skipped heading level, landmarks, named navs`, () => {
      const problems = [];
      const pages = htmlPages(dir());
      for (const p of pages) problems.push(...structureProblems(p, fs.readFileSync(path.join(dir(), p), 'utf8')));
      assert.ok(pages.length > 50);
      assert.deepEqual(problems, [], `${problems.length} problemen:\n${problems.slice(0, 40).join('\n')}`);
    });
}

/** Paths (relative to the page's folder) of the stylesheets and scripts a page links, resolved to site paths. */
function assetsOf(dir, page, html) {
  const base = path.posix.dirname(page);
  const out = { css: new Set(), js: new Set() };
  for (const m of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) out.css.add(path.posix.normalize(path.posix.join(base, m[1])));
  for (const m of html.matchAll(/<script src="([^"]+)"/g)) out.js.add(path.posix.normalize(path.posix.join(base, m[1])));
  return out;
}

// Data the browser loads as scripts (search index, VIT questions) is not code: the budget excludes it.
const isData = (p) => /(^|\/)(zoekindex|vit-data)[^/]*\.js$/.test(p) || p.startsWith('zoektekst/');

test('budgets: HTML <= 100 KB per page, CSS <= 40 KB and JS <= 40 KB per page', () => {
  const dir = siteDir();
  const over = [];
  for (const p of htmlPages(dir)) {
    const html = fs.readFileSync(path.join(dir, p), 'utf8');
    // print.html is the whole kader on one page by design (print and save as pdf); it is exempt from the HTML budget.
    if (p !== 'print.html' && Buffer.byteLength(html) > 100 * 1024) over.push(`${p}: HTML ${Buffer.byteLength(html)} bytes`);
    const a = assetsOf(dir, p, html);
    const size = (set) => [...set].filter((f) => !isData(f)).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
    const css = size(a.css);
    const js = size(a.js);
    if (css > 40 * 1024) over.push(`${p}: CSS ${css} bytes`);
    if (js > 40 * 1024) over.push(`${p}: JS ${js} bytes`);
  }
  assert.deepEqual(over, []);
});
