// The report page (vit/rapport.html): the chosen verkenningen (kiezen.js) as one document for
// the gemeenteraad, with the same numbers as CSV and JSON (model-rapport.js).
(function (root) {
  'use strict';
  var WV = root.WegwijzerVit;
  var ui = WV.ui;
  var el = ui.el;
  var R = WV.rapport;

  function tabel(titel, kop, rijen) {
    return el('div', { class: 'vit-tabel-rol', tabindex: '0', role: 'group', 'aria-label': titel },
      el('table', { class: 'vit-tabel' }, el('caption', { text: titel }),
        el('thead', {}, el('tr', {}, kop.map(function (k) { return el('th', { scope: 'col', text: k }); }))),
        el('tbody', {}, rijen.map(function (r) {
          return el('tr', {}, el('th', { scope: 'row' }, r[0]), r.slice(1).map(function (c) { return el('td', { text: c }); }));
        }))));
  }

  function uitspraak(id, tekst, lokaal) {
    return [el('span', { class: 'vit-nummer', text: id }), ' ', tekst, lokaal ? ' (lokale uitspraak)' : ''];
  }

  function start(ctx) {
    var ix = ctx.ix;
    var keuze = null;
    var rap = null;
    var melding = ui.deel('rapport-melding');
    var perV = ui.deel('kolom-verkenning');
    var perP = ui.deel('kolom-perspectief');
    var gekozen = WV.kiezen.start(ctx, teken);
    var schaal = ix.data.keuzes.filter(function (k) { return k.score >= 0; });
    var w = ui.deel('waarschuwing');
    w.hidden = !(w.textContent = ctx.store.waarschuwing());

    function teken() {
      var lijst = gekozen();
      var doc = ui.deel('rapport');
      var kop = ui.deel('rapport-gemeente');
      doc.hidden = kop.hidden = !lijst.length;
      if (!lijst.length) { ui.meld(melding, 'Kies minstens één verkenning voor het rapport.'); rap = null; return; }
      var perPerspectief = keuze === null ? lijst.length > 6 : keuze;
      perP.checked = perPerspectief;
      perV.checked = !perPerspectief;
      rap = R.rapport(ix, lijst, perPerspectief);
      var kol = rap.kolommen.map(function (c) { return c.label; });
      var leeg = perPerspectief ? 'geen score' : 'Niet ingevuld';
      var gem = rap.gemeente;
      kop.textContent = gem;
      root.document.title = 'Rapport VIT' + (gem ? ' ' + gem : '') + ' ' + ui.datum();
      ui.vervang(ui.deel('rapport-over'), [['Gemeente', gem || 'niet ingevuld'], ['Datum', ui.datum()],
        ['Gemaakt uit', rap.bronnen.join(', ')], ['Aantal verkenningen', String(lijst.length)],
        ['Versie van het VIT', ix.data.site.versie || '']]
        .map(function (r) { return el('div', {}, el('dt', { text: r[0] }), el('dd', { text: r[1] })); }));
      ui.vervang(ui.deel('rapport-deelnemers'), tabel('Verkenningen in dit rapport', ['Verkenning', 'Perspectief', 'Gemeente', 'Gemaakt uit', 'Ingevuld'],
        lijst.map(function (g) {
          var a = g.v.antwoorden || {};
          return [g.v.naam, ui.label(ix, 'perspectief', g.v.perspectief) || 'geen', g.v.gemeente || '', g.bestand || 'deze browser',
            Object.keys(a).filter(function (id) { return a[id] && a[id].antwoord; }).length + ' uitspraken'];
        })));
      ui.deel('rapport-schaal').textContent = schaal.map(function (k) { return k.label + ' = ' + k.score; }).join(', ') + '.';
      function uitkomst(naam, x) {
        return [naam].concat(x.per.map(function (p) { return R.cijfer(p, 'geen score'); }), [R.cijfer(x.samen, 'geen score'), R.cijfer(x.verschil, '–')]);
      }
      var koppen = kol.concat(['Samen', 'Verschil']);
      ui.vervang(ui.deel('rapport-waarden'), tabel('Gemiddelde score per waarde', ['Waarde'].concat(koppen),
        rap.delen.map(function (d) { return uitkomst(d.label, d); })));
      var kenmerken = [];
      rap.delen.forEach(function (d) { kenmerken = kenmerken.concat(d.kenmerken); });
      ui.vervang(ui.deel('rapport-kenmerken'), tabel('Gemiddelde score per basiskenmerk', ['Basiskenmerk'].concat(koppen),
        kenmerken.map(function (k) { return uitkomst(R.kenmerkNaam(k.kenmerk), k); })));
      function antwoorden(r) {
        return [uitspraak(r.id, r.vraag.tekst, r.vraag.lokaal)].concat(rap.kolommen.map(function (c, i) { return R.cel(r, i) || leeg; }),
          [R.cijfer(r.verschil, '–')]);
      }
      var top = rap.verschillen.slice(0, 10);
      var hoog = schaal[schaal.length - 1];
      ui.deel('maat-verkenning').hidden = perPerspectief;
      ui.deel('maat-perspectief').hidden = !perPerspectief;
      ui.deel('rapport-maat').textContent = 'Een verschil van ' + hoog.score + ' betekent: de een zegt ' + hoog.label + ', de ander ' + schaal[0].label + '.';
      ui.deel('geen-verschil').hidden = top.length;
      ui.vervang(ui.deel('rapport-verschillen'), top.length ? tabel('De ' + top.length + ' uitspraken met het grootste verschil',
        ['Uitspraak'].concat(kol, ['Verschil']), top.map(antwoorden)) : null);
      var p = rap.plan;
      ui.deel('geen-plan').hidden = p.length;
      ui.vervang(ui.deel('rapport-plan'), p.length ? tabel('Ontwikkelplan: ' + p.length + (p.length === 1 ? ' punt' : ' punten'),
        ['Uitspraak', 'Nu', 'Wat gaan we doen', 'Wie', 'Wanneer', 'Uit verkenning'], p.map(function (x) {
          return [uitspraak(x.id, x.tekst), x.nu || 'Niet ingevuld', x.wat, x.wie, x.wanneer,
            x.verkenning + (x.perspectief ? ' (' + x.perspectief.toLowerCase() + ')' : '')];
        })) : null);
      ui.vervang(ui.deel('rapport-antwoorden'), rap.delen.map(function (d) {
        return [el('h3', { text: d.label }), d.kenmerken.map(function (k) {
          return tabel(R.kenmerkNaam(k.kenmerk), ['Uitspraak'].concat(kol, ['Verschil']), k.vragen.map(antwoorden));
        })];
      }));
      ui.meld(melding, 'Het rapport gaat over ' + lijst.length + (lijst.length === 1 ? ' verkenning.' : ' verkenningen.'));
    }

    function bewaar(soort) {
      if (!rap) { ui.meld(melding, 'Kies eerst minstens één verkenning.'); return; }
      var naam = 'vit-rapport-' + ui.slug(ix.data.site.short_name) + '-' + new Date().toISOString().slice(0, 10);
      if (soort === 'json') {
        ui.download(naam + '.json', R.json(ix, rap, new Date().toISOString()), 'application/json');
      } else {
        ui.download(naam + '-' + soort + '.csv', soort === 'antwoorden' ? R.csvAntwoorden(ix, rap) : R.csvPlan(ix, rap), 'text/csv;charset=utf-8');
      }
      ui.meld(melding, 'Het bestand is gemaakt. U vindt het bij uw downloads.');
    }

    [perV, perP].forEach(function (r) { r.addEventListener('change', function () { keuze = perP.checked; teken(); }); });
    ui.deel('afdrukken').addEventListener('click', function () { root.print(); });
    [['csv-antwoorden', 'antwoorden'], ['csv-plan', 'ontwikkelplan'], ['rapport-json', 'json']].forEach(function (k) {
      ui.deel(k[0]).addEventListener('click', function () { bewaar(k[1]); });
    });
    teken();
  }

  WV.rapport.start = start;
})(this);
