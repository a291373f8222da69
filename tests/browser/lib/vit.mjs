// Helpers shared by the VIT browser tests (tests/vit*.test.mjs).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { siteDir, watch } from './browser.mjs';

export const DEEL = 'vit/05-brede-blik.html';

/** A request cut off because the test navigated on (net::ERR_ABORTED) is not a problem of the site. */
export const ernstig = (p) => !/\(net::ERR_ABORTED\)$/.test(p);

/**
 * Runs `fn(page, base, soort)` as two subtests of `t`, over http (`server`) and over file://,
 * each in a fresh browser context (own localStorage); fails on external requests and console errors.
 */
export async function beide(t, browser, server, fn) {
  for (const [soort, base] of [['http', server.url], ['file', pathToFileURL(siteDir()).href + '/']]) {
    await t.test(soort, async () => {
      const context = await browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      const problems = watch(page, soort === 'http' ? server.url : 'file://');
      try {
        await fn(page, base, soort);
        assert.deepEqual(problems.filter(ernstig), []);
      } finally {
        await context.close();
      }
    });
  }
}

/** The stored VIT object of the site open in `page`, or null. */
export const stored = (page) => page.evaluate(() => {
  const k = Object.keys(localStorage).find((x) => /^wegwijzer-vit:[^:]+$/.test(x));
  return k ? JSON.parse(localStorage.getItem(k)) : null;
});

/** Chooses answer `waarde` for question `id` and waits for the "Opgeslagen" status. */
export async function beantwoord(page, id, waarde) {
  await page.locator(`#v-${id.replace('.', '-')}-${waarde}`).check();
  await page.locator('[data-vit="status"]').filter({ hasText: 'Opgeslagen' }).waitFor();
}

/** Clicks export button `knop` and returns the download: {file, naam, tekst}. */
export async function exporteer(page, knop) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-vit="${knop}"]`).first().click()]);
  const file = path.join(os.tmpdir(), `vit-${process.pid}-${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return { file, naam: download.suggestedFilename(), tekst: fs.readFileSync(file, 'utf8') };
}

/**
 * Runs `fn(page, base, context)` in a fresh browser context (own localStorage) over http (`server`);
 * fails on external requests and console errors.
 */
export async function metPagina(browser, server, fn, options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  try {
    const page = await context.newPage();
    const problems = watch(page, server.url);
    await fn(page, server.url, context);
    assert.deepEqual(problems.filter(ernstig), []);
  } finally {
    await context.close();
  }
}

/** The localStorage key of the VIT on the site open in `page`. */
export const sleutel = (page) => page.evaluate(() => `wegwijzer-vit:${window.WEGWIJZER_VIT.site.short_name}`);

/** Two verkenningen with answers, written the way the app stores them. */
export async function vulIn(page) {
  const key = await sleutel(page);
  await page.evaluate((key) => {
    const nu = new Date().toISOString();
    localStorage.setItem(key, JSON.stringify({
      schema: 1, actief: 'a', volgorde: ['a', 'b'],
      verkenningen: {
        a: { id: 'a', naam: 'Team Noord', gemeente: 'Testgemeente', perspectief: 'uitvoering', gemaakt: nu, gewijzigd: nu, antwoorden: {
          '1.1': { antwoord: 'helemaal' }, '1.2': { antwoord: 'grotendeels', toelichting: 'Bijna overal.' },
          '5.1': { antwoord: 'nog-niet', oppakken: true, wat: 'Werkwijze brede analyse', wie: 'Teamleider', wanneer: 'Najaar' },
          '12.1': { antwoord: 'weet-niet' },
        } },
        b: { id: 'b', naam: 'Raad', perspectief: 'bestuur', gemaakt: nu, gewijzigd: nu, antwoorden: {
          '1.1': { antwoord: 'nog-niet' }, '1.2': { antwoord: 'grotendeels' }, '5.1': { antwoord: 'een-beetje' },
        } },
      },
    }));
  }, key);
}

/**
 * Names every JavaScript object has: looked up on a plain object they "exist" (constructor,
 * toString) or change the object itself (__proto__). The import must refuse them.
 */
export const GERESERVEERD = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

/** Where such a name can stand in an import file, and how the refusal names that place. */
export const WAT = { id: 'id van een verkenning', vraag: 'nummer van een uitspraak', perspectief: 'perspectief', antwoord: 'antwoord' };

/** An import file (text) with one verkenning in which `waar` (a key of WAT) is `naam`. */
export function metNaam(waar, naam) {
  const basis = JSON.stringify({ formaat: 'wegwijzer-vit', schema: 1, site: {}, gemaakt: '2024-05-01T10:00:00.000Z',
    verkenningen: [{ id: 'tt1', naam: 'Team Test', perspectief: 'inwoners', antwoorden: { '1.1': { antwoord: 'helemaal' } } }] });
  const [oud, nieuw] = { id: ['"id":"tt1"', `"id":"${naam}"`], vraag: ['"1.1":', `"${naam}":`],
    perspectief: ['"perspectief":"inwoners"', `"perspectief":"${naam}"`], antwoord: ['"antwoord":"helemaal"', `"antwoord":"${naam}"`] }[waar];
  assert.ok(basis.includes(oud));
  return basis.replace(oud, nieuw);
}
