// The VIT's data rules (themes/standaard/static/js/vit/model*.js) run in Node: export, import
// checks, progress, comparing. No browser needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { repoRoot } from '../lib/browser.mjs';
import { GERESERVEERD, WAT, metNaam } from '../lib/vit.mjs';

const require = createRequire(import.meta.url);
const js = `${repoRoot}/themes/standaard/static/js/vit`;
const model = {
  ...require(`${js}/model.js`),
  ...require(`${js}/model-bestand.js`),
  ...require(`${js}/model-export.js`),
  ...require(`${js}/model-vergelijk.js`),
};

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
    { nummer: 1, title: 'Eenvoudig', waarde: 'dichtbij', url: 'vit/01.html', vragen: [{ id: '1.1', tekst: 'Een' }, { id: '1.2', tekst: 'Twee' }] },
    { nummer: 5, title: 'Brede blik', waarde: 'integraal', url: 'vit/05.html', vragen: [{ id: '5.1', tekst: 'Breed; "echt"' }, { id: 'KW-1', tekst: 'Lokaal', lokaal: true }] },
  ],
  vervallen: [{ id: '5.2', tekst: 'Oud' }],
};
const ix = model.index(data);

const v1 = {
  id: 'a', naam: 'Team Noord', gemeente: 'Test', perspectief: 'inwoners', gemaakt: '2024-01-01T00:00:00.000Z', gewijzigd: '2024-01-02T00:00:00.000Z',
  antwoorden: {
    '1.1': { antwoord: 'helemaal', toelichting: '=SOM(A1)' },
    '5.1': { antwoord: 'nog-niet', oppakken: true, wat: 'Training; "brede blik"', wie: 'Team', wanneer: 'Q3' },
    '5.2': { antwoord: 'een-beetje' },
    '9.9': { antwoord: 'grotendeels', tekst: 'Weggehaald' },
  },
};

test('progress per kenmerk: nog niet begonnen, bezig, klaar', () => {
  assert.deepEqual(model.voortgang(data.kenmerken[0], {}), { beantwoord: 0, totaal: 2, status: 'nog-niet' });
  assert.equal(model.voortgang(data.kenmerken[0], v1.antwoorden).status, 'bezig');
  assert.equal(model.voortgang(data.kenmerken[0], { '1.1': { antwoord: 'weet-niet' }, '1.2': { antwoord: 'nog-niet' } }).status, 'klaar');
  assert.equal(model.voortgang(data.kenmerken[0], { '1.1': { toelichting: 'alleen tekst' } }).beantwoord, 0);
});

test('distribution counts each answer and the unanswered', () => {
  const d = model.verdeling(data.kenmerken[1].vragen, v1.antwoorden, data.keuzes);
  assert.equal(d['nog-niet'], 1);
  assert.equal(d.open, 1);
  assert.equal(d.totaal, 2);
  // A stored answer value that is no choice counts as open, also when it is a name of a total.
  for (const vreemd of ['totaal', 'open', 'constructor']) {
    const e = model.verdeling(data.kenmerken[0].vragen, { '1.1': { antwoord: vreemd }, '1.2': { antwoord: 'helemaal' } }, data.keuzes);
    assert.deepEqual([e.open, e.helemaal, e.totaal], [1, 1, 2], vreemd);
  }
});

test('export JSON keeps everything, marks removed questions, and reads back identically', () => {
  const out = model.exportJson(ix, [v1], new Date('2024-05-01T10:00:00Z'));
  assert.equal(out.formaat, 'wegwijzer-vit');
  assert.equal(out.schema, 1);
  assert.equal(out.site.versie, '2024.1');
  assert.equal(out.gemaakt, '2024-05-01T10:00:00.000Z');
  const a = out.verkenningen[0].antwoorden;
  assert.equal(a['5.1'].tekst, 'Breed; "echt"');
  assert.equal(a['5.2'].tekst, 'Oud');
  assert.equal(a['5.2'].niet_meer_in_vit, true);
  assert.equal(a['9.9'].niet_meer_in_vit, true);
  assert.equal(a['1.1'].niet_meer_in_vit, undefined);
  const r = model.leesImport(ix, JSON.stringify(out));
  assert.equal(r.ok, true, r.fout);
  const terug = r.verkenningen[0];
  for (const id of ['1.1', '5.1']) {
    const { tekst, ...zonder } = a[id];
    assert.deepEqual(terug.antwoorden[id], zonder);
  }
  assert.deepEqual(terug.antwoorden['9.9'], { antwoord: 'grotendeels', tekst: 'Weggehaald' });
  assert.deepEqual(terug.antwoorden['5.2'], { antwoord: 'een-beetje' });
  assert.equal(terug.naam, 'Team Noord');
  assert.deepEqual(model.verweesd(ix, terug.antwoorden), ['5.2', '9.9']);
});

