// The VIT pages themselves (over http): unreadable stored data is kept aside, the form without
// JavaScript and in print, and axe-core on the VIT pages with answers and the plan open.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, launch, serve, siteDir } from '../lib/browser.mjs';
import { metPagina, sleutel, vulIn } from '../lib/vit.mjs';

let server;
let browser;
before(async () => { server = await serve(siteDir()); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('unreadable stored data is kept aside, never wiped, and the reader is told', async () => {
  await metPagina(browser, server, async (page, base) => {
    await page.goto(base + 'vit/05-brede-blik.html');
    const key = await sleutel(page);
    await page.evaluate((key) => localStorage.setItem(key, '{"schema":1, kapot'), key);
    await page.reload();
    await page.locator('#v-5-1-helemaal').check();
    await page.locator('[data-vit="waarschuwing"]').filter({ hasText: 'apart bewaard' }).waitFor();
    const kopie = await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(key + ':onleesbaar:')).map((k) => localStorage.getItem(k)), key);
    assert.deepEqual(kopie, ['{"schema":1, kapot']);
    const nieuw = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), key);
    assert.equal(Object.values(nieuw.verkenningen)[0].antwoorden['5.1'].antwoord, 'helemaal');
  });
});

test('without JavaScript the VIT page is a complete printable form', async () => {
  await metPagina(browser, server, async (page, base) => {
    await page.goto(base + 'vit/05-brede-blik.html');
    assert.equal(await page.locator('fieldset.vit-vraag').count(), 7);
    assert.equal(await page.locator('#plan-5-1').isVisible(), true);
    assert.equal(await page.locator('[data-vit="geen-js"]').isVisible(), true);
    assert.match(await page.locator('.vit-privacy').textContent(), /blijven in deze browser/);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('#v-5-1-helemaal').isVisible(), true);
    assert.equal(await page.locator('#wat-5-1').isVisible(), true);
  }, { javaScriptEnabled: false });
});

test('axe-core finds no violations on the VIT pages, with answers and the plan open', async () => {
  await metPagina(browser, server, async (page, base) => {
    await page.goto(base + 'vit.html');
    await vulIn(page);
    for (const p of ['vit.html', 'vit/01-eenvoudig-systeem.html', 'vit/05-brede-blik.html', 'vit/13-passend-en-nodig.html']) {
      await page.goto(base + p);
      if (p === 'vit/05-brede-blik.html') assert.equal(await page.locator('#plan-5-1').isVisible(), true);
      assert.deepEqual(await axe(page), [], p);
    }
    await page.goto(base + 'vit.html');
    await page.locator('[data-vit-knop="hernoem"]').first().click();
    assert.deepEqual(await axe(page), [], 'vit.html met het formulier om te hernoemen');
  });
});
