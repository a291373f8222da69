// A gemeente's own VIT part (issue 22) on the Krimpenerwaard example, over http and file://:
// axe-clean, answered by keyboard only, in the results and the comparison as local, apart from
// VNG's answers in the export, and imports of files without it or with unknown local parts.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { axe, exampleSiteDir, launch, serve, watch } from '../lib/browser.mjs';
import { ernstig, exporteer, sleutel, stored } from '../lib/vit.mjs';

const DEEL = 'vit/uitwerking-toegang.html';
const NAAM = 'Eigen onderdeel: De uitwerking van de toegang in Krimpenerwaard';

let server;
let browser;
before(async () => { server = await serve(exampleSiteDir()); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/**
 * `fn(page, base, soort)` over http and over file:// of the example, each with its own
 * localStorage. axe-core reads the stylesheets with XMLHttpRequest, which file:// blocks: it runs
 * over http only (`soort`).
 */
async function beide(t, fn) {
  for (const [soort, base] of [['http', server.url], ['file', pathToFileURL(exampleSiteDir()).href + '/']]) {
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

/** Writes an import file to a temporary path. */
function bestand(naam, inhoud) {
  const file = path.join(os.tmpdir(), `vit-lokaal-${process.pid}-${Date.now()}-${naam}`);
  fs.writeFileSync(file, JSON.stringify(inhoud));
  return file;
}

async function leesIn(page, file) {
  await page.locator('[data-vit="inlezen"]').setInputFiles(file);
  await page.locator('[data-vit="inlees-vraag"]').waitFor();
  return page.locator('[data-vit="inlees-vraag"]').textContent();
}

test('the own part is in the VIT menu after the 13, marked as the gemeente\'s text, and axe-clean', async (t) => {
  await beide(t, async (page, base, soort) => {
    await page.goto(base + DEEL);
    assert.match(await page.locator('.kenmerk-label').textContent(), /Eigen onderdeel van Gemeente Krimpenerwaard/);
    assert.match(await page.locator('.herkomst-eigen').textContent(), /Eigen tekst van Gemeente Krimpenerwaard/);
    assert.match(await page.locator('#vraag-KW-10 legend').textContent(), /^KW-10 .*\(lokale uitspraak\)$/s);
    if (soort === 'http') assert.deepEqual(await axe(page), [], DEEL);
    await page.goto(base + 'vit.html');
    const links = await page.locator('.vit-takenlijst a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.equal(links.length, 14);
    assert.equal(links[13], DEEL);
    assert.match(await page.locator('#onderdelen-eigen').textContent(), /Eigen onderdelen van Gemeente Krimpenerwaard/);
    if (soort === 'http') assert.deepEqual(await axe(page), [], 'vit.html');
  });
});

test('keyboard only: a local question answered, in the results and the export apart from VNG\'s', async (t) => {
  await beide(t, async (page, base, soort) => {
    await page.goto(base + DEEL);
    const open = () => page.evaluate(() => !document.querySelector('#vraag-KW-12 input[type=radio]:checked'));
    for (let i = 0; i < 200 && await open(); i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.name === 'antwoord-KW-12')) {
        await page.keyboard.press('ArrowRight');  // "Een beetje"
        await page.keyboard.press('ArrowRight');  // "Grotendeels"
      }
    }
    assert.equal(await page.locator('#v-KW-12-grotendeels').isChecked(), true);
    await page.locator('[data-vit="status"]').filter({ hasText: 'Opgeslagen' }).waitFor();
    await page.keyboard.press('Tab');  // the toelichting
    await page.keyboard.press('Tab');  // "Dit pakken we op"
    assert.equal(await page.evaluate(() => document.activeElement.id), 'oppakken-KW-12');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Programma van eisen ICT');
    await page.locator('[data-vit="status"]').filter({ hasText: 'Opgeslagen' }).waitFor();
    assert.match(await page.locator('[data-vit="voortgang"]').textContent(), /1 van 6 uitspraken beantwoord/);
    await page.goto(base + 'vit/05-brede-blik.html');
    await page.locator('#v-5-1-helemaal').check();
    await page.locator('#v-KW-3-nog-niet').check();
    await page.locator('[data-vit="status"]').filter({ hasText: 'Opgeslagen' }).waitFor();

    await page.goto(base + 'vit.html');
    assert.equal(await page.locator('li[data-vit-kenmerk="deel-uitwerking-toegang"] [data-vit="taakstatus"]').textContent(),
      'Bezig, 1 van 6 beantwoord');

    await page.goto(base + 'vit/resultaten.html');
    assert.match(await page.locator('[data-vit="per-kenmerk"]').textContent(), new RegExp(NAAM));
    assert.match(await page.locator('[data-vit="antwoorden"]').textContent(), new RegExp(`${NAAM}.*KW-12 .*\\(lokale uitspraak\\).*Grotendeels`, 's'));
    assert.match(await page.locator('[data-vit="ontwikkelplan"]').textContent(), /KW-12 .*\(lokale uitspraak\).*Grotendeels.*Programma van eisen ICT/s);
    assert.equal(await page.locator('[data-vit="vervallen-sectie"]').isVisible(), false);
    if (soort === 'http') assert.deepEqual(await axe(page), [], 'resultaten');

    const json = JSON.parse((await exporteer(page, 'export-json')).tekst);
    const v = json.verkenningen[0];
    assert.deepEqual(Object.keys(v.antwoorden), ['5.1'], 'only VNG\'s questions in "antwoorden"');
    assert.deepEqual(Object.keys(v.lokale_antwoorden).sort(), ['KW-12', 'KW-3']);
    assert.equal(v.lokale_antwoorden['KW-12'].wat, 'Programma van eisen ICT');
    assert.equal(v.lokale_antwoorden['KW-12'].tekst.startsWith('De gewenste ICT'), true);
    assert.deepEqual(json.lokale_delen.map((d) => [d.deel, d.vragen.length]), [['uitwerking-toegang', 6]]);
    const csv = await exporteer(page, 'export-csv');
    assert.match(csv.tekst, new RegExp(`;${NAAM};KW-12;[^\\r\\n]*;Grotendeels;`));

    // Read back in after clearing: identical.
    const voor = await stored(page);
    await page.goto(base + 'vit.html');
    const file = bestand('eigen.json', json);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    assert.match(await leesIn(page, file), /Daarvan 2 op eigen uitspraken van Gemeente Krimpenerwaard\./);
    await page.locator('[data-vit="inlees-ja"]').click();
    await page.locator('[data-vit="inlezen-melding"]').filter({ hasText: 'Ingelezen' }).waitFor();
    assert.deepEqual(await stored(page), voor);
  });
});

test('import of a file without the own part, and of one with unknown local parts: says so, drops nothing', async (t) => {
  await beide(t, async (page, base) => {
    await page.goto(base + 'vit.html');
    const zonder = bestand('zonder.json', { formaat: 'wegwijzer-vit', schema: 1,
      site: { short_name: 'kader', title: 'Richtinggevend kader toegang', gemeente: 'Gemeente Lekkerland' },
      verkenningen: [{ id: 'lk1', naam: 'Team Lekkerland', antwoorden: { '5.1': { antwoord: 'grotendeels' }, '1.1': { antwoord: 'helemaal' } } }] });
    assert.match(await leesIn(page, zonder), /Team Lekkerland.*2 antwoorden\. Geen antwoorden op de eigen uitspraken van Gemeente Krimpenerwaard: die blijven open\./s);
    await page.locator('[data-vit="inlees-ja"]').click();
    await page.locator('[data-vit="inlezen-melding"]').filter({ hasText: 'Ingelezen' }).waitFor();
    let s = await stored(page);
    assert.deepEqual(Object.keys(s.verkenningen.lk1.antwoorden).sort(), ['1.1', '5.1']);

    // Another gemeente's own part (LW-n) next to VNG's answers: kept and named, not refused or lost.
    const ander = bestand('ander.json', { formaat: 'wegwijzer-vit', schema: 1, site: { gemeente: 'Gemeente Lekkerland' },
      lokale_delen: [{ deel: 'huisvesting', title: 'Huisvesting', vragen: ['LW-1', 'LW-2'] }],
      verkenningen: [{ id: 'lk2', naam: 'Team Lekkerland 2', antwoorden: { '5.1': { antwoord: 'een-beetje' } },
        lokale_antwoorden: { 'LW-1': { antwoord: 'helemaal', tekst: 'Elk team heeft een eigen plek.' }, 'LW-2': { antwoord: 'nog-niet', tekst: 'Er zijn scenario\'s.' } } }] });
    assert.match(await leesIn(page, ander), /eigen uitspraken die niet in dit VIT staan \(LW-1, LW-2\).*bewaard/s);
    await page.locator('[data-vit="inlees-ja"]').click();
    await page.locator('[data-vit="inlezen-melding"]').filter({ hasText: 'Ingelezen' }).waitFor();
    s = await stored(page);
    assert.deepEqual(Object.keys(s.verkenningen.lk2.antwoorden).sort(), ['5.1', 'LW-1', 'LW-2']);
    assert.equal(s.verkenningen.lk2.lokale_antwoorden, undefined);
    await page.goto(base + 'vit/resultaten.html');
    assert.match(await page.locator('[data-vit="vervallen"]').textContent(), /LW-1.*Elk team heeft een eigen plek\..*Helemaal/s);

    // A VNG id among the gemeente's own answers is refused whole.
    await page.goto(base + 'vit.html');
    const fout = bestand('fout.json', { formaat: 'wegwijzer-vit', schema: 1, site: {},
      verkenningen: [{ id: 'lk3', naam: 'Fout', antwoorden: {}, lokale_antwoorden: { '5.1': { antwoord: 'helemaal' } } }] });
    await page.locator('[data-vit="inlezen"]').setInputFiles(fout);
    await page.locator('[data-vit="inlezen-fout"]').filter({ hasText: /"5\.1" is een uitspraak van de VNG/ }).waitFor();
    assert.equal((await stored(page)).verkenningen.lk3, undefined);
  });
});

test('the comparison shows the own part like a basiskenmerk, its questions as local', async (t) => {
  await beide(t, async (page, base, soort) => {
    await page.goto(base + 'vit.html');
    const key = await sleutel(page);
    await page.evaluate((key) => {
      const nu = new Date().toISOString();
      localStorage.setItem(key, JSON.stringify({ schema: 1, actief: 'a', volgorde: ['a', 'b'], verkenningen: {
        a: { id: 'a', naam: 'Team Noord', perspectief: 'uitvoering', gemaakt: nu, gewijzigd: nu,
          antwoorden: { '5.1': { antwoord: 'helemaal' }, 'KW-10': { antwoord: 'helemaal' }, 'KW-11': { antwoord: 'nog-niet' } } },
        b: { id: 'b', naam: 'Raad', perspectief: 'bestuur', gemaakt: nu, gewijzigd: nu,
          antwoorden: { '5.1': { antwoord: 'een-beetje' }, 'KW-10': { antwoord: 'nog-niet' }, 'KW-11': { antwoord: 'nog-niet' } } },
      } }));
    }, key);
    await page.goto(base + 'vit/vergelijken.html');
    const verschil = page.locator('[data-vit="verschillen"]');
    await verschil.locator('table').first().waitFor();
    // Average per part: Team Noord (uitvoering) 3 and 0 -> 1,5; Raad (bestuur) 0 and 0 -> 0,0.
    const rij = await verschil.locator('tr', { hasText: NAAM }).first().locator('td').allTextContents();
    assert.deepEqual(rij, ['1,5', '0,0', '0,8']);
    assert.match(await verschil.textContent(), /KW-10 .*\(lokale uitspraak\)/s);
    const det = page.locator('details[data-vit-kenmerk="deel-uitwerking-toegang"]');
    await det.locator('summary').focus();
    await page.keyboard.press('Enter');
    await det.locator('table').nth(1).waitFor();
    assert.match(await det.textContent(), /KW-11 .*\(lokale uitspraak\).*Nog niet.*Nog niet/s);
    if (soort === 'http') assert.deepEqual(await axe(page), [], 'vergelijken');
  });
});