test('import refuses bad JSON, another format, a newer schema, unknown ids and wrong types', () => {
  const goed = () => model.exportJson(ix, [v1]);
  const fout = (x) => model.leesImport(ix, typeof x === 'string' ? x : JSON.stringify(x));
  assert.match(fout('{kapot').fout, /geen geldig JSON/);
  assert.match(fout({ formaat: 'iets', verkenningen: [] }).fout, /komt niet uit het VIT/);
  assert.match(fout({ ...goed(), schema: 2 }).fout, /versie 2/);
  assert.match(fout({ ...goed(), schema: '1' }).fout, /versie/);
  assert.match(fout({ ...goed(), verkenningen: [] }).fout, /geen verkenningen/);
  const metVraag = (id, antwoord) => { const g = goed(); g.verkenningen[0].antwoorden[id] = antwoord; return g; };
  assert.match(fout(metVraag('7.7', { antwoord: 'helemaal' })).fout, /"7\.7" bestaat niet/);
  assert.match(fout(metVraag('rommel', { antwoord: 'helemaal', niet_meer_in_vit: true })).fout, /"rommel" bestaat niet/);
  assert.match(fout(metVraag('1.2', { antwoord: 'supergoed' })).fout, /onbekend antwoord "supergoed"/);
  assert.match(fout(metVraag('1.2', { antwoord: 'helemaal', oppakken: 'ja' })).fout, /waar of onwaar/);
  assert.match(fout(metVraag('1.2', { toelichting: 5 })).fout, /moet tekst zijn/);
  assert.match(fout(metVraag('1.2', 'helemaal')).fout, /onleesbaar/);
  const g = goed(); delete g.verkenningen[0].naam;
  assert.match(fout(g).fout, /geen naam/);
  const p = goed(); p.verkenningen[0].perspectief = 'koning';
  assert.match(fout(p).fout, /onbekend perspectief/);
  // A byte order mark (a file saved by an editor) is fine.
  assert.equal(model.leesImport(ix, '\ufeff' + JSON.stringify(goed())).ok, true);
});

