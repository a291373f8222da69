// The report for the gemeenteraad (vit/rapport.html, issue 22): three export files made through
// the VIT pages (four verkenningen, three perspectives) are read in; the tables are checked
// against the answers in the files, the "differs most" order, the one ontwikkelplan, the CSV and
// JSON downloads (formula injection from typed names and text), axe-core in light and dark mode
// and at 320 px, print on A4 (pdftotext of the first page) and file://.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { axe, exampleSiteDir, launch, serve, siteDir, watch } from '../lib/browser.mjs';
import { beantwoord, beide, ernstig, exporteer, metPagina, vulIn } from '../lib/vit.mjs';

let server;
let browser;
let data;  // window.WEGWIJZER_VIT of the site
const bestanden = [];  // {naam, tekst} of the three export files

// What the three teams fill in. Team Noord and Team Zuid are one export file ("Alle verkenningen").
// Typed text that Excel would run as a formula: a name that starts with "=", a plan with
// =HYPERLINK, +31..., -1 maand, @team.
const TEAMS = [
  { naam: 'Team Noord', gemeente: 'Gemeente Lekkerland', perspectief: 'uitvoering',
    antwoorden: { '1.1': 'helemaal', '1.2': 'grotendeels', '1.3': 'een-beetje', '5.1': 'nog-niet', '12.1': 'weet-niet' },
    plan: { '5.1': { wat: '=HYPERLINK("http://evil.example","klik")', wie: '+31 6 1234', wanneer: '-1 maand' } } },
  { naam: 'Team Zuid', gemeente: 'Gemeente Lekkerland', perspectief: 'uitvoering',
    antwoorden: { '1.1': 'een-beetje', '5.1': 'grotendeels' }, plan: {} },
  { naam: 'Cliëntenraad', gemeente: 'Gemeente Lekkerland', perspectief: 'inwoners',
    antwoorden: { '1.1': 'een-beetje', '1.2': 'een-beetje', '1.3': 'grotendeels', '5.1': 'een-beetje' },
    plan: { '5.1': { wat: 'Spreekuur in de wijk; elke week', wie: '@team', wanneer: 'Voorjaar 2025' } } },
  { naam: '=1+1 Raad', gemeente: 'Gemeente Lekkerland', perspectief: 'bestuur',
    antwoorden: { '1.1': 'grotendeels', '1.3': 'een-beetje', '5.1': 'helemaal', '5.2': 'nog-niet' },
    plan: { '1.1': { wat: 'Raadsbrief over de toegang', wie: 'Wethouder', wanneer: 'Q3' } } },
];

/** Creates a verkenning on the overview and fills it in on the basiskenmerk pages, as a user does. */
async function vulTeamIn(page, base, team) {
  await page.goto(base + 'vit.html');
  await page.locator('[data-vit="nieuw-naam"]').fill(team.naam);
  await page.locator('[data-vit="nieuw-gemeente"]').fill(team.gemeente);
  await page.locator('[data-vit="nieuw-perspectief"]').selectOption(team.perspectief);
  await page.locator('[data-vit="nieuw-maak"]').click();
  await page.locator('[data-vit="nieuw-melding"]').filter({ hasText: 'is gemaakt' }).waitFor();
  const perKenmerk = new Map();
  for (const id of new Set([...Object.keys(team.antwoorden), ...Object.keys(team.plan)])) {
    const k = data.kenmerken.find((x) => x.vragen.some((q) => q.id === id));
    if (!perKenmerk.has(k.url)) perKenmerk.set(k.url, []);
    perKenmerk.get(k.url).push(id);
  }
  for (const [url, ids] of perKenmerk) {
    await page.goto(base + url);
    for (const id of ids) {
      if (team.antwoorden[id]) await beantwoord(page, id, team.antwoorden[id]);
      const plan = team.plan[id];
      if (!plan) continue;
      const slug = id.replace('.', '-');
      await page.locator(`#oppakken-${slug}`).check();
      for (const veld of ['wat', 'wie', 'wanneer']) await page.locator(`#${veld}-${slug}`).fill(plan[veld]);
      await page.waitForFunction(([key, id, wanneer]) => {
        const s = JSON.parse(localStorage.getItem(key) || 'null');
        return s && s.verkenningen[s.actief].antwoorden[id]?.wanneer === wanneer;
      }, [`wegwijzer-vit:${data.site.short_name}`, id, plan.wanneer]);
    }
  }
}

