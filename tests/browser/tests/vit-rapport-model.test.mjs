// The report's rules (themes/standaard/static/js/vit/model-rapport.js and model.csv) in Node:
// the difference measure and its ties, columns per perspective, the plan's order, parts outside
// the three waarden, and the CSV escaping. The page itself: vit-rapport.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { repoRoot } from '../lib/browser.mjs';

const require = createRequire(import.meta.url);
const js = `${repoRoot}/themes/standaard/static/js/vit`;
const model = require(`${js}/model.js`);
const R = require(`${js}/model-rapport.js`);

const data = {
  schema: 1,
  site: { short_name: 'kader', title: 'Kader', versie: '2024.1', datum: '2024-01-01', gemeente: '' },
  keuzes: [
    { waarde: 'nog-niet', label: 'Nog niet', score: 0 }, { waarde: 'een-beetje', label: 'Een beetje', score: 1 },
    { waarde: 'grotendeels', label: 'Grotendeels', score: 2 }, { waarde: 'helemaal', label: 'Helemaal', score: 3 },
    { waarde: 'weet-niet', label: 'Weet ik niet / niet van toepassing', score: -1 },
  ],
  perspectieven: [{ waarde: 'inwoners', label: 'Inwoners' }, { waarde: 'bestuur', label: 'Bestuur' }],
  waarden: [{ waarde: 'dichtbij', label: 'Dichtbij' }],
  kenmerken: [
    { nummer: 1, title: 'Eenvoudig', waarde: 'dichtbij', vragen: [{ id: '1.1', tekst: 'Een' }, { id: '1.2', tekst: 'Twee' }, { id: '1.3', tekst: 'Drie' }] },
    { nummer: 14, title: 'Eigen deel', waarde: '', vragen: [{ id: 'KW-1', tekst: 'Lokaal', lokaal: true }] },
  ],
  vervallen: [{ id: '1.9', tekst: 'Oud' }],
};
const ix = model.index(data);
const a = (antwoord, extra = {}) => ({ antwoord, ...extra });
const v = (id, naam, perspectief, antwoorden) => ({ v: { id, naam, perspectief, antwoorden }, bestand: `${id}.json` });

test('difference: highest minus lowest score of the columns; weet-niet and open do not count; ties by the number of scores', () => {
  const gekozen = [
    v('a', 'A', 'inwoners', { '1.1': a('helemaal'), '1.2': a('grotendeels'), '1.3': a('nog-niet'), 'KW-1': a('weet-niet') }),
    v('b', 'B', 'bestuur', { '1.1': a('nog-niet'), '1.2': a('een-beetje'), '1.3': a('een-beetje'), 'KW-1': a('helemaal') }),
    v('c', 'C', 'bestuur', { '1.2': a('weet-niet'), '1.3': a('een-beetje') }),
  ];
  const r = R.rapport(ix, gekozen, false);
  assert.deepEqual(r.vragen.map((q) => [q.id, q.verschil, q.n]), [['1.1', 3, 2], ['1.2', 1, 2], ['1.3', 1, 3], ['KW-1', null, 1]]);
  // 1.3 has three scores, 1.2 two: 1.3 first.
  assert.deepEqual(r.verschillen.map((q) => q.id), ['1.1', '1.3', '1.2']);
  // The gemeente's own part (no known waarde) comes last, under its own heading.
  assert.deepEqual(r.delen.map((d) => d.label), ['Dichtbij', 'Eigen onderdelen van de gemeente']);
  assert.deepEqual(r.delen[1].per, [null, 3, null]);
  // Per perspective: the average of the column's verkenningen. Bestuur 1.3: (1 + 1) / 2.
  const p = R.rapport(ix, gekozen, true);
  assert.deepEqual(p.kolommen.map((k) => [k.label, k.leden]), [['Inwoners (1)', [0]], ['Bestuur (2)', [1, 2]]]);
  assert.deepEqual(p.vragen.map((q) => [q.id, q.per, q.verschil]), [['1.1', [3, 0], 3], ['1.2', [2, 1], 1], ['1.3', [0, 1], 1], ['KW-1', [null, 3], null]]);
  assert.equal(R.cel(p.vragen[3], 0), '');
  assert.equal(R.cel(r.vragen[3], 0), 'Weet ik niet / niet van toepassing');
  // Per perspective the tie is decided by the scores behind the averages: three for 1.2, two for 1.1.
  const t = R.rapport(ix, [v('x', 'X', 'inwoners', { '1.1': a('een-beetje'), '1.2': a('een-beetje') }),
    v('y', 'Y', 'bestuur', { '1.1': a('nog-niet'), '1.2': a('nog-niet') }), v('z', 'Z', 'bestuur', { '1.2': a('nog-niet') })], true);
  assert.deepEqual(t.verschillen.map((q) => [q.id, q.verschil]), [['1.2', 1], ['1.1', 1]]);
});

