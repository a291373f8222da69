// Choosing verkenningen (compare page, report page): those of this browser and files of others,
// read here and never sent. Each file is checked like an import (model-bestand.js). Calls
// `wijziging` whenever the choice changes; returns a function that gives the chosen ones in order:
// [{v, bron, bestand}] (bron: ' – bestand x.json' or '').
(function (root) {
  'use strict';
  var WV = root.WegwijzerVit;
  var ui = WV.ui;
  var el = ui.el;
  var PER = 10;

  /** Replaces the content of `doel`, built off the page and inserted once. */
  function zet(doel, inhoud) {
    var f = root.document.createDocumentFragment();
    ui.vervang(f, inhoud);
    ui.vervang(doel, f);
  }

  function start(ctx, wijziging) {
    var staat = { lokaal: WV.model.kaart(), geladen: [] };
    ctx.staat().volgorde.forEach(function (id) { staat.lokaal[id] = true; });
    var invoer = ui.deel('vergelijk-bestanden');
    var fout = ui.deel('vergelijk-fout');

    function gekozen() {
      var s = ctx.staat();
      var uit = [];
      s.volgorde.forEach(function (id) {
        if (staat.lokaal[id]) uit.push({ v: s.verkenningen[id], bron: '', bestand: '' });
      });
      return uit.concat(staat.geladen);
    }

    function opnieuw() {
      geladen();
      wijziging();
    }

    function lokaleKeuze() {
      var s = ctx.staat();
      zet(ui.deel('lokale-keuze'), s.volgorde.length ? s.volgorde.map(function (id, i) {
        return el('div', { class: 'vit-keuze' },
          el('input', { type: 'checkbox', id: 'vit-vergelijk-' + i, checked: !!staat.lokaal[id], onchange: function (e) {
            staat.lokaal[id] = e.target.checked;
            wijziging();
          } }),
          el('label', { for: 'vit-vergelijk-' + i, text: ui.verkenningNaam(ctx.ix, s.verkenningen[id]) }));
      }) : el('p', { text: 'Er staan nog geen verkenningen in deze browser.' }));
    }

    function weg(lijst) {
      staat.geladen = lijst;
      opnieuw();
      invoer.focus();
    }

    function geladen() {
      var n = staat.geladen.length;
      zet(ui.deel('geladen'), n ? [el('h3', { text: 'Ingelezen bestanden' }),
        el('details', { class: 'vit-geladen-lijst', open: n <= PER },
          el('summary', { text: n === 1 ? '1 verkenning uit een bestand' : n + ' verkenningen uit bestanden' }),
          el('ul', {}, staat.geladen.map(function (g) {
            return el('li', {}, ui.verkenningNaam(ctx.ix, g.v) + g.bron, ' ',
              el('button', { type: 'button', class: 'knop', text: 'Haal ' + g.v.naam + ' weg', onclick: function () {
                weg(staat.geladen.filter(function (x) { return x !== g; }));
              } }));
          }))),
        n > 1 ? el('p', {}, el('button', { type: 'button', class: 'knop', 'data-vit': 'alles-weg',
          text: 'Haal alle ingelezen bestanden weg', onclick: function () { weg([]); } })) : null] : null);
    }

    invoer.addEventListener('change', function () {
      var bestanden = Array.prototype.slice.call(invoer.files || []);
      var uit = [];  // in the order chosen, whatever order the reads end in
      var klaar = 0;
      ui.vervang(fout, null);
      bestanden.forEach(function (b, i) {
        function af(u) {
          uit[i] = u;
          if (++klaar < bestanden.length) return;
          var fouten = [];
          uit.forEach(function (x) {
            if (x.fout) fouten.push(x.fout);
            else Array.prototype.push.apply(staat.geladen, x.lijst);
          });
          if (fouten.length) zet(fout, [el('p', { text: 'Niet ingelezen:' }), el('ul', {}, fouten.map(function (f) { return el('li', { text: f }); }))]);
          invoer.value = '';
          opnieuw();
        }
        ui.leesBestand(b, function (tekst) {
          var r = WV.bestand.leesImport(ctx.ix, tekst);
          af(r.ok ? { lijst: r.verkenningen.map(function (v) { return { v: v, bron: ' – bestand ' + b.name, bestand: b.name }; }) } : { fout: b.name + ': ' + r.fout });
        }, function (m) { af({ fout: m }); });
      });
    });

    lokaleKeuze();
    ctx.bijWissel(function () { lokaleKeuze(); wijziging(); });
    return gekozen;
  }

  WV.kiezen = { start: start, zet: zet, PER: PER };
})(this);