before(async () => {
  server = await serve(siteDir());
  browser = await launch();
  // The three export files, made through the VIT pages in one browser: "Alle verkenningen" with
  // the two teams of uitvoering, then each of the other two on its own.
  await metPagina(browser, server, async (page, base) => {
    await page.goto(base + 'vit.html');
    data = await page.evaluate(() => window.WEGWIJZER_VIT);
    for (const team of TEAMS.slice(0, 2)) await vulTeamIn(page, base, team);
    await page.goto(base + 'vit.html');
    bestanden.push(await exporteer(page, 'export-alles'));
    await page.evaluate(() => localStorage.clear());
    for (const team of TEAMS.slice(2)) {
      await vulTeamIn(page, base, team);
      await page.goto(base + 'vit.html');
      bestanden.push(await exporteer(page, 'export-json'));
      await page.evaluate(() => localStorage.clear());
    }
  });
  assert.equal(bestanden.length, 3);
});
after(async () => { await browser?.close(); await server?.close(); });

const bestandInvoer = () => bestanden.map((b) => ({ name: b.naam, mimeType: 'application/json', buffer: Buffer.from(b.tekst) }));

/** Opens the report page and reads in the three files; waits for the report. */
async function laadRapport(page, base) {
  await page.goto(base + 'vit/rapport.html');
  await page.locator('[data-vit="vergelijk-bestanden"]').setInputFiles(bestandInvoer());
  await page.locator('[data-vit="rapport-deelnemers"] tbody tr').nth(3).waitFor();
}

/** A table as text: caption, header cells, and per body row its cells (th first). */
const tabel = (loc) => loc.evaluate((t) => ({
  caption: t.caption?.textContent,
  kop: [...t.tHead.rows[0].cells].map((c) => c.textContent),
  rijen: [...t.tBodies[0].rows].map((r) => [...r.cells].map((c) => c.textContent)),
}));

const score = Object.fromEntries([['nog-niet', 0], ['een-beetje', 1], ['grotendeels', 2], ['helemaal', 3], ['weet-niet', -1]]);
const label = (w) => ({ 'nog-niet': 'Nog niet', 'een-beetje': 'Een beetje', grotendeels: 'Grotendeels', helemaal: 'Helemaal',
  'weet-niet': 'Weet ik niet / niet van toepassing' })[w];
const cijfer = (x) => (x === null ? 'geen score' : (Math.round(x * 10) / 10).toFixed(1).replace('.', ','));
const gemiddelde = (l) => (l.length ? l.reduce((a, b) => a + b, 0) / l.length : null);

/** The verkenningen as they are in the export files, in the order read in. */
const uitBestanden = () => bestanden.flatMap((b) => JSON.parse(b.tekst).verkenningen.map((v) => ({ v, bestand: b.naam })));

/** Scores (>= 0) of the verkenningen `vs` for the questions `ids`. */
const scores = (vs, ids) => vs.flatMap((v) => ids.map((id) => score[v.antwoorden[id]?.antwoord]).filter((s) => s >= 0));

