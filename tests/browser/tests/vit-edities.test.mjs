// Answers given to an earlier text of a VIT statement (issue #17), in Node: each answer keeps the
// text it was given to (antwoord_op); another text is flagged, old answers without it are not, and
// an export made against an earlier edition is flagged on import. No answer is dropped.
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
    { id: '5.1', tekst: 'Blijft.' },
    { id: '5.5', tekst: nieuw, eerder: { tekst: 'Oude tekst.', versie: '2024.03' } },
  ] }],
  vervallen: [],
};
const ix = model.index(data);

test('an answer given to another text is flagged with that text; current and old answers are not', () => {
  assert.equal(model.veranderd(ix, '5.5', { antwoord: 'helemaal', antwoord_op: 'Oude tekst.' }), 'Oude tekst.');
  assert.equal(model.veranderd(ix, '5.5', { antwoord: 'helemaal', antwoord_op: nieuw }), '');
  assert.equal(model.veranderd(ix, '5.5', { antwoord: 'helemaal' }), '', 'saved before editions: not flagged');
  assert.equal(model.veranderd(ix, '5.5', { toelichting: 'x', antwoord_op: 'Oude tekst.' }), '', 'no answer chosen');
  assert.equal(model.veranderd(ix, '9.9', { antwoord: 'helemaal', antwoord_op: 'Oude tekst.' }), '', 'not a question now');
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
  assert.equal(model.veranderd(ix, '5.5', a['5.5']), 'Oude tekst.');
  assert.equal(model.veranderd(ix, '5.1', a['5.1']), '');
});
