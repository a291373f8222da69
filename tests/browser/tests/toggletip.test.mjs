// Toggletips of glossary terms (themes/standaard/static/js/toggletip.js, issue #4): after the first
// use of a term on a page a button with the accessible name "Uitleg: <term>" shows the term's `kort`
// in a live region; Enter and Space toggle it, Esc and a click elsewhere close it, only one is open at
// a time, and the explanation covers neither the term nor any other text (WCAG 1.4.13), also on a
// 320 px wide screen. Without JavaScript the plain link to the term's page remains. On the
// Krimpenerwaard example (own tokens) a local term's toggletip works and axe-core finds nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { axe, exampleSiteDir, launch, serve, siteDir, watch } from '../lib/browser.mjs';

const PAGE = 'basiskenmerken/03-sociale-en-pedagogische-basis.html';
const KORT_SOCIALE_BASIS = 'Alles in de buurt waar mensen elkaar ontmoeten en helpen, zonder indicatie.';

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

async function open(width = 1280) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const problems = watch(page, server.url);
  await page.goto(server.url + PAGE);
  return { page, problems };
}

/** The state of the toggletip after the first link to `term`: button, live region and their text. */
function state(page, term) {
  return page.evaluate((t) => {
    const link = [...document.querySelectorAll('main a.term')].find((a) => a.dataset.term === t);
    const tip = link?.nextElementSibling;
    const knop = tip?.querySelector('button');
    const uitleg = knop && document.getElementById(knop.getAttribute('aria-controls'));
    return {
      expanded: knop?.getAttribute('aria-expanded'),
      role: uitleg?.getAttribute('role'),
      text: uitleg?.textContent ?? null,
      focus: document.activeElement === knop,
    };
  }, term);
}

async function waitText(page, term, text) {
  await page.waitForFunction(
    ([t, s]) => {
      const link = [...document.querySelectorAll('main a.term')].find((a) => a.dataset.term === t);
      const knop = link?.nextElementSibling?.querySelector('button');
      return knop && document.getElementById(knop.getAttribute('aria-controls'))?.textContent === s;
    },
    [term, text],
  );
}

test('each term link gets a button named "Uitleg: <term>" that controls a live region', async () => {
  const { page, problems } = await open();
  const info = await page.$$eval('main a.term[data-kort]', (links) =>
    links.map((a) => {
      const knop = a.nextElementSibling?.querySelector('button');
      return { term: a.dataset.term, href: a.getAttribute('href'), knop: !!knop, controls: knop?.getAttribute('aria-controls') };
    }),
  );
  assert.ok(info.length >= 3, `at least three terms on ${PAGE}, found ${info.length}`);
  assert.ok(info.some((i) => i.term === 'sociale basis' && i.href === '../woordenlijst/sociale-basis.html'), JSON.stringify(info));
  for (const i of info) assert.ok(i.knop && i.controls, `button after the link to ${i.term}`);
  assert.equal(new Set(info.map((i) => i.controls)).size, info.length, 'every button controls its own region');
  const knop = page.getByRole('button', { name: 'Uitleg: sociale basis', exact: true });
  assert.equal(await knop.count(), 1);
  assert.equal(await knop.getAttribute('aria-expanded'), 'false');
  const s = await state(page, 'sociale basis');
  assert.equal(s.role, 'status');
  assert.equal(s.text, '', 'the live region is empty while closed');
  assert.deepEqual(problems, []);
  await page.close();
});