test('the report from three export files: who took part, the answers per verkenning, per waarde and basiskenmerk', async (t) => {
  await beide(t, browser, server, async (page, base, soort) => {
    await laadRapport(page, base);
    const lijst = uitBestanden();
    assert.deepEqual(lijst.map((x) => x.v.naam), TEAMS.map((x) => x.naam));
    // The title: the gemeente typed in the verkenningen, the date and the files it was made from.
    assert.equal(await page.locator('[data-vit="rapport-gemeente"]').textContent(), 'Gemeente Lekkerland');
    const over = await page.locator('[data-vit="rapport-over"]').textContent();
    for (const b of bestanden) assert.ok(over.includes(`bestand ${b.naam}`), b.naam);
    assert.match(over, /Datum\d{1,2} [a-z]+ \d{4}/);
    assert.match(over, /Aantal verkenningen4/);
    assert.match(await page.title(), /Gemeente Lekkerland/);
    const deelnemers = await tabel(page.locator('[data-vit="rapport-deelnemers"] table'));
    assert.deepEqual(deelnemers.rijen.map((r) => [r[0], r[1], r[3]]), lijst.map((x) => [x.v.naam,
      data.perspectieven.find((p) => p.waarde === x.v.perspectief).label, x.bestand]));

    // Four verkenningen: one column each (up to six), in the order read in.
    assert.equal(await page.locator('[data-vit="kolom-verkenning"]').isChecked(), true);
    const kolommen = lijst.map((x) => `${x.v.naam} (${x.v.perspectief})`);
    // All answers: one table per basiskenmerk, a row per statement, a column per verkenning.
    const alle = page.locator('[data-vit="rapport-antwoorden"] table');
    assert.equal(await alle.count(), data.kenmerken.length);
    for (const [ki, k] of data.kenmerken.entries()) {
      const tb = await tabel(alle.nth(ki));
      assert.equal(tb.caption, `${k.nummer}. ${k.title}`);
      assert.deepEqual(tb.kop, ['Uitspraak', ...kolommen, 'Verschil']);
      assert.deepEqual(tb.rijen.map((r) => r.slice(0, -1)), k.vragen.map((q) => [`${q.id} ${q.tekst}`,
        ...lijst.map((x) => label(x.v.antwoorden[q.id]?.antwoord) ?? 'Niet ingevuld')]), `basiskenmerk ${k.nummer}`);
      const verschil = k.vragen.map((q) => {
        const s = lijst.map((x) => score[x.v.antwoorden[q.id]?.antwoord]).filter((x) => x >= 0);
        return s.length < 2 ? '–' : cijfer(Math.max(...s) - Math.min(...s));
      });
      assert.deepEqual(tb.rijen.map((r) => r.at(-1)), verschil, `verschil bij basiskenmerk ${k.nummer}`);
    }
    // Per waarde and per basiskenmerk: the average score per verkenning, together, and the difference.
    const perWaarde = await tabel(page.locator('[data-vit="rapport-waarden"] table'));
    assert.deepEqual(perWaarde.kop, ['Waarde', ...kolommen, 'Samen', 'Verschil']);
    assert.deepEqual(perWaarde.rijen, data.waarden.map((w) => {
      const ids = data.kenmerken.filter((k) => k.waarde === w.waarde).flatMap((k) => k.vragen.map((q) => q.id));
      const per = lijst.map((x) => gemiddelde(scores([x.v], ids)));
      const echt = per.filter((x) => x !== null);
      return [w.label, ...per.map(cijfer), cijfer(gemiddelde(scores(lijst.map((x) => x.v), ids))),
        echt.length < 2 ? '–' : cijfer(Math.max(...echt) - Math.min(...echt))];
    }));
    const perKenmerk = await tabel(page.locator('[data-vit="rapport-kenmerken"] table'));
    assert.equal(perKenmerk.rijen.length, data.kenmerken.length);
    // Basiskenmerk 1: Team Noord (3+2+1)/3, Team Zuid 1, Cliëntenraad (1+1+2)/3, Raad (2+1)/2; together 14/9; 2,0 - 1,0.
    assert.deepEqual(perKenmerk.rijen[0], [`1. ${data.kenmerken[0].title}`, '2,0', '1,0', '1,3', '1,5', '1,6', '1,0']);
    if (soort === 'http') assert.deepEqual(await axe(page), []);  // axe reads the stylesheets with XHR, which file:// blocks
  });
});

