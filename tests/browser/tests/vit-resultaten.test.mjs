// The VIT's results page (chart and table, ontwikkelplan, printed report), answers to removed
// questions, and the compare page (over http and file://; at scale: vit-vergelijken.test.mjs).
// The VIT pages themselves: vit-pagina.test.mjs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axe, launch, serve, siteDir } from '../lib/browser.mjs';
import { beide, metPagina, sleutel, vulIn } from '../lib/vit.mjs';

let server;
let browser;
before(async () => { server = await serve(siteDir()); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('results: report heading, chart with table, ontwikkelplan, all answers', async () => {
  await metPagina(browser, server, async (page, base) => {
    await page.goto(base + 'vit/resultaten.html');
    await vulIn(page);
    await page.reload();
    const kop = await page.locator('[data-vit="rapportkop"]').textContent();
    for (const deel of ['Testgemeente', 'Team Noord', 'Uitvoering', 'Datum']) assert.ok(kop.includes(deel), deel);
    const svg = page.locator('[data-vit="per-kenmerk"] .vit-grafiek[role="img"]');
    assert.equal(await svg.count(), 1);
    assert.equal(await svg.locator('.vit-deel').count() > 0, true);
    const rij1 = page.locator('[data-vit="per-kenmerk"] tbody tr').first();
    // Basiskenmerk 1: helemaal 1, grotendeels 1, the rest open.
    assert.deepEqual((await rij1.locator('td').allTextContents()).slice(1, 4), ['0', '1', '1']);
    assert.equal(await page.locator('[data-vit="per-waarde"] tbody tr').count(), 3);
    const plan = page.locator('[data-vit="ontwikkelplan"] tbody tr');
    assert.equal(await plan.count(), 1);
    assert.match(await plan.textContent(), /5\.1.*Nog niet.*Werkwijze brede analyse.*Teamleider.*Najaar/s);
    assert.match(await page.locator('[data-vit="antwoorden"]').textContent(), /Bijna overal\./);
    assert.equal(await page.locator('[data-vit="vervallen-sectie"]').isVisible(), false);
    // Switching the verkenning redraws the page.
    await page.locator('[data-vit="kies"]').selectOption('b');
    assert.match(await page.locator('[data-vit="rapportkop"]').textContent(), /Raad/);
    assert.match(await page.locator('[data-vit="ontwikkelplan"]').textContent(), /nog geen punten/);
    assert.deepEqual(await axe(page), []);
  });
});

test('the results print as a clean report: gemeente, verkenning, perspective and date; no buttons', async () => {
  await metPagina(browser, server, async (page, base) => {
    await page.goto(base + 'vit/resultaten.html');
    await vulIn(page);
    await page.reload();
    await page.locator('[data-vit="rapportkop"]').filter({ hasText: 'Team Noord' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    const kop = page.locator('[data-vit="rapportkop"]');
    assert.equal(await kop.isVisible(), true);
    const tekst = await kop.textContent();
    for (const deel of ['Testgemeente', 'Team Noord', 'Uitvoering', 'Datum']) assert.ok(tekst.includes(deel), deel);
    for (const deel of ['per-kenmerk', 'ontwikkelplan', 'antwoorden']) assert.equal(await page.locator(`[data-vit="${deel}"]`).isVisible(), true, deel);
    assert.equal(await page.locator('[data-vit="per-kenmerk"] .vit-grafiek[role="img"]').isVisible(), true);
    // What only works on screen stays out of the printout.
    for (const knop of ['afdrukken', 'export-json', 'export-csv', 'kies']) {
      assert.equal(await page.locator(`[data-vit="${knop}"]`).first().isVisible(), false, knop);
    }
    assert.equal(await page.locator('.vit-balk-actief').isVisible(), false);
  });
});

test('a question removed from the content keeps its saved answer: results, export and import', async () => {
  await metPagina(browser, server, async (page, base, context) => {
    // The site after an update: question 5.7 moved to vit/vervallen.toml (what the build emits then).
    await context.route('**/vit/vit-data.js', async (route) => {
      const res = await route.fetch();
      let js = await res.text();
      const data = JSON.parse(js.slice(js.indexOf('{'), js.lastIndexOf(';')));
      const k5 = data.kenmerken.find((k) => k.nummer === 5);
      const weg = k5.vragen.pop();
      assert.equal(weg.id, '5.7');
      data.vervallen.push({ id: weg.id, tekst: weg.tekst });
      js = `window.WEGWIJZER_VIT = ${JSON.stringify(data)};\n`;
      await route.fulfill({ response: res, body: js });
    });
    await page.goto(base + 'vit/resultaten.html');
    const key = await sleutel(page);
    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ schema: 1, actief: 'a', volgorde: ['a'], verkenningen: {
      a: { id: 'a', naam: 'Oud', antwoorden: { '5.7': { antwoord: 'grotendeels', toelichting: 'Van voor de update' }, '5.1': { antwoord: 'helemaal' } } } } })), key);
    await page.reload();
    const sectie = page.locator('[data-vit="vervallen-sectie"]');
    assert.equal(await sectie.isVisible(), true);
    assert.match(await sectie.textContent(), /Vragen die niet meer in het VIT staan.*5\.7.*Grotendeels.*Van voor de update/s);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-vit="export-json"]').click()]);
    const bestand = JSON.parse(await (await download.createReadStream()).toArray().then((b) => Buffer.concat(b).toString('utf8')));
    const a = bestand.verkenningen[0].antwoorden['5.7'];
    assert.equal(a.antwoord, 'grotendeels');
    assert.equal(a.niet_meer_in_vit, true);
    assert.ok(a.tekst.length > 10);
    // The stored answer itself is untouched.
    const opgeslagen = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), key);
    assert.equal(opgeslagen.verkenningen.a.antwoorden['5.7'].toelichting, 'Van voor de update');
    // The file reads back in after clearing, with the answer to the removed question.
    await page.goto(base + 'vit.html');
    await page.evaluate(() => localStorage.clear());
    await page.locator('[data-vit="inlezen"]').setInputFiles({ name: 'oud.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bestand)) });
    await page.locator('[data-vit="inlees-ja"]').click();
    await page.locator('[data-vit="inlezen-melding"]').filter({ hasText: 'Ingelezen' }).waitFor();
    const terug = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), key);
    assert.deepEqual(terug.verkenningen.a.antwoorden, opgeslagen.verkenningen.a.antwoorden);
  });
});

