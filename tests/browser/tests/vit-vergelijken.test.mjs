// The compare page at scale: 1,000 verkenningen read in as files (a gemeente that collected
// them from all its teams) are shown as totals that match a computation in this test, with the
// answers per verkenning on demand, ten at a time. The files are generated in memory with the
// real question ids of the built site (lib/vit-gen.mjs) and handed to the file field from a
// temporary folder (playwright's in-memory files travel base64-encoded: 15 MB of them take
// seconds longer). The timing target (1,000 in under 2 s) is measured by bench/vit_compare.mjs,
// not asserted here.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { axe, launch, serve, siteDir } from '../lib/browser.mjs';
import { metPagina } from '../lib/vit.mjs';
import { exportBestanden, vitData } from '../lib/vit-gen.mjs';

let server;
let browser;
before(async () => { server = await serve(siteDir()); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const N = 1000;
const cijfer = (som, n) => (n ? (som / n).toFixed(1).replace('.', ',') : '–');

/** What the page must show, computed here from the generated verkenningen. */
function verwacht(data, verkenningen) {
  const score = new Map(data.keuzes.map((k) => [k.waarde, k.score]));
  const groepen = [...data.perspectieven.map((p) => ({ waarde: p.waarde, label: p.label })), { waarde: '', label: 'Geen perspectief' }]
    .map((g) => ({ ...g, lijst: verkenningen.filter((v) => (g.waarde ? v.perspectief === g.waarde : !data.perspectieven.some((p) => p.waarde === v.perspectief))) }))
    .filter((g) => g.lijst.length);
  const gemiddelde = (vragen, lijst) => {
    let som = 0, n = 0;
    for (const v of lijst) for (const q of vragen) {
      const s = score.get(v.antwoorden[q.id]?.antwoord);
      if (s !== undefined && s >= 0) { som += s; n++; }
    }
    return cijfer(som, n);
  };
  const rij = (vragen) => [...groepen.map((g) => gemiddelde(vragen, g.lijst)), gemiddelde(vragen, verkenningen)];
  const perKenmerk = data.kenmerken.map((k) => rij(k.vragen));
  const perWaarde = data.waarden.map((w) => rij(data.kenmerken.filter((k) => k.waarde === w.waarde).flatMap((k) => k.vragen)));
  const vragen = new Map();
  for (const k of data.kenmerken) for (const q of k.vragen) {
    const telling = data.keuzes.map((c) => verkenningen.filter((v) => v.antwoorden[q.id]?.antwoord === c.waarde).length);
    telling.push(verkenningen.length - telling.reduce((a, b) => a + b, 0));
    const scores = verkenningen.map((v) => score.get(v.antwoorden[q.id]?.antwoord)).filter((s) => s !== undefined && s >= 0);
    const m = scores.reduce((a, b) => a + b, 0) / scores.length;
    const sd = Math.sqrt(scores.reduce((a, s) => a + (s - m) ** 2, 0) / scores.length);
    vragen.set(q.id, { telling: telling.map(String), spreiding: Math.max(...scores) - Math.min(...scores), sd });
  }
  return { groepen, perKenmerk, perWaarde, vragen };
}

test(`compare: ${N} verkenningen from files show as totals that match, details ten at a time`, async (t) => {
  const data = vitData(siteDir());
  const bestanden = exportBestanden(data, N);
  const verkenningen = bestanden.map((b) => b.verkenning);
  const w = verwacht(data, verkenningen);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vit-vergelijken-'));
  t.after(() => fs.rmSync(tmp, { recursive: true, force: true }));
  await metPagina(browser, server, async (page, base) => {
    await page.goto(base + "vit/vergelijken.html");
    await page.locator('[data-vit="vergelijk-bestanden"]').setInputFiles(bestanden.map((b) => {
      const file = path.join(tmp, b.name);
      fs.writeFileSync(file, b.buffer);
      return file;
    }));
    const stand = `${N} verkenningen naast elkaar: ` + w.groepen.map((g) => `${g.lijst.length} ${g.waarde ? g.label.toLowerCase() : 'zonder perspectief'}`).join(', ') + '.';
    await page.locator('[data-vit="vergelijk-stand"]').filter({ hasText: stand }).waitFor({ timeout: 60000 });
    assert.equal(await page.locator('[data-vit="vergelijk-fout"]').textContent(), '');

    // Totals: average per basiskenmerk and per waarde, per perspective and together.
    const tabellen = page.locator('[data-vit="verschillen"] table');
    assert.equal(await tabellen.count(), 3);
    assert.deepEqual(await tabellen.first().locator('thead th').allTextContents(),
      ['Basiskenmerk', ...w.groepen.map((g) => `${g.label} (${g.lijst.length})`), `Samen (${N})`]);
    const cellen = (tabel) => tabel.locator('tbody tr').evaluateAll((rs) => rs.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent)));
    assert.deepEqual(await cellen(tabellen.first()), w.perKenmerk);
    assert.deepEqual(await cellen(tabellen.nth(1)), w.perWaarde);

    // The biggest differences: 15 questions, largest spread then standard deviation first; the counts match.
    const top = await tabellen.nth(2).locator('tbody tr').evaluateAll((rs) => rs.map((r) => ({
      id: r.querySelector('th .vit-nummer').textContent, cellen: [...r.querySelectorAll('td')].map((c) => c.textContent) })));
    assert.equal(top.length, 15);
    const eps = 1e-9;
    for (let i = 0; i < top.length; i++) {
      const v = w.vragen.get(top[i].id);
      assert.deepEqual(top[i].cellen, [...v.telling, `${v.spreiding} ${v.spreiding === 1 ? 'stap' : 'stappen'}`], top[i].id);
      if (i) {
        const p = w.vragen.get(top[i - 1].id);
        assert.ok(p.spreiding > v.spreiding || (p.spreiding === v.spreiding && p.sd >= v.sd - eps), `order at ${top[i].id}`);
      }
    }
    const laatste = w.vragen.get(top.at(-1).id);
    for (const [id, v] of w.vragen) {
      if (top.some((r) => r.id === id)) continue;
      assert.ok(v.spreiding < laatste.spreiding || (v.spreiding === laatste.spreiding && v.sd <= laatste.sd + eps), `${id} belongs in the top 15`);
    }

    // No table per answer of every file: the page stays small until a basiskenmerk is opened.
    assert.ok(await page.evaluate(() => document.getElementsByTagName('*').length) < 6000);
    assert.equal(await page.locator('[data-vit="naast-elkaar"] table').count(), 0);
    assert.equal(await page.locator('[data-vit="geladen"] details').getAttribute('open'), null);
    assert.equal(await page.locator('[data-vit="geladen"] summary').textContent(), `${N} verkenningen uit bestanden`);

    // Basiskenmerk 5 on demand, by keyboard: the counts per question, then ten verkenningen side by side.
    const k5 = page.locator('[data-vit="naast-elkaar"] details[data-vit-kenmerk="5"]');
    await k5.locator('summary').focus();
    await page.keyboard.press('Enter');
    await k5.locator('table').nth(1).waitFor();
    const kenmerk5 = data.kenmerken.find((k) => k.nummer === 5);
    assert.deepEqual(await k5.locator('table').first().locator('tbody tr').evaluateAll((rs) => rs.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent))),
      kenmerk5.vragen.map((q) => w.vragen.get(q.id).telling));
    const label = new Map(data.keuzes.map((k) => [k.waarde, k.label]));
    const perspectief = new Map(data.perspectieven.map((p) => [p.waarde, p.label.toLowerCase()]));
    const pagina = async (van) => {
      await k5.locator('[data-vit="bereik"]').filter({ hasText: `Verkenning ${van + 1} tot en met ${van + 10} van ${N}.` }).waitFor();
      const deel = verkenningen.slice(van, van + 10);
      assert.deepEqual(await k5.locator('table').nth(1).locator('thead th').allTextContents(), ['Uitspraak',
        ...deel.map((v, i) => `${v.naam}${v.perspectief ? ` (${perspectief.get(v.perspectief)})` : ''} – bestand ${bestanden[van + i].name}`)]);
      assert.deepEqual(await k5.locator('table').nth(1).locator('tbody tr').evaluateAll((rs) => rs.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent))),
        kenmerk5.vragen.map((q) => deel.map((v) => label.get(v.antwoorden[q.id]?.antwoord) ?? 'Niet ingevuld')));
    };
    await pagina(0);
    assert.equal(await k5.locator('[data-vit="vorige"]').isDisabled(), true);
    await k5.locator('[data-vit="volgende"]').focus();
    await page.keyboard.press('Enter');
    await pagina(10);
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('data-vit')), 'volgende', 'focus stays on the button');
    assert.deepEqual(await axe(page), []);
  });
});