test('where they differ most: highest minus lowest score, ties by the number of scores; per verkenning and per perspective', async () => {
  await metPagina(browser, server, async (page, base) => {
    await laadRapport(page, base);
    const top = page.locator('[data-vit="rapport-verschillen"] table');
    // One column per verkenning. 5.1: 0..3; 1.1: 1..3; 1.3: 1..2 from three scores; 1.2: 1..2 from two.
    let tb = await tabel(top);
    assert.equal(tb.caption, 'De 4 uitspraken met het grootste verschil');
    assert.deepEqual(tb.rijen.map((r) => [r[0].split(' ')[0], r.at(-1)]), [['5.1', '3,0'], ['1.1', '2,0'], ['1.3', '1,0'], ['1.2', '1,0']]);
    assert.deepEqual(tb.rijen[0].slice(1, -1), ['Nog niet', 'Grotendeels', 'Een beetje', 'Helemaal']);
    assert.match(await page.locator('#verschil-kop + p').innerText(), /Verschil is de hoogste min de laagste score van de verkenningen.*Een verschil van 3 betekent: de een zegt Helemaal, de ander Nog niet\./);
    // One column per perspective: the average of its verkenningen. Uitvoering (Noord, Zuid) 5.1: (0 + 2) / 2.
    await page.locator('[data-vit="kolom-perspectief"]').check();
    await page.locator('[data-vit="rapport-verschillen"] th', { hasText: 'Uitvoering (2)' }).first().waitFor();
    tb = await tabel(top);
    assert.deepEqual(tb.kop, ['Uitspraak', 'Inwoners (1)', 'Uitvoering (2)', 'Bestuur (1)', 'Verschil']);
    // 5.1: 1, 1, 3 -> 2; 1.1: 1, 2, 2 -> 1 (four scores); 1.3: 2, 1, 1 -> 1 (three); 1.2: 1, 2 -> 1 (two).
    assert.deepEqual(tb.rijen.map((r) => r.slice(1).concat(r[0].split(' ')[0])), [
      ['1,0', '1,0', '3,0', '2,0', '5.1'], ['1,0', '2,0', '2,0', '1,0', '1.1'], ['2,0', '1,0', '1,0', '1,0', '1.3'], ['1,0', '2,0', 'geen score', '1,0', '1.2']]);
    assert.match(await page.locator('#verschil-kop + p').innerText(), /hoogste min het laagste gemiddelde van de perspectieven/);
    assert.deepEqual((await tabel(page.locator('[data-vit="rapport-waarden"] table'))).kop,
      ['Waarde', 'Inwoners (1)', 'Uitvoering (2)', 'Bestuur (1)', 'Samen', 'Verschil']);
  });
});

test('one ontwikkelplan: wat, wie, wanneer and from which verkenning, in the order of the VIT', async () => {
  await metPagina(browser, server, async (page, base) => {
    await laadRapport(page, base);
    const tb = await tabel(page.locator('[data-vit="rapport-plan"] table'));
    assert.equal(tb.caption, 'Ontwikkelplan: 3 punten');
    assert.deepEqual(tb.kop, ['Uitspraak', 'Nu', 'Wat gaan we doen', 'Wie', 'Wanneer', 'Uit verkenning']);
    const q = (id) => data.kenmerken.flatMap((k) => k.vragen).find((x) => x.id === id).tekst;
    assert.deepEqual(tb.rijen, [
      [`1.1 ${q('1.1')}`, 'Grotendeels', 'Raadsbrief over de toegang', 'Wethouder', 'Q3', '=1+1 Raad (bestuur)'],
      [`5.1 ${q('5.1')}`, 'Nog niet', '=HYPERLINK("http://evil.example","klik")', '+31 6 1234', '-1 maand', 'Team Noord (uitvoering)'],
      [`5.1 ${q('5.1')}`, 'Een beetje', 'Spreekuur in de wijk; elke week', '@team', 'Voorjaar 2025', 'Cliëntenraad (inwoners)'],
    ]);
  });
});

/** Parses CSV as Excel does with ';' as list separator: quotes, doubled quotes, CRLF rows. */
function leesCsv(tekst) {
  const rijen = [];
  let rij = [];
  let veld = '';
  let quote = false;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst[i];
    if (quote) {
      if (c === '"' && tekst[i + 1] === '"') { veld += '"'; i++; } else if (c === '"') quote = false; else veld += c;
    } else if (c === '"') quote = true;
    else if (c === ';') { rij.push(veld); veld = ''; } else if (c === '\r' && tekst[i + 1] === '\n') { rij.push(veld); rijen.push(rij); rij = []; veld = ''; i++; } else veld += c;
  }
  if (veld || rij.length) { rij.push(veld); rijen.push(rij); }
  return rijen;
}

