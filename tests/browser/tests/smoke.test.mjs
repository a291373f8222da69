// The built site opens in chromium over http, and its pages make no external requests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serve, siteDir, watch } from '../lib/browser.mjs';

test('home page opens over http without failed or external requests', async () => {
  const server = await serve(siteDir());
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const problems = watch(page, server.url);
    await page.goto(server.url + 'index.html');
    assert.equal(await page.locator('h1').count(), 1);
    assert.match(await page.title(), /kader/i);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