test('plan: every "Dit pakken we op" in VIT order, then the order chosen; retired statements last; the same name twice is told apart', () => {
  const gekozen = [
    v('a', 'Team', 'inwoners', { '1.9': a('grotendeels', { oppakken: true, wat: 'oud' }), '1.2': a('', { oppakken: true, wat: 'twee' }) }),
    { ...v('b', 'Team', 'inwoners', { '1.2': a('nog-niet', { oppakken: true, wat: 'ook twee', wie: 'W', wanneer: 'nu' }), '1.1': a('helemaal') }), bestand: '' },
  ];
  const r = R.rapport(ix, gekozen, false);
  assert.deepEqual(r.plan.map((x) => [x.id, x.verkenning, x.wat, x.nu, x.kenmerk && x.kenmerk.nummer]),
    [['1.2', 'Team', 'twee', '', 1], ['1.2', 'Team', 'ook twee', 'Nog niet', 1], ['1.9', 'Team', 'oud', 'Grotendeels', null]]);
  assert.equal(r.plan[2].tekst, 'Oud');
  assert.deepEqual(r.kolommen.map((k) => k.label), ['Team (inwoners) – a.json', 'Team (inwoners) – deze browser']);
  assert.deepEqual(r.bronnen, ['bestand a.json', 'deze browser']);
  const csv = R.csvPlan(ix, r);
  assert.ok(csv.includes('\r\n1.9;Niet meer in het VIT;Oud;Grotendeels;oud;;;Team;Inwoners;a.json\r\n'));
});

test('CSV: ";" with a BOM and CRLF; quotes where needed; a text Excel would run as a formula gets a quote in front', () => {
  assert.equal(model.csv([['a;b', 'zeg "ja"', 'regel\nnieuw', '=1+1', '+31', '-5', '@SOM(A1)', '\tx', 'gewoon', '2,5', '']]),
    '\ufeff"a;b";"zeg ""ja""";"regel\nnieuw";\'=1+1;\'+31;\'-5;\'@SOM(A1);\'\tx;gewoon;2,5;\r\n');
  assert.equal(model.csv([['=HYPERLINK("http://x";"y")']]), '\ufeff"\'=HYPERLINK(""http://x"";""y"")"\r\n');
  const r = R.rapport(ix, [v('a', '=A', 'inwoners', { '1.1': a('helemaal') }), v('b', '@B', 'bestuur', { '1.1': a('een-beetje') })], false);
  const regels = R.csvAntwoorden(ix, r).replace(/^\ufeff/, '').split('\r\n');
  assert.equal(regels[0], "Waarde;Basiskenmerk;Id;Uitspraak;'=A (inwoners);'@B (bestuur);Samen;Verschil");
  assert.equal(regels[1], 'Dichtbij;1. Eenvoudig;1.1;Een;Helemaal;Een beetje;2,0;2,0');
  assert.equal(regels[4], 'Eigen onderdelen van de gemeente;14. Eigen deel;KW-1;Lokaal;;;;');
  const json = JSON.parse(R.json(ix, r, '2024-05-01T10:00:00.000Z'));
  assert.equal(json.delen[0].kenmerken[0].vragen[0].vraag.tekst, 'Een');
  assert.deepEqual(json.delen[0].kenmerken[0].vragen[0].antwoorden, ['helemaal', 'een-beetje']);
  assert.equal(json.delen[0].samen, 2);
});