test('CSV for Excel (Dutch settings) and JSON: the same numbers, no formulas from typed text', async () => {
  await metPagina(browser, server, async (page, base) => {
    await laadRapport(page, base);
    const antwoorden = await exporteer(page, 'csv-antwoorden');
    const bytes = fs.readFileSync(antwoorden.file);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
    assert.match(antwoorden.naam, new RegExp(`^vit-rapport-${data.site.short_name}-\\d{4}-\\d{2}-\\d{2}-antwoorden\\.csv$`));
    const tekst = antwoorden.tekst.replace(/^\ufeff/, '');
    assert.ok(tekst.endsWith('\r\n') && !/[^\r]\n/.test(tekst), 'CRLF line ends');
    const rijen = leesCsv(tekst);
    assert.deepEqual(rijen[0], ['Waarde', 'Basiskenmerk', 'Id', 'Uitspraak', 'Team Noord (uitvoering)', 'Team Zuid (uitvoering)',
      'Cliëntenraad (inwoners)', "'=1+1 Raad (bestuur)", 'Samen', 'Verschil']);
    assert.equal(rijen.length, 1 + data.kenmerken.reduce((n, k) => n + k.vragen.length, 0));
    const r51 = rijen.find((r) => r[2] === '5.1');
    assert.deepEqual([r51[0], ...r51.slice(4)], ['Integraal', 'Nog niet', 'Grotendeels', 'Een beetje', 'Helemaal', '1,5', '3,0']);
    // The page's table and the CSV agree (decimal comma: a number in Excel with Dutch settings).
    const html = await tabel(page.locator('[data-vit="rapport-antwoorden"] table').nth(4));
    const csv5 = rijen.filter((r) => r[1].startsWith('5. '));
    assert.deepEqual(csv5.map((r) => r.slice(4, 8).map((c) => c || 'Niet ingevuld').concat(r[9] || '–')), html.rijen.map((r) => r.slice(1)));

    const plan = leesCsv((await exporteer(page, 'csv-plan')).tekst.replace(/^\ufeff/, ''));
    assert.deepEqual(plan[0], ['Id', 'Basiskenmerk', 'Uitspraak', 'Nu', 'Wat gaan we doen', 'Wie', 'Wanneer', 'Verkenning', 'Perspectief', 'Bestand']);
    assert.deepEqual(plan.slice(1).map((r) => [r[0], ...r.slice(3, 9)]), [
      ['1.1', 'Grotendeels', 'Raadsbrief over de toegang', 'Wethouder', 'Q3', "'=1+1 Raad", 'Bestuur'],
      ['5.1', 'Nog niet', `'=HYPERLINK("http://evil.example","klik")`, "'+31 6 1234", "'-1 maand", 'Team Noord', 'Uitvoering'],
      ['5.1', 'Een beetje', 'Spreekuur in de wijk; elke week', "'@team", 'Voorjaar 2025', 'Cliëntenraad', 'Inwoners'],
    ]);
    assert.deepEqual(plan.slice(1).map((r) => r[9]), [bestanden[2].naam, bestanden[0].naam, bestanden[1].naam]);
    // No cell of either file starts with what Excel reads as a formula.
    for (const r of [...rijen, ...plan]) for (const c of r) assert.doesNotMatch(c, /^[=+\-@\t\r]/, c);

    const json = JSON.parse((await exporteer(page, 'rapport-json')).tekst);
    assert.equal(json.formaat, 'wegwijzer-vit-rapport');
    assert.equal(json.gemeente, 'Gemeente Lekkerland');
    assert.deepEqual(json.bronnen, bestanden.map((b) => `bestand ${b.naam}`));
    assert.deepEqual(json.verkenningen.map((v) => v.naam), TEAMS.map((x) => x.naam));
    assert.equal(json.kolommen_per, 'verkenning');
    assert.deepEqual(json.grootste_verschil.slice(0, 4), ['5.1', '1.1', '1.3', '1.2']);
    const k1 = json.delen[0].kenmerken[0];
    assert.deepEqual([k1.kenmerk.nummer, k1.per, k1.samen, k1.verschil], [1, [2, 1, 1.33, 1.5], 1.56, 1]);
    assert.deepEqual(k1.vragen[0].antwoorden, ['helemaal', 'een-beetje', 'een-beetje', 'grotendeels']);
    assert.deepEqual(json.ontwikkelplan.map((p) => [p.id, p.verkenning, p.wat]), [['1.1', '=1+1 Raad', 'Raadsbrief over de toegang'],
      ['5.1', 'Team Noord', '=HYPERLINK("http://evil.example","klik")'], ['5.1', 'Cliëntenraad', 'Spreekuur in de wijk; elke week']]);
  });
});