test('compare: two verkenningen of this browser plus an exported file, four perspectives', async (t) => {
  await beide(t, browser, server, async (page, base, soort) => {
    await page.goto(base + 'vit/vergelijken.html');
    await vulIn(page);
    await page.reload();
    const bestand = {
      formaat: 'wegwijzer-vit', schema: 1, site: {}, gemaakt: new Date().toISOString(),
      verkenningen: [{ id: 'c', naam: 'Cliëntenraad', perspectief: 'inwoners', antwoorden: { '1.1': { antwoord: 'een-beetje' } } }],
    };
    await page.locator('[data-vit="vergelijk-bestanden"]').setInputFiles([
      { name: 'inwoners.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bestand)) },
      { name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('nee') },
    ]);
    await page.locator('[data-vit="vergelijk-fout"]').filter({ hasText: 'kapot.json' }).waitFor();
    await page.locator('[data-vit="geladen"]').filter({ hasText: 'Cliëntenraad' }).waitFor();
    await page.locator('[data-vit="vergelijk-stand"]').filter({ hasText: '3 verkenningen naast elkaar: 1 inwoners, 1 uitvoering, 1 bestuur.' }).waitFor();
    const verschil = page.locator('[data-vit="verschillen"]');
    const koppen = await verschil.locator('table').first().locator('thead th').allTextContents();
    assert.deepEqual(koppen, ['Basiskenmerk', 'Inwoners (1)', 'Uitvoering (1)', 'Bestuur (1)', 'Samen (3)']);
    // Basiskenmerk 1: inwoners 1 (een beetje); uitvoering (3 + 2) / 2; bestuur (0 + 2) / 2; together 8 / 5.
    assert.deepEqual(await verschil.locator('table').first().locator('tbody tr').first().locator('td').allTextContents(),
      ['1,0', '2,5', '1,0', '1,6']);
    assert.deepEqual(await verschil.locator('table').nth(1).locator('thead th').first().textContent(), 'Waarde');
    // Question 1.1: helemaal, nog niet, een beetje: one each, three steps apart.
    const top = verschil.locator('table').nth(2).locator('tbody tr').first();
    assert.match(await top.locator('th').textContent(), /^1\.1 /);
    assert.deepEqual(await top.locator('td').allTextContents(), ['1', '1', '0', '1', '0', '0', '3 stappen']);
    // All answers side by side: one basiskenmerk at a time, drawn when opened.
    const details = page.locator('[data-vit="naast-elkaar"] details');
    assert.equal(await details.count(), 13);
    assert.equal(await page.locator('[data-vit="naast-elkaar"] table').count(), 0);
    await details.first().locator('summary').focus();
    await page.keyboard.press('Enter');
    const tabellen = details.first().locator('table');
    await tabellen.nth(1).waitFor();
    assert.deepEqual(await tabellen.nth(1).locator('thead th').allTextContents(),
      ['Uitspraak', 'Team Noord (uitvoering)', 'Raad (bestuur)', 'Cliëntenraad (inwoners) – bestand inwoners.json']);
    assert.match(await tabellen.nth(1).locator('tbody tr').first().textContent(), /^1\.1.*Helemaal.*Nog niet.*Een beetje$/s);
    if (soort === 'http') assert.deepEqual(await axe(page), []);  // axe reads the stylesheets with XHR, which file:// blocks
    await page.locator('[data-vit="lokale-keuze"] input').first().uncheck();
    await page.locator('[data-vit="lokale-keuze"] input').nth(1).uncheck();
    await page.locator('[data-vit="vergelijk-stand"]').filter({ hasText: 'minstens twee' }).waitFor();
  });
});
