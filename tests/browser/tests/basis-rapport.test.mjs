// The update report of `wegwijzer basis` (issue #17, a gemeente copy that knows its base): a gemeente
// copy of the real content records basis.lock, VNG changes the text under an aanvulling and rewords
// a statement the gemeente hides; the report is valid HTML with the project's rules, axe-clean,
// opened from file:// with no request at all, and a screen reader hears "toegevoegd"/"verwijderd".
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HtmlValidate } from 'html-validate';
import { axe, launch, repoRoot } from '../lib/browser.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const config = JSON.parse(fs.readFileSync(path.join(here, '../config/htmlvalidate.json'), 'utf8'));
const binary = process.env.WEGWIJZER_BINARY || path.join(repoRoot, 'build/wegwijzer');
let dir;
let report;

function vervang(file, van, naar) {
  const tekst = fs.readFileSync(file, 'utf8');
  assert.ok(tekst.includes(van), `${van} in ${file}`);
  fs.writeFileSync(file, tekst.replace(van, naar));
}

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ww-basis-'));
  const vng = path.join(dir, 'vng');
  fs.cpSync(path.join(repoRoot, 'content'), vng, { recursive: true });
  const g = path.join(dir, 'gemeente');
  fs.mkdirSync(path.join(g, 'lokaal/basiskenmerken'), { recursive: true });
  fs.writeFileSync(path.join(g, 'site-config.toml'),
    'title = "Proefstad"\nkader_editie = "2024.03"\ncontent_dir = "../vng"\ntoegestane_mappen = ["../vng"]\n' +
    'overlays = ["lokaal"]\nverberg_vragen = ["2.2"]\n\n[gemeente]\nnaam = "Gemeente Proefstad"\n');
  fs.writeFileSync(path.join(g, 'lokaal/basiskenmerken/02-laagdrempelig.aanvulling.md'),
    'In Proefstad is er in elke wijk een plek waar u terecht kunt.\n');
  execFileSync(binary, ['basis', '--vastleggen'], { cwd: g });
  vervang(path.join(vng, 'basiskenmerken/02-laagdrempelig.md'), 'Ze gebruiken eenvoudige taal.',
    'Ze gebruiken eenvoudige taal <script>alert(1)</script>. Sinds 2025 telt ook digitaal.');
  vervang(path.join(vng, 'vit/02-laagdrempelig.md'), '"Onze locaties zijn goed toegankelijk',
    '"Al onze locaties zijn goed toegankelijk');
  report = path.join(dir, 'rapport.html');
  const run = spawnSync(binary, ['basis', '--rapport', report], { cwd: g, encoding: 'utf8' });
  assert.equal(run.status, 3, run.stdout + run.stderr);  // review needed
});

after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('basis rapport: valid HTML, the content escaped', async () => {
  const html = fs.readFileSync(report, 'utf8');
  const result = await new HtmlValidate(config).validateString(html, 'rapport.html');
  const errors = result.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column}: ${m.ruleId}: ${m.message}`));
  assert.deepEqual(errors, []);
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
});

test('basis rapport: from file:// without requests, axe-clean, changes announced', async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const requests = [];
    page.on('request', (r) => { if (r.url() !== pathToFileURL(report).href) requests.push(r.url()); });
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(pathToFileURL(report).href);
    assert.equal(await page.locator('h1').textContent(), 'Update-rapport: Gemeente Proefstad');
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(requests, []);
    assert.deepEqual(errors, []);
    // What a screen reader gets: the hidden words around the inserted and deleted text.
    const ins = await page.locator('section ins').evaluateAll((es) => es.map((e) => e.textContent));
    assert.ok(ins.some((t) => /^\[toegevoegd: .*Sinds 2025.*\]$/s.test(t)), ins.join(' | '));
    assert.ok(ins.every((t) => t.startsWith('[toegevoegd: ') && t.endsWith(']')));
    const del = await page.locator('section del').evaluateAll((es) => es.map((e) => e.textContent));
    assert.ok(del.some((t) => t === '[verwijderd: Onze]'), del.join(' | '));
    const hidden = await page.locator('section ins .vh').first().boundingBox();
    assert.ok(hidden.width <= 1 && hidden.height <= 1, 'visually hidden');
    assert.equal(await page.locator('h3', { hasText: 'Verborgen uitspraak van het VIT' }).count(), 1);
  } finally {
    await browser.close();
  }
});