test('accessible: real tables with caption and scope, axe-clean in dark mode and at 320 px without sideways scrolling', async () => {
  await metPagina(browser, server, async (page, base) => {
    await laadRapport(page, base);
    const fouten = await page.evaluate(() => [...document.querySelectorAll('[data-vit="rapport"] table')].flatMap((t, i) => {
      const uit = [];
      if (!t.caption?.textContent.trim()) uit.push(`tabel ${i}: geen caption`);
      if ([...t.tHead.rows[0].cells].some((c) => c.tagName !== 'TH' || c.scope !== 'col')) uit.push(`tabel ${i}: kop zonder th scope=col`);
      if ([...t.tBodies[0].rows].some((r) => r.cells[0].tagName !== 'TH' || r.cells[0].scope !== 'row')) uit.push(`tabel ${i}: rij zonder th scope=row`);
      return uit;
    }));
    assert.deepEqual(fouten, []);
    assert.ok(await page.locator('[data-vit="rapport"] table').count() >= 17);
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.deepEqual(await axe(page), []);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 320, height: 640 });
    assert.deepEqual(await axe(page), []);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), true,
      'de pagina schuift zijwaarts op 320 px');
  });
});

test('printed on A4: a document with the gemeente, date and files on the first page, no web controls', async () => {
  await metPagina(browser, server, async (page, base) => {
    await laadRapport(page, base);
    await page.emulateMedia({ media: 'print' });
    const zichtbaar = await page.evaluate(() => ({
      controls: [...document.querySelectorAll('main button, main input, main select, main fieldset, .vit-balk, .in-het-kort, [data-vit="geladen"]')]
        .filter((e) => e.checkVisibility()).map((e) => e.outerHTML.slice(0, 80)),
      rapport: document.querySelector('[data-vit="rapport"]').checkVisibility(),
    }));
    assert.deepEqual(zichtbaar.controls, []);
    assert.equal(zichtbaar.rapport, true);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const box = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
    assert.ok(box && Math.abs(Number(box[1]) - 595.3) < 2 && Math.abs(Number(box[2]) - 841.9) < 2, `paginaformaat ${box?.[1]} × ${box?.[2]} pt`);
    const file = path.join(os.tmpdir(), `vit-rapport-${process.pid}.pdf`);
    fs.writeFileSync(file, pdf);
    let tekst;
    try {
      // pdftotext (poppler-utils, .ci/install-deps) reads the text of each page.
      tekst = (p) => execFileSync('pdftotext', ['-layout', '-f', String(p), '-l', String(p), file, '-'], { encoding: 'utf8' });
      tekst(1);
    } catch (e) {
      throw new Error(`pdftotext is needed for this test (Debian: poppler-utils): ${e.message}`, { cause: e });
    }
    const eerste = tekst(1);
    const plat = (s) => s.replace(/\s+/g, '');  // a long file name may wrap
    // The first page is the start of the document, not a header above an empty page.
    for (const deel of ['Rapport voor de gemeenteraad', 'Gemeente Lekkerland', 'Over dit rapport', 'Datum', ...bestanden.map((b) => b.naam),
      'Verkenningen in dit rapport', 'Team Noord', 'Cliëntenraad']) assert.ok(plat(eerste).includes(plat(deel)), `${deel} op de eerste pagina:\n${eerste}`);
    assert.ok(eerste.split('\n').filter((r) => r.trim()).length >= 25, `de eerste pagina is bijna leeg:\n${eerste}`);
    const alles = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const web of ['Afdrukken of opslaan', 'Kies de verkenningen', 'Bestanden van anderen', 'voor Excel', 'Uw antwoorden blijven', 'Kolommen in de tabellen'])
      assert.ok(!alles.includes(web), `"${web}" staat op papier`);
    for (const deel of ['Ontwikkelplan: 3 punten', 'Raadsbrief over de toegang', 'De 4 uitspraken met het grootste verschil'])
      assert.ok(plat(alles).includes(plat(deel)), deel);
    fs.rmSync(file);
  });
});

