// The token drop-in: a gemeente's NL Design System token package and theme class change the site's colours
// without touching the theme, and the site stays WCAG 2.2 AA.
//  1. The kader site built with @nl-design-system-unstable/voorbeeld-design-tokens (dist/theme.css, class
//     voorbeeld-theme; fixtures/voorbeeld-tokens/site-config.toml): the computed colours of header, links,
//     footer and buttons are the package's values (dist/variables.json), not the defaults; axe finds 0 violations.
//  2. The Krimpenerwaard example (examples/krimpenerwaard, its own tokens.css): axe finds 0 violations on a
//     page of every kind, in light and dark mode and at 320 px.
// The test builds site 1 itself with $WEGWIJZER_BIN (default build/wegwijzer) into build/voorbeeld-test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { exampleSiteDir, launch, repoRoot, serve, siteDir } from '../lib/browser.mjs';
import { auditPages } from '../lib/theme-checks.mjs';

const require = createRequire(import.meta.url);
const tokens = require('@nl-design-system-unstable/voorbeeld-design-tokens/dist/variables.json');
const binary = path.resolve(repoRoot, process.env.WEGWIJZER_BIN || 'build/wegwijzer');
const voorbeeldDir = path.resolve(repoRoot, 'build/voorbeeld-test');
const config = path.resolve(repoRoot, 'tests/browser/fixtures/voorbeeld-tokens/site-config.toml');

const PAGES = ['index.html', 'basiskenmerken/05-brede-blik.html', 'kader/hoofdstuk-2.html', 'woordenlijst/mandaat.html',
  'vit/05-brede-blik.html', 'zoeken.html', 'toegankelijkheid.html'];

let browser;
let standaard;
let voorbeeld;
before(async () => {
  const r = spawnSync(binary, ['build', '--quiet', '--config', config, '--out', voorbeeldDir], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(r.status, 0, `building the site with the voorbeeld tokens failed:\n${r.stdout}${r.stderr}`);
  standaard = await serve(siteDir());
  voorbeeld = await serve(voorbeeldDir);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await standaard?.close();
  await voorbeeld?.close();
});

const rgb = (hex) => {
  const n = parseInt(hex.replace('#', ''), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

async function themeColours(url) {
  const page = await browser.newPage();
  await page.goto(url + 'basiskenmerken/05-brede-blik.html', { waitUntil: 'load' });
  const c = await page.evaluate(() => {
    const css = (sel, prop) => getComputedStyle(document.querySelector(sel))[prop];
    return {
      klasse: document.documentElement.className,
      headerBg: css('.site-header', 'backgroundColor'),
      headerText: css('.site-naam', 'color'),
      link: css('main .kadertekst a[href]:not(.knop)', 'color'),
      footerBg: css('.site-footer', 'backgroundColor'),
      button: css('.vit-verwijzing .knop-primair', 'backgroundColor'),
    };
  });
  await page.close();
  return c;
}

test('the voorbeeld token package and theme class drive the colours of header, links, footer and buttons', async () => {
  const html = fs.readFileSync(path.join(voorbeeldDir, 'index.html'), 'utf8');
  assert.match(html, /<html [^>]*class="[^"]*\bvoorbeeld-theme\b/);
  assert.match(html, /href="css\/gemeente-tokens\.css"/);
  const def = await themeColours(standaard.url);
  const vb = await themeColours(voorbeeld.url);
  assert.deepEqual(
    { headerBg: vb.headerBg, headerText: vb.headerText, link: vb.link, footerBg: vb.footerBg, button: vb.button },
    {
      headerBg: rgb(tokens.utrechtPageHeaderBackgroundColor),
      headerText: rgb(tokens.utrechtPageHeaderColor),
      link: rgb(tokens.utrechtLinkColor),
      footerBg: rgb(tokens.utrechtPageFooterBackgroundColor),
      button: rgb(tokens.utrechtButtonPrimaryActionBackgroundColor),
    });
  for (const k of ['headerBg', 'headerText', 'link', 'footerBg', 'button']) assert.notEqual(vb[k], def[k], `${k} changed by the tokens`);
});

test('with the voorbeeld tokens axe finds 0 violations (light, dark, 320 px)', async () => {
  const page = await browser.newPage();
  const r = await auditPages(page, voorbeeld.url, PAGES, () => ['licht', 'donker', '320px']);
  assert.deepEqual(r.failures, [], r.failures.join('\n'));
  assert.deepEqual(r.external, []);
  await page.close();
});

test('the Krimpenerwaard example: axe finds 0 violations (light, dark, 320 px)', async () => {
  const server = await serve(exampleSiteDir());
  try {
    const page = await browser.newPage();
    const pages = [...PAGES, 'krimpenerwaard.html', 'basiskenmerken/03-sociale-en-pedagogische-basis.html', 'woordenlijst/triageteam.html'];
    const r = await auditPages(page, server.url, pages, () => ['licht', 'donker', '320px']);
    assert.deepEqual(r.failures, [], r.failures.join('\n'));
    assert.deepEqual(r.external, []);
    const header = await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')).backgroundColor);
    assert.equal(header, 'rgb(11, 90, 58)', 'the header takes the colour of examples/krimpenerwaard/tokens.css');
    await page.close();
  } finally {
    await server.close();
  }
});
