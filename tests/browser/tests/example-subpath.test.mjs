// The Krimpenerwaard example served under a sub-path (/kader/), as a gemeente would host it:
// every request stays under /kader/, navigation, search and the VIT work there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { exampleSiteDir, launch, serve, watch } from '../lib/browser.mjs';

let server;
let browser;
before(async () => {
  server = await serve(exampleSiteDir(), '/kader/');
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(relative) {
  const page = await browser.newPage();
  const problems = watch(page, server.url);
  await page.goto(server.url + relative);
  return { page, problems };
}

test('navigation under /kader/: home → basiskenmerk with the local aanvulling → next page', async () => {
  const { page, problems } = await openPage('index.html');
  assert.match(await page.locator('header').first().innerText(), /Krimpenerwaard/);
  const link = page.locator('main a[href$=".html"]', { hasText: /brede blik/i }).first();
  await link.click();
  await page.waitForLoadState('load');
  assert.ok(page.url().startsWith(server.url + 'basiskenmerken/'), page.url());
  const aanvulling = page.getByRole('region', { name: /Krimpenerwaard/ });
  assert.equal(await aanvulling.count(), 1, 'aanvulling region on the basiskenmerk page');
  const next = page.locator('a[rel="next"]').first();
  await next.click();
  await page.waitForLoadState('load');
  assert.ok(page.url().startsWith(server.url), page.url());
  assert.equal(await page.locator('h1').count(), 1);
  const back = page.locator('nav a[href$="index.html"]').first();
  await back.click();
  await page.waitForLoadState('load');
  assert.equal(new URL(page.url()).pathname, '/kader/index.html');
  assert.deepEqual(problems, []);
});

test('search under /kader/ finds a local term and the result opens under /kader/', async () => {
  const { page, problems } = await openPage('zoeken.html');
  const box = page.getByRole('searchbox', { name: 'Zoekwoorden' });
  await box.fill('triageteam');
  const result = page.locator('main a[href*="triageteam"]').first();
  await result.waitFor({ timeout: 5000 });
  await result.click();
  await page.waitForLoadState('load');
  assert.ok(page.url().startsWith(server.url + 'woordenlijst/triageteam.html'), page.url());
  assert.deepEqual(problems, []);
});

test('the VIT under /kader/ keeps an answer after a reload and shows the local questions', async () => {
  const { page, problems } = await openPage('vit/05-brede-blik.html');
  assert.match(await page.locator('main').innerText(), /KW-\d/);
  const first = page.getByRole('radio').first();
  await first.waitFor({ timeout: 5000 });
  const name = await first.getAttribute('name');
  await first.check();
  await page.reload();
  await page.waitForLoadState('load');
  const again = page.locator(`input[type="radio"][name="${name}"]`).first();
  await again.waitFor({ timeout: 5000 });
  assert.equal(await again.isChecked(), true, 'answer kept after reload');
  assert.deepEqual(problems, []);
});