test('CSV for Excel: BOM, semicolons, quoted fields, no formulas, retired questions at the end', () => {
  const csv = model.exportCsv(ix, v1);
  assert.ok(csv.startsWith('\ufeffVerkenning;Gemeente;Perspectief;Basiskenmerk;Id;Uitspraak;Antwoord;'));
  const regels = csv.trimEnd().split('\r\n');
  assert.equal(regels.length, 1 + 4 + 2);
  assert.match(regels[1], /^Team Noord;Test;Inwoners;1\. Eenvoudig;1\.1;Een;Helemaal;'=SOM\(A1\);;;;$/);
  assert.match(regels[3], /;5\.1;"Breed; ""echt""";Nog niet;;ja;"Training; ""brede blik""";Team;Q3$/);
  assert.match(regels[5], /^Team Noord;Test;Inwoners;Niet meer in het VIT;5\.2;Oud;Een beetje;/);
  assert.match(regels[6], /;9\.9;Weggehaald;Grotendeels;/);
});

test('compare: spread per question, biggest differences first, averages per group', () => {
  const v2 = { id: 'b', naam: 'Raad', perspectief: 'bestuur', antwoorden: { '1.1': { antwoord: 'nog-niet' }, '5.1': { antwoord: 'een-beetje' }, '1.2': { antwoord: 'weet-niet' } } };
  const rijen = model.vergelijk(ix, [v1, v2]);
  assert.deepEqual(rijen.map((r) => r.spreiding), [3, 0, 1, 0]);
  assert.deepEqual(rijen[0].antwoorden.map((k) => k.waarde), ['helemaal', 'nog-niet']);
  assert.equal(rijen[1].antwoorden[1].waarde, 'weet-niet');
  assert.deepEqual(model.grootsteSpreiding(model.samenvatting(ix, [v1, v2]).vragen).map((r) => r.id), ['1.1', '5.1']);
  assert.equal(model.gem(model.samenvatting(ix, [v1, v2]).kenmerken[0].totaal), 1.5);
  assert.equal(model.gem(model.samenvatting(ix, []).kenmerken[0].totaal), null);
});

test('an answer with nothing in it is empty', () => {
  assert.equal(model.isLeeg({}), true);
  assert.equal(model.isLeeg({ oppakken: false, wat: '' }), true);
  assert.equal(model.isLeeg({ wie: 'x' }), false);
  assert.equal(model.isLeeg({ oppakken: true }), false);
});

// Names every JavaScript object has (GERESERVEERD): looked up on a plain object they "exist"
// (constructor, toString) or change the object itself (__proto__); as an id, perspective or
// answer value in an import file they must be refused with a message that names them.

test('import refuses names every object has as verkenning id, question id, perspective or answer value', () => {
  for (const naam of GERESERVEERD) {
    for (const waar of Object.keys(WAT)) {
      const r = model.leesImport(ix, metNaam(waar, naam));
      assert.equal(r.ok, false, `${waar} ${naam}`);
      assert.ok(r.fout.includes(`"${naam}" kan geen ${WAT[waar]} zijn. Dit woord is niet toegestaan`), `${waar} ${naam}: ${r.fout}`);
    }
    // The same names as a field of a verkenning or an answer.
    const veld = metNaam('id', 'x').replace('"naam":', `"${naam}":{"antwoord":"helemaal"},"naam":`);
    assert.match(model.leesImport(ix, veld).fout, new RegExp(`"${naam}" kan geen naam van een veld zijn`));
    const aveld = metNaam('id', 'x').replace('{"antwoord":"helemaal"}', `{"${naam}":"helemaal"}`);
    assert.match(model.leesImport(ix, aveld).fout, new RegExp(`uitspraak 1\\.1: "${naam}" kan geen naam van een veld zijn`));
  }
  // Ordinary ids that only look a little like them are fine.
  assert.equal(model.leesImport(ix, metNaam('id', 'constructor-team')).ok, true);
  // The lookup tables have no prototype: inherited names are not questions, choices or perspectives.
  for (const naam of GERESERVEERD) {
    assert.equal(model.verweesd(ix, JSON.parse(`{"${naam}": {"antwoord": "helemaal"}}`)).length, 1);
    assert.equal(ix.vragen[naam], undefined);
    assert.equal(ix.keuzes[naam], undefined);
    assert.equal(ix.perspectieven[naam], undefined);
  }
  // A stored answer under such an id is exported as it is, not turned into a prototype (and lost).
  const opgeslagen = { id: 'x', naam: 'X', antwoorden: JSON.parse('{"__proto__": {"antwoord": "helemaal"}}') };
  assert.match(JSON.stringify(model.exportJson(ix, [opgeslagen])), /"antwoorden":\{"__proto__":\{"antwoord":"helemaal","niet_meer_in_vit":true\}\}/);
  // Counting answers reads own keys only: an answers object from a file with "__proto__" counts nothing extra.
  const vreemd = JSON.parse('{"__proto__": {"antwoord": "helemaal"}, "1.1": {"antwoord": "nog-niet"}}');
  assert.deepEqual(model.voortgang(data.kenmerken[0], vreemd), { beantwoord: 1, totaal: 2, status: 'bezig' });
});

test('compare totals: counts per question, averages per kenmerk and waarde per perspective group', () => {
  const v2 = { id: 'b', naam: 'Raad', perspectief: 'bestuur', antwoorden: { '1.1': { antwoord: 'nog-niet' }, '5.1': { antwoord: 'een-beetje' }, '1.2': { antwoord: 'weet-niet' } } };
  const v3 = { id: 'c', naam: 'Los', perspectief: '', antwoorden: { '1.1': { antwoord: 'grotendeels' } } };
  const s = model.samenvatting(ix, [v1, v2, v3]);
  assert.equal(s.aantal, 3);
  assert.deepEqual(s.groepen.map((g) => [g.label, g.aantal]), [['Inwoners', 1], ['Bestuur', 1], ['Geen perspectief', 1]]);
  const r11 = s.vragen.find((r) => r.id === '1.1');
  assert.deepEqual(r11.telling, { open: 0, 'nog-niet': 1, 'een-beetje': 0, grotendeels: 1, helemaal: 1, 'weet-niet': 0 });
  assert.equal(r11.spreiding, 3);
  assert.equal(s.vragen.find((r) => r.id === '1.2').telling.open, 2);
  // Kenmerk 1: inwoners 3 (1.1); bestuur 0 (1.1; 1.2 is "weet niet"); geen 2; together 5 / 3.
  const k1 = s.kenmerken[0].totaal;
  assert.deepEqual(k1.groep.map(model.gem), [3, 0, 2]);
  assert.equal(model.gem(k1), 5 / 3);
  assert.deepEqual(s.waarden.map((w) => w.waarde.waarde), ['dichtbij']);
  assert.deepEqual(model.grootsteSpreiding(s.vragen).map((r) => r.id), ['1.1', '5.1']);
});

test('a gemeente\'s own questions: exported apart from VNG\'s, read back together, unknown ones kept (issue 22)', () => {
  const deel = { lokaal: true, deel: 'governance', title: 'Governance', url: 'vit/governance.html', vragen: [{ id: 'KW-10', tekst: 'Bestuur', lokaal: true }] };
  const ixl = model.index({ ...data, kenmerken: [...data.kenmerken, deel] });
  assert.equal(model.sleutel(deel), 'deel-governance');
  assert.equal(model.sleutel(data.kenmerken[1]), '5');
  assert.deepEqual([model.naam(deel), model.naam(deel, 'kop'), model.naam(deel, 'kort')],
    ['Eigen onderdeel: Governance', 'Eigen onderdeel: Governance', 'eigen onderdeel Governance']);
  assert.deepEqual([model.naam(data.kenmerken[1]), model.naam(data.kenmerken[1], 'kop'), model.naam(data.kenmerken[1], 'kort')],
    ['5. Brede blik', 'Basiskenmerk 5: Brede blik', 'basiskenmerk 5']);

  const v = { id: 'l', naam: 'Lokaal', antwoorden: { '1.1': { antwoord: 'helemaal' }, 'KW-1': { antwoord: 'nog-niet' }, 'KW-10': { antwoord: 'grotendeels' } } };
  const e = model.exportJson(ixl, [v], new Date(0));
  assert.deepEqual(Object.keys(e.verkenningen[0].antwoorden), ['1.1']);
  assert.deepEqual(Object.keys(e.verkenningen[0].lokale_antwoorden), ['KW-1', 'KW-10']);
  assert.equal(e.verkenningen[0].lokale_antwoorden['KW-10'].tekst, 'Bestuur');
  assert.deepEqual(e.lokale_delen, [{ deel: 'governance', title: 'Governance', vragen: ['KW-10'] }]);
  assert.match(model.exportCsv(ixl, v), /;Eigen onderdeel: Governance;KW-10;Bestuur;Grotendeels;/);

  const terug = model.leesImport(ixl, JSON.stringify(e));
  assert.equal(terug.ok, true);
  assert.deepEqual(terug.verkenningen[0].antwoorden, v.antwoorden);
  assert.equal('lokale_antwoorden' in terug.verkenningen[0], false);

  // Another gemeente's own question: kept with its text, not refused.
  const ander = { ...e, verkenningen: [{ ...e.verkenningen[0], lokale_antwoorden: { 'LW-1': { antwoord: 'helemaal', tekst: 'Huisvesting' } } }] };
  const r = model.leesImport(ixl, JSON.stringify(ander));
  assert.equal(r.ok, true);
  assert.deepEqual(r.verkenningen[0].antwoorden['LW-1'], { antwoord: 'helemaal', tekst: 'Huisvesting' });
  // A file without lokale_antwoorden (an older export, or another site) reads as before.
  const oud = { ...e, verkenningen: [{ id: 'o', naam: 'Oud', antwoorden: { '1.1': { antwoord: 'helemaal' }, 'KW-1': { antwoord: 'nog-niet' } } }] };
  assert.deepEqual(model.leesImport(ixl, JSON.stringify(oud)).verkenningen[0].antwoorden, oud.verkenningen[0].antwoorden);

  const fout = (lok, antw = {}) => model.leesImport(ixl, JSON.stringify({ ...e, verkenningen: [{ id: 'f', naam: 'F', antwoorden: antw, lokale_antwoorden: lok }] }));
  assert.match(fout({ '5.1': { antwoord: 'helemaal' } }).fout, /"5\.1" is een uitspraak van de VNG, maar staat bij de eigen uitspraken/);
  assert.match(fout({ 'KW-1': { antwoord: 'helemaal' } }, { 'KW-1': { antwoord: 'nog-niet' } }).fout, /"KW-1" staat twee keer in het bestand/);
  assert.match(fout([]).fout, /"lokale_antwoorden" moet een lijst met antwoorden zijn/);
  assert.match(fout({ 'lw 1': { antwoord: 'helemaal' } }).fout, /"lw 1" bestaat niet in dit VIT/);
  assert.match(fout({ __proto__: null, constructor: { antwoord: 'helemaal' } }).fout, /"constructor" kan geen nummer van een uitspraak zijn/);
});
