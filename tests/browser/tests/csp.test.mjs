// The Content-Security-Policy <meta> of every page (themes/standaard/templates/base.mustache)
// allows only the site's own scripts and styles. This test opens a sample of pages, from
// file:// and over http, uses their scripts (search, toggletips, the VIT) and fails on any
// `securitypolicyviolation` event or CSP console message: an inline script, inline style,
// style attribute or external resource anywhere in the theme would show up here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { htmlPages, launch, serve, siteDir } from '../lib/browser.mjs';

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "object-src 'none'; base-uri 'none'; form-action 'self'";

/** One page of each kind plus every 12th page, so each template and script is met. */
function samplePages(dir) {
  const all = htmlPages(dir);
  const wanted = ['index.html', 'zoeken.html', 'woordenlijst.html', 'bronnen.html', 'afkortingen.html',
    'print.html', '404.html', 'over.html', 'vit.html', 'vit/resultaten.html', 'vit/vergelijken.html'];
  const picks = new Set(wanted.filter((p) => all.includes(p)));
  for (const prefix of ['kader/', 'basiskenmerken/', 'woordenlijst/', 'vit/', 'achtergrond/', 'bijlagen/']) {
    const first = all.find((p) => p.startsWith(prefix));
    if (first) picks.add(first);
  }
  all.forEach((p, i) => { if (i % 12 === 0) picks.add(p); });
  return [...picks].sort();
}

/** Collects CSP violations of `page`, also those raised before the page's own scripts run. */
async function watchCsp(page) {
  const found = [];
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(`${e.violatedDirective} blokkeert ${e.blockedURI || '(inline)'} in ${e.sourceFile || e.documentURI}:${e.lineNumber}`);
    });
  });
  page.on('console', (m) => {
    if (/Content[ -]Security[ -]Policy/i.test(m.text())) found.push(`console: ${m.text()}`);
  });
  return async () => [...found, ...(await page.evaluate(() => window.__csp || []))];
}

/** Uses the scripts of the page a little: typing in a search field, opening a toggletip, answering. */
async function exercise(page) {
  const search = page.locator('input[type="search"]').first();
  if (await search.count()) {
    await search.fill('lokaal team');
    await search.press('Enter').catch(() => {});
    await page.waitForLoadState('load');
  }
  const tip = page.locator('.toggletip button, button[aria-expanded]').first();
  if (await tip.count() && await tip.isVisible()) await tip.click().catch(() => {});
  const radio = page.locator('input[type="radio"]').first();
  if (await radio.count() && await radio.isVisible()) await radio.check().catch(() => {});
  await page.waitForTimeout(50);
}

async function checkPages(base, pages) {
  const browser = await launch();
  const problems = [];
  try {
    const context = await browser.newContext();
    for (const rel of pages) {
      const page = await context.newPage();
      const violations = await watchCsp(page);
      await page.goto(base + rel.split('/').map(encodeURIComponent).join('/'));
      const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      if (meta !== POLICY) problems.push(`${rel}: CSP-meta is ${JSON.stringify(meta)}`);
      const before = await violations();
      await exercise(page);  // may navigate (search): window.__csp starts again, the console list does not
      for (const v of new Set([...before, ...(await violations())])) problems.push(`${rel}: ${v}`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return problems;
}

test('no CSP violations on a sample of pages opened from file://', async () => {
  const dir = siteDir();
  const pages = samplePages(dir);
  assert.ok(pages.length >= 15, `only ${pages.length} pages in ${dir}`);
  const problems = await checkPages(pathToFileURL(dir).href + '/', pages);
  assert.deepEqual(problems, []);
});

test('no CSP violations on a sample of pages served over http', async () => {
  const dir = siteDir();
  const server = await serve(dir);
  try {
    const problems = await checkPages(server.url, samplePages(dir).filter((_, i) => i % 2 === 0));
    assert.deepEqual(problems, []);
  } finally {
    await server.close();
  }
});

test('the policy is in force: an injected inline script and style attribute are blocked and seen', async () => {
  // Proves the two tests above can fail: the same watcher sees what the policy blocks.
  const dir = siteDir();
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const violations = await watchCsp(page);
    await page.goto(pathToFileURL(path.join(dir, 'index.html')).href);
    const ran = await page.evaluate(() => {
      window.__ran = false;
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.body.append(s);
      const d = document.createElement('div');
      d.setAttribute('style', 'color: red');
      document.body.append(d);
      const img = document.createElement('img');
      img.src = 'https://example.org/x.png';
      document.body.append(img);
      return window.__ran;
    });
    await page.waitForTimeout(100);
    assert.equal(ran, false, 'an inline script ran despite the policy');
    const seen = (await violations()).join('\n');
    assert.match(seen, /script-src/);
    assert.match(seen, /style-src/);
    assert.match(seen, /img-src/);
    // The site's own files are not blocked: the stylesheet applied and a script of the theme loaded.
    assert.ok(fs.existsSync(path.join(dir, 'css/wegwijzer.css')));
    const sheets = await page.evaluate(() => [...document.styleSheets].filter((s) => s.href).length);
    assert.ok(sheets >= 2, `only ${sheets} stylesheets applied`);
  } finally {
    await browser.close();
  }
});
