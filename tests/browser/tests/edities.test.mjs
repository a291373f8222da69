// Editions (issue #17) in the browser: a site built against a made-up previous edition (the real
// content with basiskenmerk 5 changed and VIT statement 5.5 reworded as a marked wording fix).
// The change view is axe-clean and works from file://; an answer given to the earlier text of 5.5
// is flagged on the question and in the results, and can be confirmed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { axe, launch, repoRoot, serve } from '../lib/browser.mjs';
import { metPagina, sleutel } from '../lib/vit.mjs';

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
  vervang(path.join(dir, 'vorige/basiskenmerken/05-brede-blik.md'), '\n+++\n', '\n+++\nDeze zin stond alleen in de vorige versie.\n\n');
  fs.writeFileSync(path.join(dir, 'site-config.toml'), fs.readFileSync(path.join(repoRoot, 'site-config.toml'), 'utf8') +
    '\n[edities]\nvorige = "vorige"\nnaam = "2023.01"\n');
  site = path.join(dir, 'public');
  execFileSync(binary, ['build', '--config', path.join(dir, 'site-config.toml'), '--out', site, '--quiet']);
  server = await serve(site);
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
