// `wegwijzer serve` in a real browser with its default request headers (Accept-Encoding: gzip,
// deflate, br): an edit reloads the open page, a broken build shows the overlay, the fix removes
// it and reloads, and an open fouten.html reloads by itself. Runs the built binary
// ($WEGWIJZER_BINARY or build/wegwijzer) on a copy of tests/fixtures/valid-basic.
// No wall-clock assertions: each step waits for what the editor would see, with a generous bound.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, repoRoot } from '../lib/browser.mjs';

const WAIT = 60000;
const binary = path.resolve(repoRoot, process.env.WEGWIJZER_BINARY || 'build/wegwijzer');
let site;
let server;
let output = '';
let url;
let browser;

const page = (sentence, link = 'twee.md#tweede-kop') =>
  `+++\ntitle = "Eén"\nweight = 1\nkort = "Het eerste deel."\n+++\n## Waarom één?\n\n${sentence}\n\nZie [twee](${link}).\n`;

before(async () => {
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'wegwijzer-serve-browser-'));
  fs.cpSync(path.join(repoRoot, 'tests/fixtures/valid-basic'), site, { recursive: true });
  fs.writeFileSync(path.join(site, 'content/kader/een.md'), page('Eerste versie van de zin.'));
  server = spawn(binary, ['serve', '--port', '0'], { cwd: site, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.on('data', (d) => { output += d; });
  server.stderr.on('data', (d) => { output += d; });
  url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), WAIT);
    const look = () => {
      const m = output.match(/Voorvertoning: (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    };
    server.stdout.on('data', look);
    server.on('exit', () => reject(new Error(`serve stopped:\n${output}`)));
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGINT');
    await exited;
  }
  if (site) fs.rmSync(site, { recursive: true, force: true });
});

/** A page in its own window (only visible tabs keep an event stream), with the stream open. */
async function open(relative) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const stream = tab.waitForResponse((r) => r.url().includes('/__wegwijzer/events'), { timeout: WAIT });
  await tab.goto(url + relative);
  const response = await stream;
  return { tab, response };
}

test('edit, break and fix a page: reload, overlay, reload; fouten.html follows', async () => {
  const { tab, response } = await open('kader/een.html');
  // The browser asked for compressed answers; the event stream must come back uncompressed.
  const sent = await response.request().allHeaders();
  assert.match(sent['accept-encoding'] || '', /br|gzip/, 'Chromium sends its default Accept-Encoding');
  assert.equal((await response.allHeaders())['content-encoding'], undefined, 'event stream is not compressed');
  assert.match(await tab.locator('main').innerText(), /Eerste versie van de zin\./);

  // 1. An edit reloads the page.
  let loaded = tab.waitForEvent('load', { timeout: WAIT });
  const reopened = tab.waitForResponse((r) => r.url().includes('/__wegwijzer/events'), { timeout: WAIT });
  fs.writeFileSync(path.join(site, 'content/kader/een.md'), page('Tweede versie van de zin.'));
  await loaded;
  await reopened;
  await tab.locator('main', { hasText: 'Tweede versie van de zin.' }).waitFor({ timeout: WAIT });

  // 2. A dead link breaks the build: the overlay appears over the last good page.
  fs.writeFileSync(path.join(site, 'content/kader/een.md'), page('Kapotte versie.', 'bestaat-niet.md'));
  const overlay = tab.locator('.ww-serve-overlay');
  await overlay.waitFor({ state: 'visible', timeout: WAIT });
  assert.match(await overlay.innerText(), /De site kan niet gebouwd worden/);
  assert.match(await overlay.innerText(), /content\/kader\/een\.md:\d+:\d+/);
  assert.match(await overlay.getByRole('alert').innerText(), /1 fout/);
  assert.match(await tab.locator('main').innerText(), /Tweede versie van de zin\./, 'the old page stays');

  // fouten.html, open in another window while the build is broken.
  const errors = await open('__wegwijzer/fouten.html');
  assert.match(await errors.tab.locator('h1').innerText(), /De site kan niet gebouwd worden/);

  // 3. The fix: the overlay goes, the page reloads with the new text, fouten.html reloads too.
  loaded = tab.waitForEvent('load', { timeout: WAIT });
  const errorsLoaded = errors.tab.waitForEvent('load', { timeout: WAIT });
  fs.writeFileSync(path.join(site, 'content/kader/een.md'), page('Herstelde versie.'));
  await loaded;
  await tab.locator('main', { hasText: 'Herstelde versie.' }).waitFor({ timeout: WAIT });
  assert.equal(await overlay.count(), 0, 'no overlay after the fix');
  await errorsLoaded;
  await errors.tab.locator('h1', { hasText: 'Geen fouten' }).waitFor({ timeout: WAIT });
});

test('lint findings of the check: a notice on the page, the list on fouten.html, no overlay', async () => {
  const { tab } = await open('kader/een.html');
  const loaded = tab.waitForEvent('load', { timeout: WAIT });
  fs.writeFileSync(path.join(site, 'content/kader/plaatje.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  fs.writeFileSync(path.join(site, 'content/kader/een.md'),
    page('Met een plaatje zonder alt-tekst.\n\n![](plaatje.png)\n\nEn [klik hier](twee.md).'));
  await loaded;
  await tab.locator('main', { hasText: 'Met een plaatje zonder alt-tekst.' }).waitFor({ timeout: WAIT });
  const notice = tab.getByRole('complementary', { name: 'Meldingen van Wegwijzer' });
  await notice.waitFor({ state: 'visible', timeout: WAIT });
  assert.match(await notice.innerText(), /\d+ punten? om te verbeteren/);
  assert.equal(await tab.locator('.ww-serve-overlay').count(), 0, 'warnings never block the preview');
  await notice.getByRole('link', { name: 'Bekijk de meldingen' }).click();
  await tab.waitForURL(/fouten\.html$/, { timeout: WAIT });
  const list = await tab.locator('main').innerText();
  assert.match(list, /Geen fouten/);
  assert.match(list, /afbeelding-zonder-alt/);
  assert.match(list, /vage-linktekst/);
});
