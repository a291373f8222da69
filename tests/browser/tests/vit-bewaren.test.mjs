// Keeping VIT answers, over http and over file://: export, clear and import gives identical
// data, bad files are refused and change nothing; a gemeente's local questions (KW-n) are kept.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { exampleSiteDir, launch, serve, siteDir, watch } from '../lib/browser.mjs';
import { DEEL, GERESERVEERD, WAT, beantwoord, beide, ernstig, exporteer, metNaam, metPagina, sleutel, stored, vulIn } from '../lib/vit.mjs';

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

test('names every object has ("constructor", "__proto__", ...) as id, perspective or answer value: refused by name, nothing changed', async () => {
  await metPagina(browser, server, async (page, base) => {
    await page.goto(base + 'vit.html');
    await vulIn(page);
    await page.reload();
    const key = await sleutel(page);
    const alles = () => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));
    const voor = await alles();
    assert.ok(voor[key].includes('Team Noord'));
    const fout = page.locator('[data-vit="inlezen-fout"]');
    for (const naam of GERESERVEERD) {
      for (const waar of Object.keys(WAT)) {
        await page.locator('[data-vit="inlezen"]').setInputFiles({ name: `${waar}-${naam}.json`, mimeType: 'application/json', buffer: Buffer.from(metNaam(waar, naam)) });
        await fout.filter({ hasText: `"${naam}" kan geen ${WAT[waar]} zijn.` }).waitFor({ timeout: 5000 });
        assert.match(await fout.textContent(), /Dit bestand is niet ingelezen\. .*Dit woord is niet toegestaan, omdat de browser het zelf gebruikt\. Er is niets veranderd\./);
        assert.equal(await page.locator('[data-vit="inlees-vraag"]').isVisible(), false, `${waar} ${naam}`);
        assert.deepEqual(await alles(), voor, `${waar} ${naam}`);
      }
    }
    assert.deepEqual(await page.locator('[data-vit="lijst"] li strong').allTextContents(), ['Team Noord', 'Raad']);

    // The compare page reads files with the same check.
    await page.goto(base + 'vit/vergelijken.html');
    await page.locator('[data-vit="vergelijk-bestanden"]').setInputFiles(GERESERVEERD.map((naam) => (
      { name: `vraag-${naam}.json`, mimeType: 'application/json', buffer: Buffer.from(metNaam('vraag', naam)) })));
    const vfout = page.locator('[data-vit="vergelijk-fout"]');
    await vfout.filter({ hasText: 'vraag-constructor.json' }).waitFor();
    for (const naam of GERESERVEERD) assert.ok((await vfout.textContent()).includes(`vraag-${naam}.json: Verkenning "Team Test": "${naam}" kan geen nummer van een uitspraak zijn.`), naam);
    assert.equal(await page.locator('[data-vit="geladen"]').textContent(), '');
    assert.deepEqual(await alles(), voor);
  });
});

test('stored verkenningen with such names as ids are kept apart and shown, not confused with what every object has', async () => {
  await metPagina(browser, server, async (page, base) => {
    await page.goto(base + 'vit.html');
    const key = await sleutel(page);
    const antw = '{"1.1": {"antwoord": "helemaal"}, "__proto__": {"antwoord": "nog-niet"}}';
    const ruw = `{"schema": 1, "actief": "constructor", "volgorde": ["toString", "__proto__", "constructor", "hasOwnProperty"], "verkenningen": {
      "__proto__": {"id": "__proto__", "naam": "Team Proto", "perspectief": "valueOf", "antwoorden": ${antw}},
      "toString": {"id": "toString", "naam": "Team String", "perspectief": "beleid", "antwoorden": {"constructor": {"antwoord": "helemaal"}, "1.2": {"antwoord": "grotendeels"}}}}}`;
    await page.evaluate(([k, r]) => localStorage.setItem(k, r), [key, ruw]);
    await page.reload();
    // Only the two that exist, in the stored order; "constructor" does not exist, so the first is active.
    assert.deepEqual(await page.locator('[data-vit="lijst"] li strong').allTextContents(), ['Team String', 'Team Proto']);
    assert.match(await page.locator('[data-vit="actief-naam"]').textContent(), /Team String/);
    assert.match(await page.locator('[data-vit="totaal"]').textContent(), /Team String: 1 van de \d+ uitspraken beantwoord/);
    await page.locator('[data-vit="kies"]').selectOption('__proto__');
    assert.match(await page.locator('[data-vit="totaal"]').textContent(), /Team Proto: 1 van de \d+ uitspraken beantwoord/);
    await page.goto(base + 'vit/vergelijken.html');
    await page.locator('[data-vit="vergelijk-stand"]').filter({ hasText: '2 verkenningen naast elkaar: 1 beleid, 1 zonder perspectief.' }).waitFor();
    // Parsed here: playwright's transfer of an object would turn an own "__proto__" key into a prototype.
    const s = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), key));
    assert.deepEqual(Object.keys(s.verkenningen).sort(), ['__proto__', 'toString']);
    assert.equal(s.verkenningen.__proto__.naam, 'Team Proto');
    assert.equal(s.actief, '__proto__');
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
