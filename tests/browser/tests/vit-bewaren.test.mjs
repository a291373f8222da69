// Keeping VIT answers, over http and over file://: export, clear and import gives identical
// data, bad files are refused and change nothing; a gemeente's local questions (KW-n) are kept.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { exampleSiteDir, launch, serve, siteDir, watch } from '../lib/browser.mjs';
import { DEEL, beantwoord, beide, ernstig, exporteer, stored } from '../lib/vit.mjs';

let server;
let browser;
before(async () => { server = await serve(siteDir()); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('export, clear, import restores identical data; bad files are refused and change nothing', async (t) => {
  await beide(t, browser, server, async (page, base) => {
    await page.goto(base + DEEL);
    await beantwoord(page, '5.3', 'een-beetje');
    await page.locator('#oppakken-5-3').check();
    await page.locator('#wat-5-3').fill('Gesprekstraining; "eigen regie"');
    await page.locator('[data-vit="status"]').filter({ hasText: 'Opgeslagen' }).waitFor();
    await page.goto(base + 'vit.html');
    const voor = await stored(page);
    const json = await exporteer(page, 'export-json');
    assert.match(json.naam, /^vit-.*-mijn-verkenning-\d{4}-\d\d-\d\d\.json$/);
    const bestand = JSON.parse(json.tekst);
    assert.equal(bestand.formaat, 'wegwijzer-vit');
    assert.equal(bestand.schema, 1);
    assert.ok(bestand.site.versie);
    assert.ok(bestand.gemaakt);
    const csv = await exporteer(page, 'export-csv');
    assert.ok(csv.tekst.startsWith('\ufeffVerkenning;'));
    assert.match(csv.tekst, /;5\.3;[^\r\n]*;Een beetje;;ja;"Gesprekstraining; ""eigen regie""";;/);

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.locator('[data-vit="inlezen"]').setInputFiles(json.file);
    await page.locator('[data-vit="inlees-vraag"]').filter({ hasText: 'Mijn verkenning' }).waitFor();
    assert.equal(await stored(page), null, 'nothing is written before the reader confirms');
    await page.locator('[data-vit="inlees-ja"]').click();
    await page.locator('[data-vit="inlezen-melding"]').filter({ hasText: 'Ingelezen' }).waitFor();
    assert.deepEqual(await stored(page), voor);

    // Importing again: it says the verkenning will be replaced, and "no" changes nothing.
    await page.locator('[data-vit="inlezen"]').setInputFiles(json.file);
    await page.locator('[data-vit="inlees-vraag"]').filter({ hasText: 'wordt vervangen' }).waitFor();
    await page.locator('[data-vit="inlees-nee"]').click();
    assert.deepEqual(await stored(page), voor);

    const slecht = [
      ['kapot.json', '{"formaat": "wegwijzer-vit", ', /geen geldig JSON/],
      ['schema.json', JSON.stringify({ ...bestand, schema: 99 }), /versie 99/],
      ['ander.json', JSON.stringify({ naam: 'iets anders' }), /komt niet uit het VIT/],
      ['onbekend.json', JSON.stringify({ ...bestand, verkenningen: [{ ...bestand.verkenningen[0], antwoorden: { '42.1': { antwoord: 'helemaal' } } }] }), /"42\.1" bestaat niet/],
      ['type.json', JSON.stringify({ ...bestand, verkenningen: [{ ...bestand.verkenningen[0], antwoorden: { '5.1': { antwoord: 'top' } } }] }), /onbekend antwoord "top"/],
    ];
    for (const [naam, inhoud, fout] of slecht) {
      await page.locator('[data-vit="inlezen"]').setInputFiles({ name: naam, mimeType: 'application/json', buffer: Buffer.from(inhoud) });
      await page.locator('[data-vit="inlezen-fout"]').filter({ hasText: fout }).waitFor();
      assert.match(await page.locator('[data-vit="inlezen-fout"]').textContent(), /Er is niets veranderd/);
      assert.equal(await page.locator('[data-vit="inlees-vraag"]').isVisible(), false);
      assert.deepEqual(await stored(page), voor, naam);
    }
    fs.rmSync(json.file);
    fs.rmSync(csv.file);
  });
});

test('a gemeente\'s local questions (Krimpenerwaard example, KW-n) are saved and reported like the others', async () => {
  const voorbeeld = await serve(exampleSiteDir());
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const problems = watch(page, voorbeeld.url);
    await page.goto(voorbeeld.url + DEEL);
    assert.match(await page.locator('#vraag-KW-3 legend').textContent(), /^KW-3 .*\(lokale uitspraak\)$/s);
    await beantwoord(page, 'KW-3', 'grotendeels');
    await page.reload();
    assert.equal(await page.locator('#v-KW-3-grotendeels').isChecked(), true);
    const s = await stored(page);
    assert.equal(s.verkenningen[s.actief].antwoorden['KW-3'].antwoord, 'grotendeels');
    assert.equal(await page.evaluate(() => Object.keys(localStorage).some((k) => k === 'wegwijzer-vit:kader-krimpenerwaard')), true);
    await page.goto(voorbeeld.url + 'vit/resultaten.html');
    assert.match(await page.locator('[data-vit="antwoorden"]').textContent(), /KW-3.*\(lokale uitspraak\).*Grotendeels/s);
    assert.equal(await page.locator('[data-vit="vervallen-sectie"]').isVisible(), false);
    assert.deepEqual(problems.filter(ernstig), []);
  } finally {
    await context.close();
    await voorbeeld.close();
  }
});
