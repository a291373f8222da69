// Editions (issue #17) in the browser: a site built against a made-up previous edition (the real
// content with basiskenmerk 5 changed and VIT statement 5.5 reworded as a marked wording fix),
// with a base_url under a sub-path and a release zip, as a gemeente would publish it.
// The change view shows the text as readers read it (no Markdown), keeps lists and headings, is
// axe-clean in light and dark mode, announces additions and removals (hidden text in the
// accessibility tree), stays readable in forced colours, passes html-validate and works from
// file://, from the unpacked zip and under the sub-path; an answer given to the earlier text of 5.5
// is flagged on the question and in the results, and can be confirmed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HtmlValidate } from 'html-validate';
import { axe, launch, repoRoot, serve, watch } from '../lib/browser.mjs';
import { metPagina, sleutel } from '../lib/vit.mjs';

const VIEW = 'wijzigingen/basiskenmerken-05-brede-blik.html';

const binary = process.env.WEGWIJZER_BINARY || path.join(repoRoot, 'build/wegwijzer');
const OUD = 'De inwoner heeft een eigen casusregisseur.';
let dir;
let site;
let server;
let browser;

function vervang(file, van, naar) {
  const tekst = fs.readFileSync(file, 'utf8');
  assert.ok(tekst.includes(van), `${van} in ${file}`);
  fs.writeFileSync(file, tekst.replace(van, naar));
}

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ww-edities-'));
  fs.cpSync(path.join(repoRoot, 'content'), path.join(dir, 'content'), { recursive: true });
  fs.cpSync(path.join(repoRoot, 'content'), path.join(dir, 'vorige'), { recursive: true });
  fs.symlinkSync(path.join(repoRoot, 'themes'), path.join(dir, 'themes'));
  const q55 = 'id = "5.5"\ntekst = "De inwoner heeft één vast aanspreekpunt dat hem steunt bij zijn eigen regie."';
  vervang(path.join(dir, 'vorige/vit/05-brede-blik.md'), q55, `id = "5.5"\ntekst = "${OUD}"`);
  vervang(path.join(dir, 'content/vit/05-brede-blik.md'), q55, `${q55}\ntekstcorrectie = "2023.01"`);
  const b5 = path.join(dir, 'vorige/basiskenmerken/05-brede-blik.md');
  vervang(b5, '\n+++\n', '\n+++\nDeze zin stond alleen in de vorige versie.\n\n');
  // A list item that is gone; in the item with a link, a bold word that is gone and a word that is new.
  vervang(b5, '- Tegelijkertijd kan het', '- Een punt dat weg is.\n- Tegelijkertijd kan het');
  vervang(b5, 'Hierbij wordt samen opgetrokken', 'Hierbij wordt **altijd** samen opgetrokken');
  vervang(b5, 'Ze hebben specialistische expertise', 'Ze hebben expertise');
  fs.writeFileSync(path.join(dir, 'site-config.toml'), 'base_url = "https://voorbeeld.nl/kader/"\n' +
    fs.readFileSync(path.join(repoRoot, 'site-config.toml'), 'utf8') + '\n[edities]\nvorige = "vorige"\nnaam = "2023.01"\n');
  site = path.join(dir, 'public');
  execFileSync(binary, ['build', '--config', path.join(dir, 'site-config.toml'), '--out', site, '--zip', path.join(dir, 'zip/'), '--quiet']);
  server = await serve(site, '/kader/');
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('the change view works from file://, is axe-clean and announces additions and removals', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(pathToFileURL(path.join(site, 'basiskenmerken/05-brede-blik.html')).href);
    await page.getByRole('link', { name: 'Wat is er veranderd sinds 2023.01?' }).click();
    assert.match(page.url(), /wijzigingen\/basiskenmerken-05-brede-blik\.html$/);
    const del = page.locator('.wijziging-tekst del').first();
    assert.match(await del.textContent(), /^\[verwijderd: Deze zin stond alleen in de vorige versie/);
    assert.deepEqual(await axe(page), []);
    await page.getByRole('link', { name: 'Wat is er veranderd', exact: true }).first().click();
    assert.match(page.url(), /wijzigingen\.html$/);
    assert.match(await page.locator('.wijzigingen-overzicht').textContent(), /Uitspraken van het VIT met een andere tekst/);
    assert.deepEqual(await axe(page), []);
  } finally {
    await context.close();
  }
});

