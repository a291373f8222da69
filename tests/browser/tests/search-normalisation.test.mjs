// The browser's normaliser (themes/standaard/static/js/zoeken-kern.js) with the rules the C++
// build writes into zoekindex.js must give the same search terms as the C++ normaliser for every
// case of tests/search/normalisation-cases.tsv (checked on the C++ side by tests/search/normalize_test.cpp).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { repoRoot, siteDir } from '../lib/browser.mjs';

function load() {
  const context = vm.createContext({});
  context.window = context;
  vm.runInContext(fs.readFileSync(path.join(siteDir(), 'zoekindex.js'), 'utf8'), context);
  vm.runInContext(fs.readFileSync(path.join(siteDir(), 'js/zoeken-kern.js'), 'utf8'), context);
  return context;
}

function cases() {
  const file = path.join(repoRoot, 'tests/search/normalisation-cases.tsv');
  return fs.readFileSync(file, 'utf8').split('\n').map((line, i) => ({ line, n: i + 1 }))
    .filter((c) => c.line && !c.line.startsWith('#'))
    .map((c) => { const [kind, input, expected] = c.line.split('\t'); return { n: c.n, kind, input, expected }; });
}

test('the JavaScript normaliser gives the same terms as the C++ one for every shared case', () => {
  const ctx = load();
  const norm = ctx.WegwijzerZoeken.maakNormaliseerder(ctx.WEGWIJZER_ZOEKINDEX.regels);
  const joined = (text) => { const t = norm.termen(text); return t.length ? t.join(' ') : '-'; };
  const all = cases();
  assert.ok(all.length >= 50);
  for (const c of all) {
    const where = `normalisation-cases.tsv:${c.n}: ${c.kind} '${c.input}'`;
    if (c.kind === 'termen') assert.equal(joined(c.input), c.expected, where);
    else if (c.kind === 'gelijk') assert.equal(joined(c.input), joined(c.expected), where);
    else if (c.kind === 'anders') assert.notEqual(joined(c.input), joined(c.expected), where);
    else assert.fail(`${where}: unknown kind`);
  }
});

test('every term the JavaScript normaliser makes from the site\'s text is in the C++-built index', () => {
  // The TSV holds chosen cases; this runs the JS normaliser over all text of the built site
  // (zoektekst/*.js), so a word where JS and C++ disagree gives a term the index does not have.
  const ctx = load();
  const idx = ctx.WEGWIJZER_ZOEKINDEX;
  const zoeker = ctx.WegwijzerZoeken.maakZoeker(idx);
  const terms = new Set();
  let prev = '';
  for (const t of idx.termen.split(' ')) {
    prev = prev.slice(0, '0123456789abcdefghijklmnopqrstuv'.indexOf(t[0])) + t.slice(1);
    terms.add(prev);
  }
  assert.equal(terms.size, zoeker.aantalTermen);
  const teksten = {};
  ctx.WEGWIJZER_ZOEKTEKST = (pagina, lijst) => { teksten[pagina] = lijst; };
  const dir = path.join(siteDir(), 'zoektekst');
  for (const f of fs.readdirSync(dir)) vm.runInContext(fs.readFileSync(path.join(dir, f), 'utf8'), ctx);
  const missing = new Set();
  let count = 0;
  for (const lijst of Object.values(teksten))
    for (const tekst of lijst)
      for (const t of zoeker.normaliseerder.termen(tekst)) { count++; if (!terms.has(t)) missing.add(t); }
  assert.ok(count > 20000, `only ${count} words`);
  assert.deepEqual([...missing].slice(0, 20), []);
});