test('verkenningen of this browser too; without any the page says what to do', async () => {
  await metPagina(browser, server, async (page, base) => {
    await page.goto(base + 'vit/rapport.html');
    assert.equal(await page.locator('[data-vit="rapport"]').isVisible(), false);
    await page.locator('[data-vit="rapport-melding"]').filter({ hasText: 'Kies minstens één verkenning' }).waitFor();
    await vulIn(page);
    await page.reload();
    await page.locator('[data-vit="rapport-deelnemers"] tbody tr').nth(1).waitFor();
    assert.match(await page.locator('[data-vit="rapport-over"]').textContent(), /Gemaakt uitdeze browser/);
    assert.equal(await page.locator('[data-vit="rapport-gemeente"]').textContent(), 'Testgemeente');
    await page.locator('[data-vit="lokale-keuze"] input').first().uncheck();
    assert.deepEqual((await tabel(page.locator('[data-vit="rapport-deelnemers"] table'))).rijen.map((r) => r[0]), ['Raad']);
    assert.equal(await page.locator('[data-vit="geen-verschil"]').isVisible(), true);
  });
});

test('own VIT parts of a gemeente and local statements show without changes to the report', async () => {
  // The data file with a part of the gemeente's own (not one of the three waarden), as the build
  // writes it once a gemeente adds one.
  const context = await browser.newContext();
  try {
    await context.route('**/vit/vit-data.js', async (route) => {
      const res = await route.fetch();
      const js = await res.text();
      const d = JSON.parse(js.slice(js.indexOf('{'), js.lastIndexOf(';')));
      d.kenmerken.push({ nummer: 14, title: 'Huisvesting van de teams', waarde: '', url: 'vit/14-huisvesting.html',
        vragen: [{ id: 'KW-21', tekst: 'De teams werken in de wijk.', lokaal: true }] });
      await route.fulfill({ response: res, body: `window.WEGWIJZER_VIT = ${JSON.stringify(d)};\n` });
    });
    const page = await context.newPage();
    const problems = watch(page, server.url);
    await page.goto(server.url + 'vit/rapport.html');
    const file = { formaat: 'wegwijzer-vit', schema: 1, site: {}, gemaakt: '2024-05-01T10:00:00.000Z', verkenningen: [
      { id: 'e1', naam: 'Team Oost', perspectief: 'beleid', antwoorden: { 'KW-21': { antwoord: 'helemaal', oppakken: true, wat: 'Ruimte zoeken' } } },
      { id: 'e2', naam: 'Team West', perspectief: 'beleid', antwoorden: { 'KW-21': { antwoord: 'nog-niet' } } }] };
    await page.locator('[data-vit="vergelijk-bestanden"]').setInputFiles({ name: 'eigen.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    const kop = page.locator('[data-vit="rapport-antwoorden"] h3', { hasText: 'Eigen onderdelen van de gemeente' });
    await kop.waitFor();
    const tb = await tabel(page.locator('[data-vit="rapport-antwoorden"] table').last());
    assert.equal(tb.caption, '14. Huisvesting van de teams');
    assert.deepEqual(tb.rijen, [['KW-21 De teams werken in de wijk. (lokale uitspraak)', 'Helemaal', 'Nog niet', '3,0']]);
    assert.deepEqual((await tabel(page.locator('[data-vit="rapport-waarden"] table'))).rijen.at(-1), ['Eigen onderdelen van de gemeente', '3,0', '0,0', '1,5', '3,0']);
    assert.match((await tabel(page.locator('[data-vit="rapport-verschillen"] table'))).rijen[0][0], /^KW-21 /);
    assert.match((await tabel(page.locator('[data-vit="rapport-plan"] table'))).rijen[0].join('|'), /^KW-21 .*\|Helemaal\|Ruimte zoeken\|\|\|Team Oost \(beleid\)$/);
    assert.deepEqual(problems.filter(ernstig), []);
  } finally {
    await context.close();
  }
});

test('the Krimpenerwaard example: the gemeente of the site in the title, its local statements marked', async () => {
  const voorbeeld = await serve(exampleSiteDir());
  try {
    await metPagina(browser, voorbeeld, async (page, base) => {
      await page.goto(base + 'vit/rapport.html');
      const d = await page.evaluate(() => window.WEGWIJZER_VIT);
      const lokaal = d.kenmerken.flatMap((k) => k.vragen).find((q) => q.lokaal);
      const file = { formaat: 'wegwijzer-vit', schema: 1, site: {}, gemaakt: '2024-05-01T10:00:00.000Z', verkenningen: [
        { id: 'k1', naam: 'Sociaal Preventieteam', gemeente: 'Ergens anders', perspectief: 'uitvoering', antwoorden: { [lokaal.id]: { antwoord: 'grotendeels' } } }] };
      await page.locator('[data-vit="vergelijk-bestanden"]').setInputFiles({ name: 'spt.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
      await page.locator('[data-vit="rapport-deelnemers"] tbody tr').first().waitFor();
      assert.equal(await page.locator('[data-vit="rapport-gemeente"]').textContent(), d.site.gemeente);
      const rij = page.locator('[data-vit="rapport-antwoorden"] tr', { hasText: lokaal.tekst });
      assert.match(await rij.textContent(), /\(lokale uitspraak\)Grotendeels/);
      assert.deepEqual(await axe(page), []);
    });
  } finally {
    await voorbeeld.close();
  }
});

test('the compare page links to the report, and each page loads only its own scripts', async () => {
  const html = (p) => fs.readFileSync(path.join(siteDir(), p), 'utf8');
  const scripts = (p) => [...html(p).matchAll(/<script src="[^"]*js\/vit\/([^"]+)"/g)].map((m) => m[1]);
  assert.match(html('vit/vergelijken.html'), /href="rapport\.html"/);
  assert.deepEqual(scripts('vit/rapport.html'), ['model.js', 'storage.js', 'ui.js', 'model-bestand.js', 'kiezen.js', 'model-rapport.js', 'rapport.js', 'main.js']);
  assert.ok(!scripts('vit/vergelijken.html').includes('rapport.js'));
  assert.ok(!scripts('vit.html').includes('model-rapport.js'));
});

test('keyboard only: choose, switch the columns and download with the keyboard', async () => {
  await metPagina(browser, server, async (page, base) => {
    await page.goto(base + 'vit/rapport.html');
    await vulIn(page);
    await page.reload();
    await page.locator('[data-vit="rapport-deelnemers"] tbody tr').nth(1).waitFor();
    await page.locator('[data-vit="lokale-keuze"] input').first().focus();
    await page.keyboard.press('Space');
    await page.locator('[data-vit="rapport-melding"]').filter({ hasText: 'over 1 verkenning' }).waitFor();
    await page.keyboard.press('Space');
    await page.locator('[data-vit="rapport-melding"]').filter({ hasText: 'over 2 verkenningen' }).waitFor();
    // Tab on to the columns: the checked radio, then an arrow key chooses the other one.
    const naar = async (sel) => {
      for (let i = 0; i < 20 && !(await page.locator(sel).evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('Tab');
      assert.equal(await page.locator(sel).evaluate((e) => e === document.activeElement), true, `${sel} met Tab bereikt`);
    };
    await naar('[data-vit="kolom-verkenning"]');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator('[data-vit="kolom-perspectief"]').isChecked(), true);
    await page.locator('[data-vit="rapport-waarden"] th', { hasText: 'Uitvoering (1)' }).waitFor();
    await naar('[data-vit="csv-plan"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.match(download.suggestedFilename(), /-ontwikkelplan\.csv$/);
    // The tables scroll in boxes that take focus, so a keyboard can scroll a wide table.
    await naar('[data-vit="rapport-deelnemers"] .vit-tabel-rol');
  });
});
