// WCAG 2.2 AA in a real browser on EVERY page of the built kader site: axe-core (WCAG 2.0/2.1/2.2 A and AA
// rules), no sideways scrolling at 320 CSS px, and no request that leaves localhost. One browser and one tab
// for all pages; the variants switch in place (colour scheme, width) without a reload.
//
// Every run: every page in light mode, and REPRESENTATIVE (one page of every template and every special
// page) in dark mode and at 320 px too. The full run (WEGWIJZER_FULL=1, the nightly CI job) checks every
// page in all three variants (288 axe runs for 96 pages). The variants switch in place, so a page loads
// once; the pages are shared out over WEGWIJZER_BROWSER_TABS tabs (default 3) in their own contexts
// (so their own renderer processes), which run at the same time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { htmlPages, launch, serve, siteDir } from '../lib/browser.mjs';
import { auditPages, horizontalOverflow } from '../lib/theme-checks.mjs';

/** One page of every template of the theme, and the pages that have their own layout. */
export const REPRESENTATIVE = [
  'index.html', 'kader.html', 'kader/samenvatting.html', 'kader/hoofdstuk-2.html', 'basiskenmerken.html',
  'basiskenmerken/05-brede-blik.html', 'basiskenmerken/11-mandaat.html', 'bijlagen/bijlage-1-afspraken-en-programmas.html',
  'achtergrond/vng-notitie-2023.html', 'woordenlijst.html', 'woordenlijst/mandaat.html', 'afkortingen.html',
  'bronnen.html', 'vit.html', 'vit/05-brede-blik.html', 'vit/resultaten.html', 'vit/vergelijken.html',
  'zoeken.html', 'toegankelijkheid.html', 'privacy.html', 'over.html', 'wijzigingen.html', '404.html',
];

let server;
let browser;
before(async () => {
  server = await serve(siteDir());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const full = process.env.WEGWIJZER_FULL === '1';
const tabs = Math.max(1, Number(process.env.WEGWIJZER_BROWSER_TABS || 3));

test(`axe finds 0 violations on every page in light mode and on ${full ? 'every page' : 'the representative pages'} in dark mode and at 320 px; none scrolls sideways at 320 px or requests anything outside localhost`, async () => {
  const pages = htmlPages(siteDir());
  assert.ok(pages.length > 50, `expected the whole kader site, found ${pages.length} pages in ${siteDir()}`);
  const missing = REPRESENTATIVE.filter((p) => !pages.includes(p));
  assert.deepEqual(missing, [], 'representative pages missing from the site');
  const variantsFor = (p) => (full || REPRESENTATIVE.includes(p) ? ['licht', 'donker', '320px'] : ['licht']);
  // Round-robin, so the slow pages with three variants spread over the tabs.
  const shares = Array.from({ length: tabs }, (_, i) => pages.filter((_, k) => k % tabs === i));
  const start = Date.now();
  const results = await Promise.all(shares.map(async (share) => {
    const context = await browser.newContext();
    try {
      return await auditPages(await context.newPage(), server.url, share, variantsFor);
    } finally {
      await context.close();
    }
  }));
  const failures = results.flatMap((r) => r.failures);
  const external = results.flatMap((r) => r.external);
  const runs = results.reduce((n, r) => n + r.runs, 0);
  console.log(`axe: ${pages.length} pagina's, ${runs} runs in ${((Date.now() - start) / 1000).toFixed(1)} s (${tabs} tabs)`);
  assert.ok(runs >= pages.length + 2 * REPRESENTATIVE.length, `${runs} axe runs`);
  assert.deepEqual(failures, [], `${failures.length} problemen:\n${failures.join('\n')}`);
  assert.deepEqual(external, [], 'verzoeken buiten localhost');
});

test('dark mode changes the colours of the default theme (and light mode keeps them light)', async () => {
  const page = await browser.newPage();
  await page.goto(server.url + 'basiskenmerken/05-brede-blik.html');
  const colours = () => page.evaluate(() => ({
    bg: getComputedStyle(document.documentElement).backgroundColor,
    text: getComputedStyle(document.body).color,
    link: getComputedStyle(document.querySelector('main a[href]')).color,
  }));
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await colours();
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await colours();
  assert.equal(light.bg, 'rgb(255, 255, 255)');
  assert.notEqual(dark.bg, light.bg);
  assert.notEqual(dark.text, light.text);
  assert.notEqual(dark.link, light.link);
  await page.close();
});

test('text spacing overrides (WCAG 1.4.12) at 320 px: nothing scrolls sideways and no text is cut off', async () => {
  // bypassCSP: the override is an injected <style>, which the pages' Content-Security-Policy blocks otherwise.
  const context = await browser.newContext({ viewport: { width: 320, height: 720 }, bypassCSP: true });
  const page = await context.newPage();
  const failures = [];
  for (const p of REPRESENTATIVE) {
    await page.goto(server.url + p, { waitUntil: 'load' });
    await page.addStyleTag({ content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }' });
    const o = await horizontalOverflow(page);
    if (o) failures.push(`${p} schuift ${o.over}px opzij: ${o.culprits.join(', ')}`);
    const clipped = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((el) => {
      const st = getComputedStyle(el);
      const hides = ['hidden', 'clip'].includes(st.overflowX) || ['hidden', 'clip'].includes(st.overflowY);
      return hides && el.textContent.trim() && !el.classList.contains('visueel-verborgen') &&
        (el.scrollHeight > el.clientHeight + 2 || el.scrollWidth > el.clientWidth + 2);
    }).map((el) => el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : '')).slice(0, 5));
    if (clipped.length) failures.push(`${p}: tekst afgesneden in ${clipped.join(', ')}`);
  }
  assert.deepEqual(failures, []);
  await context.close();
});