test('the change view shows the text as readers read it, in the structure of the page, under a sub-path', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const problems = watch(page, server.url);
    await page.goto(server.url + VIEW);
    const tekst = page.locator('.wijziging-tekst');
    const woorden = await tekst.innerText();
    for (const opmaak of ['**', '](', '[@', '[^', '+++']) assert.ok(!woorden.includes(opmaak), `${opmaak} in de wijzigingen`);
    assert.equal(await tekst.locator('h3').first().innerText(), 'Brede blik, brede analyse');
    // The removed item stays in its list; the changed item has its words marked, the link text stays.
    assert.match(await tekst.locator('ul > li.blok-verwijderd del').textContent(), /Een punt dat weg is\./);
    const item = tekst.locator('ul > li', { hasText: 'Hierbij wordt' });
    assert.equal(await item.locator('del').textContent(), '[verwijderd: altijd]');
    assert.equal(await item.locator('ins').textContent(), '[toegevoegd: specialistische]');
    assert.match(await item.textContent(), /Hierbij wordt \[verwijderd: altijd\] samen opgetrokken om elkaars inzet te verrijken\. \(Zie ook uitgangspunt 6\.\)/);
    // Announced: the hidden words are in the accessibility tree, with the text they mark.
    const boom = await item.ariaSnapshot();
    assert.match(boom, /insertion: "\[toegevoegd: specialistische ?\]"/);
    assert.match(boom, /deletion: "\[verwijderd: altijd ?\]"/);
    // A reader can jump to the first change.
    await page.getByRole('link', { name: 'Ga naar de eerste verandering' }).click();
    assert.match(page.url(), /#verandering-1$/);
    assert.ok(await page.locator('#verandering-1').isVisible() || await page.locator('#verandering-1 + del').isVisible());
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      assert.deepEqual(await axe(page), [], colorScheme);
    }
    // Forced colours: not by colour alone. Insertions are underlined, deletions struck through, a
    // whole new or removed block has a bar (dotted for removed).
    await page.emulateMedia({ forcedColors: 'active' });
    const vorm = await page.evaluate(() => {
      const s = (q) => getComputedStyle(document.querySelector(q));
      return {
        ins: s('.wijziging-tekst ins').textDecorationLine, del: s('.wijziging-tekst del').textDecorationLine,
        balk: s('.wijziging-tekst li.blok-verwijderd').borderInlineStartStyle,
        breedte: parseFloat(s('.wijziging-tekst li.blok-verwijderd').borderInlineStartWidth),
      };
    });
    assert.deepEqual(vorm, { ...vorm, ins: 'underline', del: 'line-through', balk: 'dotted' });
    assert.ok(vorm.breedte >= 2, `balk ${vorm.breedte}px`);
    // From the page itself, under the sub-path, and back.
    await page.goto(server.url + 'basiskenmerken/05-brede-blik.html');
    await page.getByRole('link', { name: 'Wat is er veranderd sinds 2023.01?' }).click();
    assert.equal(page.url(), server.url + VIEW);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the change view works from the unpacked release zip', async () => {
  const zips = fs.readdirSync(path.join(dir, 'zip')).filter((f) => f.endsWith('.zip'));
  assert.equal(zips.length, 1);
  const uit = path.join(dir, 'uitgepakt');
  execFileSync('unzip', ['-q', path.join(dir, 'zip', zips[0]), '-d', uit]);
  const top = path.join(uit, fs.readdirSync(uit)[0]);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const problems = watch(page, 'file://');
    await page.goto(pathToFileURL(path.join(top, 'wijzigingen.html')).href);
    await page.locator('.wijzigingen-overzicht a', { hasText: 'bekijk wat er is veranderd' }).first().click();
    assert.match(page.url(), /wijzigingen\/basiskenmerken-05-brede-blik\.html$/);
    assert.match(await page.locator('.wijziging-tekst').textContent(), /\[verwijderd: altijd\]/);
    await page.locator('.wijziging a', { hasText: 'Brede blik, brede analyse' }).first().click();
    assert.match(page.url(), /basiskenmerken\/05-brede-blik\.html$/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('html-validate: 0 errors on the change views and wijzigingen.html, no heading level skipped', async () => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const hv = new HtmlValidate(JSON.parse(fs.readFileSync(path.join(here, '../config/htmlvalidate.json'), 'utf8')));
  const pages = ['wijzigingen.html', ...fs.readdirSync(path.join(site, 'wijzigingen')).map((f) => `wijzigingen/${f}`)];
  assert.ok(pages.length >= 2, pages.join(' '));
  const fouten = [];
  for (const p of pages) {
    const html = fs.readFileSync(path.join(site, p), 'utf8');
    const report = await hv.validateString(html, p);
    for (const r of report.results) for (const m of r.messages) fouten.push(`${p}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`);
    const niveaus = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    for (let i = 1; i < niveaus.length; i++)
      if (niveaus[i] > niveaus[i - 1] + 1) { fouten.push(`${p}: h${niveaus[i]} na h${niveaus[i - 1]}`); break; }
  }
  assert.deepEqual(fouten, []);
});

test('an answer given to the earlier text of a statement is flagged on the question and in the results', async () => {
  await metPagina(browser, server, async (page, base) => {
    await page.goto(base + 'vit/05-brede-blik.html');
    const key = await sleutel(page);
    await page.evaluate(([key, OUD]) => localStorage.setItem(key, JSON.stringify({ schema: 1, actief: 'v1', volgorde: ['v1'],
      verkenningen: { v1: { id: 'v1', naam: 'Team', gemaakt: '2024-05-01T10:00:00.000Z', gewijzigd: '2024-05-01T10:00:00.000Z',
        antwoorden: { '5.5': { antwoord: 'helemaal', antwoord_op: OUD }, '5.1': { antwoord: 'helemaal' } } } } })), [key, OUD]);
    await page.reload();
    const vlag = page.locator('#vraag-5-5 [data-vit="veranderd"]');
    await vlag.waitFor();
    assert.match(await vlag.textContent(), /De uitspraak is veranderd sinds u antwoordde/);
    assert.match(await vlag.textContent(), /U antwoordde op \(versie 2023\.01\): .De inwoner heeft een eigen casusregisseur\./);
    assert.equal(await page.locator('#vraag-5-1 [data-vit="veranderd"]').count(), 0, 'an answer saved before editions is not flagged');
    assert.equal(await page.locator('#v-5-5-helemaal').isChecked(), true, 'the answer is kept');
    assert.deepEqual(await axe(page), []);

    await page.goto(base + 'vit/resultaten.html');
    await page.locator('[data-vit="veranderd"]').first().waitFor();
    assert.match(await page.locator('[data-vit="veranderd"]').first().textContent(), /De uitspraak is veranderd sinds u antwoordde/);

    await page.goto(base + 'vit/05-brede-blik.html');
    await page.locator('#vraag-5-5 [data-vit="bevestig"]').click();
    assert.equal(await page.locator('#vraag-5-5 [data-vit="veranderd"]').count(), 0);
    const opgeslagen = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), key);
    assert.match(opgeslagen.verkenningen.v1.antwoorden['5.5'].antwoord_op, /één vast aanspreekpunt/);
    assert.equal(opgeslagen.verkenningen.v1.antwoorden['5.5'].antwoord, 'helemaal');
  });
});
