// Keyboard use of the theme: the first Tab focuses the skip link and Enter moves focus to <main>; every
// visible control on the home, a basiskenmerk, the search and a VIT page is reached with Tab and shows a
// focus indicator (outline >= 2px or a ring) with >= 3:1 contrast against the background around it; the
// folded menu on a narrow screen opens and closes with the keyboard. The same on the Krimpenerwaard example,
// whose own tokens must keep the focus visible.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { exampleSiteDir, launch, serve, siteDir } from '../lib/browser.mjs';
import { tabThrough } from '../lib/theme-checks.mjs';

let server;
let example;
let browser;
before(async () => {
  server = await serve(siteDir());
  example = await serve(exampleSiteDir());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await example?.close();
});

async function skipLinkFirst(page) {
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => {
    const el = document.activeElement;
    const r = el.getBoundingClientRect();
    return { cls: el.className, text: el.textContent.trim(), top: r.top, bottom: r.bottom, outline: getComputedStyle(el).outlineStyle };
  });
  assert.equal(first.cls, 'skiplink');
  assert.equal(first.text, 'Naar de inhoud');
  assert.ok(first.top >= 0 && first.bottom > first.top, `skip link shown on screen when focused (top ${first.top})`);
  assert.notEqual(first.outline, 'none');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'inhoud');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'MAIN');
}

async function everyControlReachable(page) {
  // A fresh load, so Tab starts at the top of the page again (not at <main>, where the skip link left it).
  await page.reload({ waitUntil: 'load' });
  const { stops, missed } = await tabThrough(page);
  assert.ok(stops.length > 5, `only ${stops.length} focus stops`);
  assert.deepEqual(missed, [], 'controls that Tab never reaches');
  const invisible = stops.filter((s) => s.outline < 2 && !s.ring).map((s) => `${s.tag} "${s.label}"`);
  assert.deepEqual(invisible, [], 'focus stops without a visible focus indicator');
  const faint = stops.filter((s) => s.contrast < 3).map((s) => `${s.tag} "${s.label}" (${s.contrast.toFixed(2)}:1)`);
  assert.deepEqual(faint, [], 'focus indicators with less than 3:1 contrast against their background');
  return stops;
}

const PAGES = [
  ['home', 'index.html'],
  ['basiskenmerk', 'basiskenmerken/05-brede-blik.html'],
  ['zoeken', 'zoeken.html?q=mandaat'],
  ['VIT', 'vit/05-brede-blik.html'],
];

for (const [name, p] of PAGES) {
  test(`keyboard on the ${name} page: skip link first, every control reachable with visible focus`, async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url + p, { waitUntil: 'load' });
    await skipLinkFirst(page);
    await everyControlReachable(page);
    await page.close();
  });
}

test('keyboard at 320 px: the folded menu opens with Enter, its links are reachable, it closes again', async () => {
  const page = await browser.newPage({ viewport: { width: 320, height: 720 } });
  await page.goto(server.url + 'basiskenmerken/05-brede-blik.html', { waitUntil: 'load' });
  const menu = page.locator('details.menu-uitklap');
  assert.equal(await menu.evaluate((d) => d.open), false, 'menu folded on a narrow screen');
  const summary = page.locator('summary.menu-knop');
  for (let i = 0; i < 40 && !(await summary.evaluate((s) => s === document.activeElement)); i++) await page.keyboard.press('Tab');
  assert.equal(await summary.evaluate((s) => s === document.activeElement), true, 'Tab reaches the menu button');
  await page.keyboard.press('Enter');
  assert.equal(await menu.evaluate((d) => d.open), true, 'Enter opens the menu');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => ({ inMenu: Boolean(document.activeElement.closest('#hoofdmenu')), tag: document.activeElement.tagName }));
  assert.deepEqual(focused, { inMenu: true, tag: 'A' });
  const current = page.locator('#hoofdmenu a[aria-current="page"]');
  assert.equal(await current.count(), 1, 'the current page is marked in the menu');
  assert.ok(await current.isVisible());
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  assert.equal(await menu.evaluate((d) => d.open), false, 'Enter closes the menu again');
  await page.close();
});

test('keyboard on the Krimpenerwaard example: skip link first, every control reachable with visible focus', async () => {
  for (const p of ['index.html', 'basiskenmerken/03-sociale-en-pedagogische-basis.html']) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(example.url + p, { waitUntil: 'load' });
    await skipLinkFirst(page);
    await everyControlReachable(page);
    await page.close();
  }
});

test('forced colours (Windows contrast themes): focus stays visible and buttons keep a border', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(server.url + 'index.html', { waitUntil: 'load' });
  const button = page.locator('.home-acties .knop-primair').first();
  await button.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const st = await button.evaluate((el) => {
    const s = getComputedStyle(el);
    return { focused: el === document.activeElement, outline: s.outlineStyle, width: parseFloat(s.outlineWidth), border: s.borderTopStyle, borderWidth: parseFloat(s.borderTopWidth) };
  });
  assert.equal(st.focused, true);
  assert.notEqual(st.outline, 'none');
  assert.ok(st.width >= 2, `outline ${st.width}px`);
  assert.equal(st.border, 'solid');
  assert.ok(st.borderWidth >= 1);
  await page.close();
});