test('Enter and Space toggle the explanation; Esc closes it and keeps the focus on the button', async () => {
  const { page, problems } = await open();
  await page.locator('main a.term[data-term="sociale basis"]').focus();
  await page.keyboard.press('Tab');
  assert.equal((await state(page, 'sociale basis')).focus, true, 'Tab from the term goes to its button');
  await page.keyboard.press('Enter');
  await waitText(page, 'sociale basis', KORT_SOCIALE_BASIS);
  assert.equal((await state(page, 'sociale basis')).expanded, 'true');
  await page.keyboard.press('Enter');
  let s = await state(page, 'sociale basis');
  assert.equal(s.expanded, 'false');
  assert.equal(s.text, '');
  await page.keyboard.press('Space');
  await waitText(page, 'sociale basis', KORT_SOCIALE_BASIS);
  await page.keyboard.press('Escape');
  s = await state(page, 'sociale basis');
  assert.equal(s.expanded, 'false');
  assert.equal(s.text, '');
  assert.equal(s.focus, true, 'after Esc the focus stays on the button');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a click elsewhere closes it, and opening another closes the first', async () => {
  const { page, problems } = await open();
  await page.getByRole('button', { name: 'Uitleg: sociale basis', exact: true }).click();
  await waitText(page, 'sociale basis', KORT_SOCIALE_BASIS);
  // A click on the explanation itself keeps it open (it can be selected or read).
  await page.evaluate(() => document.querySelector('.toggletip-open [role="status"]').click());
  assert.equal((await state(page, 'sociale basis')).expanded, 'true');
  await page.locator('main h1').click();
  assert.equal((await state(page, 'sociale basis')).expanded, 'false');

  await page.getByRole('button', { name: 'Uitleg: sociale basis', exact: true }).click();
  await page.getByRole('button', { name: 'Uitleg: pedagogische basis', exact: true }).click();
  await page.waitForFunction(() => document.querySelectorAll('.toggletip-open').length === 1);
  assert.equal((await state(page, 'sociale basis')).expanded, 'false');
  assert.equal((await state(page, 'pedagogische basis')).expanded, 'true');
  assert.deepEqual(problems, []);
  await page.close();
});

/** Rectangles of the text around the open explanation that overlap it (should be none). */
function coveredText(page) {
  return page.evaluate(() => {
    const uitleg = document.querySelector('.toggletip-open [role="status"]');
    const u = uitleg.getBoundingClientRect();
    const block = uitleg.closest('p, li, dd, td, div') || document.body;
    const hits = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (uitleg.contains(n) || !n.textContent.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects())
        if (r.width > 0 && r.left < u.right - 0.5 && r.right > u.left + 0.5 && r.top < u.bottom - 0.5 && r.bottom > u.top + 0.5)
          hits.push(n.textContent.trim().slice(0, 40));
    }
    // The term itself must stay visible: the point in the middle of each of its lines (a term may
    // wrap, and keeps its last word with the button) still hits the link.
    const link = uitleg.closest('.toggletip').previousElementSibling;
    for (const l of link.getClientRects()) {
      const top = document.elementFromPoint(l.left + l.width / 2, l.top + l.height / 2);
      if (!link.contains(top)) hits.push(`term covered by ${top?.className || top?.tagName}`);
    }
    return { hits, height: u.height };
  });
}

for (const width of [1280, 320]) {
  test(`the open explanation covers no text (${width} px wide)`, async () => {
    const { page, problems } = await open(width);
    for (const term of ['sociale basis', 'lokaal team']) {
      const knop = page.getByRole('button', { name: `Uitleg: ${term}`, exact: true });
      await knop.scrollIntoViewIfNeeded();
      await knop.click();
      await page.waitForFunction(() => document.querySelector('.toggletip-open [role="status"]')?.textContent.length > 10);
      const r = await coveredText(page);
      assert.ok(r.height > 10, `the explanation of ${term} is shown (height ${r.height})`);
      assert.deepEqual(r.hits, [], `text covered by the explanation of ${term}`);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('axe finds nothing with a toggletip open', async () => {
  const { page, problems } = await open();
  await page.getByRole('button', { name: 'Uitleg: sociale basis', exact: true }).click();
  await waitText(page, 'sociale basis', KORT_SOCIALE_BASIS);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('without JavaScript the plain link to the term page remains', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url + PAGE);
  assert.equal(await page.locator('.toggletip-knop').count(), 0);
  const link = page.getByRole('link', { name: 'sociale basis', exact: true }).first();
  assert.equal(await link.getAttribute('href'), '../woordenlijst/sociale-basis.html');
  await link.click();
  await page.waitForURL(/woordenlijst\/sociale-basis\.html$/);
  assert.match(await page.locator('main h1').textContent(), /sociale basis/i);
  await context.close();
});

test('the Krimpenerwaard example: a local term has a working toggletip, axe finds nothing', async () => {
  const example = await serve(exampleSiteDir());
  try {
    const page = await browser.newPage();
    const problems = watch(page, example.url);
    await page.goto(example.url + 'basiskenmerken/05-brede-blik.html');
    // "triageteam" is a term of the gemeente (examples/krimpenerwaard/lokaal/woordenlijst/).
    const knop = page.getByRole('button', { name: 'Uitleg: triageteam', exact: true });
    await knop.scrollIntoViewIfNeeded();
    await knop.click();
    await page.waitForFunction(() => document.querySelector('.toggletip-open [role="status"]')?.textContent.length > 10);
    assert.deepEqual((await coveredText(page)).hits, []);
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    await example.close();
  }
});
