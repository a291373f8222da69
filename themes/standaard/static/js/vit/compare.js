// Comparing verkenningen: the ones in this browser and exports of others (read locally,
// never sent). Shows the average per basiskenmerk per perspective, the questions where the
// answers differ most, and all answers side by side.
(function (root) {
  'use strict';
  var WV = (root.WegwijzerVit = root.WegwijzerVit || {});
  var ui = WV.ui;
  var el = ui.el;
  var bestand = WV.bestand;
  var vergelijk = WV.vergelijk;

  function cijfer(x) {
    return x === null ? '–' : x.toFixed(1).replace('.', ',');
  }

  function perspectiefTabel(ctx, gekozen) {
    var groepen = ctx.ix.data.perspectieven.map(function (p) {
      return { label: p.label, lijst: gekozen.filter(function (g) { return g.v.perspectief === p.waarde; }) };
    });
    var zonder = gekozen.filter(function (g) { return !ctx.ix.perspectieven[g.v.perspectief]; });
    if (zonder.length) groepen.push({ label: 'Geen perspectief', lijst: zonder });
    groepen = groepen.filter(function (g) { return g.lijst.length; });
    return el('table', { class: 'vit-tabel' },
      el('caption', { text: 'Gemiddelde score per basiskenmerk en perspectief (0 = nog niet, 3 = helemaal)' }),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Basiskenmerk' }), groepen.map(function (g) {
        return el('th', { scope: 'col', text: g.label + ' (' + g.lijst.length + ')' });
      }))),
      el('tbody', {}, ctx.ix.data.kenmerken.map(function (k) {
        return el('tr', {}, el('th', { scope: 'row', text: k.nummer + '. ' + k.title }), groepen.map(function (g) {
          return el('td', { text: cijfer(vergelijk.gemiddelde(ctx.ix, k, g.lijst.map(function (x) { return x.v; }))) });
        }));
      })));
  }

  function kolomKoppen(ctx, gekozen) {
    return gekozen.map(function (g) { return el('th', { scope: 'col', text: ui.verkenningNaam(ctx.ix, g.v) + g.bron }); });
  }

  function rij(ctx, r, metSpreiding) {
    return el('tr', {}, el('th', { scope: 'row' }, el('span', { class: 'vit-nummer', text: r.id }), ' ', r.vraag.tekst),
      r.antwoorden.map(function (k) {
        return el('td', { class: k ? 'vit-cel-' + k.waarde : 'vit-cel-open', text: k ? k.label : 'Niet ingevuld' });
      }),
      metSpreiding ? el('td', { text: r.spreiding + (r.spreiding === 1 ? ' stap' : ' stappen') }) : null);
  }

  function toon(ctx, staat) {
    var s = ctx.staat();
    var gekozen = [];
    s.volgorde.forEach(function (id) {
      if (staat.lokaal[id]) gekozen.push({ v: s.verkenningen[id], bron: '' });
    });
    staat.geladen.forEach(function (g) { gekozen.push(g); });
    var stand = ui.deel('vergelijk-stand');
    var verschil = ui.deel('verschillen');
    var naast = ui.deel('naast-elkaar');
    if (gekozen.length < 2) {
      ui.meld(stand, 'Kies minstens twee verkenningen om te vergelijken. Nu ' + (gekozen.length === 1 ? 'is er één' : 'zijn er geen') + ' gekozen.');
      ui.vervang(verschil, null);
      ui.vervang(naast, null);
      return;
    }
    ui.meld(stand, gekozen.length + ' verkenningen naast elkaar.');
    var rijen = vergelijk.vergelijk(ctx.ix, gekozen.map(function (g) { return g.v; }));
    var top = vergelijk.grootsteVerschillen(rijen).slice(0, 15);
    ui.vervang(verschil, [
      perspectiefTabel(ctx, gekozen),
      top.length
        ? el('table', { class: 'vit-tabel' },
          el('caption', { text: 'De ' + top.length + ' uitspraken met het grootste verschil' }),
          el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Uitspraak' }), kolomKoppen(ctx, gekozen),
            el('th', { scope: 'col', text: 'Verschil' }))),
          el('tbody', {}, top.map(function (r) { return rij(ctx, r, true); })))
        : el('p', { text: 'Bij geen enkele uitspraak verschillen de antwoorden. (Uitspraken die maar één keer zijn beantwoord tellen niet mee.)' }),
    ]);
    ui.vervang(naast, ctx.ix.data.kenmerken.map(function (k) {
      return el('table', { class: 'vit-tabel' },
        el('caption', { text: 'Basiskenmerk ' + k.nummer + ': ' + k.title }),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Uitspraak' }), kolomKoppen(ctx, gekozen))),
        el('tbody', {}, rijen.filter(function (r) { return r.kenmerk === k; }).map(function (r) { return rij(ctx, r, false); })));
    }));
  }

  function start(ctx) {
    var staat = { lokaal: {}, geladen: [] };
    var s0 = ctx.staat();
    s0.volgorde.forEach(function (id) { staat.lokaal[id] = true; });

    function lokaleKeuze() {
      var s = ctx.staat();
      var doel = ui.deel('lokale-keuze');
      if (!s.volgorde.length) {
        ui.vervang(doel, el('p', { text: 'Er staan nog geen verkenningen in deze browser.' }));
        return;
      }
      ui.vervang(doel, s.volgorde.map(function (id) {
        var v = s.verkenningen[id];
        var iid = 'vit-vergelijk-' + id;
        return el('div', { class: 'vit-keuze' },
          el('input', { type: 'checkbox', id: iid, checked: !!staat.lokaal[id], onchange: function (e) {
            staat.lokaal[id] = e.target.checked;
            toon(ctx, staat);
          } }),
          el('label', { for: iid, text: ui.verkenningNaam(ctx.ix, v) }));
      }));
    }

    function geladen() {
      var doel = ui.deel('geladen');
      if (!staat.geladen.length) { ui.vervang(doel, null); return; }
      ui.vervang(doel, [el('h3', { text: 'Ingelezen bestanden' }), el('ul', {}, staat.geladen.map(function (g, i) {
        return el('li', {}, ui.verkenningNaam(ctx.ix, g.v) + g.bron, ' ',
          el('button', { type: 'button', class: 'knop', text: 'Haal ' + g.v.naam + ' weg', onclick: function () {
            staat.geladen.splice(i, 1);
            geladen();
            toon(ctx, staat);
            ui.deel('vergelijk-bestanden').focus();
          } }));
      }))]);
    }

    var invoer = ui.deel('vergelijk-bestanden');
    var fout = ui.deel('vergelijk-fout');
    invoer.addEventListener('change', function () {
      var bestanden = Array.prototype.slice.call(invoer.files || []);
      var fouten = [];
      var klaar = 0;
      ui.vervang(fout, null);
      bestanden.forEach(function (b) {
        ui.leesBestand(b, function (tekst) {
          var r = bestand.leesImport(ctx.ix, tekst);
          if (r.ok) r.verkenningen.forEach(function (v) { staat.geladen.push({ v: v, bron: ' – bestand ' + b.name }); });
          else fouten.push(b.name + ': ' + r.fout);
          volgende();
        }, function (m) { fouten.push(m); volgende(); });
      });
      function volgende() {
        if (++klaar < bestanden.length) return;
        if (fouten.length) ui.vervang(fout, [el('p', { text: 'Niet ingelezen:' }), el('ul', {}, fouten.map(function (f) { return el('li', { text: f }); }))]);
        invoer.value = '';
        geladen();
        toon(ctx, staat);
      }
    });

    lokaleKeuze();
    toon(ctx, staat);
    ctx.bijWissel(function () { lokaleKeuze(); toon(ctx, staat); });
  }

  WV.compare = { start: start };
})(this);
