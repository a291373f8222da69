// html-validate on every page of the built site (0 errors), and the size budgets of the theme issue:
// HTML <= 100 KB per page, CSS <= 40 KB and JavaScript <= 40 KB per page (data files excluded).
//
// Rules changed from html-validate:recommended (config/htmlvalidate.json), each for a reason:
//   long-title off: a page title is "<page> | <site>" so screen-reader users know where they are;
//   valid-id relaxed: ids made from headings may start with a digit ("1-inleiding"), valid in HTML5;
//   void-style off: <br> and <br/> (from the Markdown renderer) are both valid HTML5.
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

test('html-validate: 0 errors on every page of the Krimpenerwaard example', { skip: !fs.existsSync(exampleSiteDir()) && 'example site not built' }, async () => {
  const { pages, errors } = await validateSite(exampleSiteDir());
  assert.ok(pages.length > 50);
  assert.deepEqual(errors, [], `${errors.length} fouten:\n${errors.slice(0, 40).join('\n')}`);
});

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
