// Answers given to an earlier text of a VIT statement (issue #17), in Node: the text hash is the
// same as the C++ one (tests/editions), an answer with another hash is flagged, old answers without
// a hash are not, and an export made against an earlier edition is flagged on import.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { repoRoot } from '../lib/browser.mjs';

const require = createRequire(import.meta.url);
const js = `${repoRoot}/themes/standaard/static/js/vit`;
const model = { ...require(`${js}/model.js`), ...require(`${js}/model-bestand.js`) };

const nieuw = 'De inwoner heeft één vast aanspreekpunt.';
const data = {
  schema: 1,
  site: { short_name: 'kader', title: 'Kader', versie: '2025.01', datum: '2025-01-01', gemeente: '' },
  keuzes: [{ waarde: 'helemaal', label: 'Helemaal', score: 3 }, { waarde: 'nog-niet', label: 'Nog niet', score: 0 }],
  perspectieven: [{ waarde: 'inwoners', label: 'Inwoners' }],
  waarden: [{ waarde: 'integraal', label: 'Integraal' }],
  kenmerken: [{ nummer: 5, title: 'Brede blik', waarde: 'integraal', url: 'vit/05.html', vragen: [
    { id: '5.1', tekst: 'Blijft.', hash: model.tekstHash('Blijft.') },
    { id: '5.5', tekst: nieuw, hash: model.tekstHash(nieuw), eerder: { tekst: 'Oude tekst.', hash: model.tekstHash('Oude tekst.'), versie: '2024.03' } },
  ] }],
  vervallen: [],
};
const ix = model.index(data);

test('tekstHash is FNV-1a over UTF-8, the same value as vit_text_hash in C++', () => {
  assert.equal(model.tekstHash(nieuw), '8f65037f');
  assert.equal(model.tekstHash(''), '811c9dc5');
  assert.equal(model.tekstHash('Oude tekst.'), 'fe2639e1');
});

test('an answer given to the earlier text is flagged with that text; current and old answers are not', () => {
  const oud = { antwoord: 'helemaal', tekst_hash: model.tekstHash('Oude tekst.') };
  assert.deepEqual(model.veranderd(ix, '5.5', oud), { eerder: 'Oude tekst.', versie: '2024.03' });
  assert.equal(model.veranderd(ix, '5.5', { antwoord: 'helemaal', tekst_hash: model.tekstHash(nieuw) }), null);
  assert.equal(model.veranderd(ix, '5.5', { antwoord: 'helemaal' }), null, 'saved before text hashes: not flagged');
  // A text from an edition the site does not know: flagged, without the earlier text.
  assert.deepEqual(model.veranderd(ix, '5.5', { antwoord: 'helemaal', tekst_hash: '00000000' }), { eerder: '', versie: '' });
  assert.deepEqual(model.veranderdeIds(ix, { '5.1': { antwoord: 'helemaal', tekst_hash: model.tekstHash('Blijft.') }, '5.5': oud }), ['5.5']);
});

test('importing an export made against an earlier edition flags those answers and keeps them', () => {
  const file = JSON.stringify({
    formaat: 'wegwijzer-vit', schema: 1, site: { short_name: 'kader', versie: '2024.03' }, gemaakt: '2024-05-01T10:00:00.000Z',
    verkenningen: [{ id: 'v1', naam: 'Team', gemaakt: '2024-05-01T10:00:00.000Z', gewijzigd: '2024-05-01T10:00:00.000Z', antwoorden: {
      '5.1': { antwoord: 'helemaal', tekst: 'Blijft.' },
      '5.5': { antwoord: 'nog-niet', tekst: 'Oude tekst.', toelichting: 'bewaard' },
    } }],
  });
  const r = model.leesImport(ix, file);
  assert.equal(r.ok, true, r.fout);
  const a = r.verkenningen[0].antwoorden;
  assert.equal(a['5.5'].antwoord, 'nog-niet');
  assert.equal(a['5.5'].toelichting, 'bewaard');
  assert.deepEqual(model.veranderdeIds(ix, a), ['5.5']);
  assert.deepEqual(model.veranderd(ix, '5.5', a['5.5']), { eerder: 'Oude tekst.', versie: '2024.03' });
});
