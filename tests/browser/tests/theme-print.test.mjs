// The print stylesheet and the motion preference of the theme, in chromium:
//  - print (emulated print media): menu, search, breadcrumbs, previous/next and buttons are hidden; the
//    text, "In het kort" and the notes stay; an external link is followed by its address; colours are
//    black on white, also when the reader's screen is in dark mode;
//  - prefers-reduced-motion: reduce turns smooth scrolling and transitions off; without it the skip link
//    and in-page links scroll smoothly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, siteDir } from '../lib/browser.mjs';

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

const shown = (page, sel) => page.evaluate((s) => [...document.querySelectorAll(s)].map((el) => getComputedStyle(el).display !== 'none'), sel);

test('print: navigation and controls hidden, text, summary and notes kept', async () => {
  const page = await browser.newPage();
  await page.goto(server.url + 'basiskenmerken/05-brede-blik.html', { waitUntil: 'load' });
  // On screen everything is there (so the checks below cannot pass because an element is missing).
  for (const sel of ['#hoofdmenu', '.site-header .zoekveld', '.kruimelpad', '.vorige-volgende', '.vit-verwijzing .knop', '.noten', '.in-het-kort', '.kadertekst']) {
    const s = await shown(page, sel);
    assert.ok(s.length > 0 && s.every(Boolean), `${sel} shown on screen`);
  }
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  for (const sel of ['#hoofdmenu', '.site-header .zoekveld', '.kruimelpad', '.vorige-volgende', '.vit-verwijzing', '.skiplink', 'button']) {
    assert.ok((await shown(page, sel)).every((x) => !x), `${sel} hidden in print`);
  }
  for (const sel of ['.noten', '.in-het-kort', '.gewone-taal', '.kadertekst', 'h1', '.site-naam']) {
    const s = await shown(page, sel);
    assert.ok(s.length > 0 && s.every(Boolean), `${sel} kept in print`);
  }
  const colours = await page.evaluate(() => ({
    bg: getComputedStyle(document.body).backgroundColor,
    text: getComputedStyle(document.querySelector('.kadertekst p')).color,
    link: getComputedStyle(document.querySelector('.kadertekst a[href]')).color,
  }));
  assert.deepEqual(colours, { bg: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)', link: 'rgb(0, 0, 0)' });
  await page.close();
});

test('print: an external link is followed by its address, an internal one is not', async () => {
  const page = await browser.newPage();
  await page.goto(server.url + 'bronnen.html', { waitUntil: 'load' });
  const after = () => page.evaluate(() => {
    const ext = document.querySelector('main a[href^="https://"]');
    const int = document.querySelector('main a[href$=".html"], main a[href*=".html#"]');
    return {
      href: ext.getAttribute('href'),
      ext: getComputedStyle(ext, '::after').content,
      int: getComputedStyle(int, '::after').content,
    };
  });
  const screen = await after();
  assert.ok(!screen.ext.includes(screen.href), 'no address after the link on screen');
  await page.emulateMedia({ media: 'print' });
  const print = await after();
  assert.ok(print.ext.includes(print.href), `address printed after the link: ${print.ext}`);
  assert.ok(!print.int.includes('.html'), `no address after an internal link: ${print.int}`);
  await page.close();
});

test('prefers-reduced-motion: reduce turns smooth scrolling and transitions off', async () => {
  const styles = async (reducedMotion) => {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await page.goto(server.url + 'index.html', { waitUntil: 'load' });
    const st = await page.evaluate(() => ({
      scroll: getComputedStyle(document.documentElement).scrollBehavior,
      transition: Math.max(...[...document.querySelectorAll('a, button, .knop')].map((el) => parseFloat(getComputedStyle(el).transitionDuration) || 0)),
    }));
    await context.close();
    return st;
  };
  const motion = await styles('no-preference');
  const reduced = await styles('reduce');
  assert.equal(motion.scroll, 'smooth');
  assert.equal(reduced.scroll, 'auto');
  assert.ok(reduced.transition <= 0.001, `transitions last ${reduced.transition}s with reduced motion`);
});
