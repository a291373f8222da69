// Comparing verkenningen: the ones in this browser and exports of others (read locally,
// never sent). Built for a few up to thousands of verkenningen (a gemeente that collects them
// from all its teams): first the totals (one pass over the answers: averages per basiskenmerk
// and per waarde per perspective, the questions where the answers differ most, with counts),
// then per basiskenmerk on demand (a details element drawn when opened) the counts per question
// and the answers of ten verkenningen at a time side by side. Every part is built off the
// page and put in with one insert.
(function (root) {
  'use strict';
  var WV = (root.WegwijzerVit = root.WegwijzerVit || {});
  var ui = WV.ui;
  var el = ui.el;
  var bestand = WV.bestand;
  var vergelijk = WV.vergelijk;
  var doc = root.document;
  var PER_PAGINA = 10;  // verkenningen side by side per table
  var OPEN_LIJST = 10;  // the list of read files starts open up to this many

  function cijfer(x) {
    return x === null ? '–' : x.toFixed(1).replace('.', ',');
  }

  /** Puts `inhoud` into `doel` with one insert (built in a DocumentFragment). */
  function zet(doel, inhoud) {
    if (!doel) return;
    var f = doc.createDocumentFragment();
    ui.vervang(f, inhoud);
    ui.vervang(doel, null);
    doel.appendChild(f);
  }

  function kolom(tekst) { return el('th', { scope: 'col', text: tekst }); }

  /** A table of average scores: one row per item (kenmerk or waarde), one column per group. */
  function gemiddeldeTabel(sam, titel, kop, rijen) {
    return el('div', { class: 'vit-tabel-rol' }, el('table', { class: 'vit-tabel' },
      el('caption', { text: titel + ' (0 = nog niet, 3 = helemaal)' }),
      el('thead', {}, el('tr', {}, kolom(kop), sam.groepen.map(function (g) { return kolom(g.label + ' (' + g.aantal + ')'); }),
        sam.groepen.length > 1 ? kolom('Samen (' + sam.aantal + ')') : null)),
      el('tbody', {}, rijen.map(function (r) {
        return el('tr', {}, el('th', { scope: 'row', text: r.label }),
          r.totaal.groep.map(function (t) { return el('td', { text: cijfer(vergelijk.gem(t)) }); }),
          sam.groepen.length > 1 ? el('td', { text: cijfer(vergelijk.gem(r.totaal)) }) : null);
      }))));
  }

  function uitspraakKop(r) {
    return el('th', { scope: 'row' }, el('span', { class: 'vit-nummer', text: r.id }), ' ', r.vraag.tekst);
  }

  /** Per question how many verkenningen gave each answer (and the spread, when asked). */
  function tellingTabel(ctx, titel, vragen, metSpreiding) {
    var keuzes = ctx.ix.data.keuzes;
    return el('div', { class: 'vit-tabel-rol' }, el('table', { class: 'vit-tabel vit-telling' },
      el('caption', { text: titel }),
      el('thead', {}, el('tr', {}, kolom('Uitspraak'), keuzes.map(function (k) { return kolom(k.label); }), kolom('Niet ingevuld'),
        metSpreiding ? kolom('Verschil') : null)),
      el('tbody', {}, vragen.map(function (r) {
        return el('tr', {}, uitspraakKop(r),
          keuzes.map(function (k) { return el('td', { text: String(r.telling[k.waarde]) }); }),
          el('td', { text: String(r.telling.open) }),
          metSpreiding ? el('td', { text: r.spreiding + (r.spreiding === 1 ? ' stap' : ' stappen') }) : null);
      }))));
  }

  /** The answers of one page of verkenningen to the questions of kenmerk `k`, side by side. */
  function naastElkaar(ctx, k, deel) {
    var rijen = vergelijk.vergelijk(ctx.ix, deel.map(function (g) { return g.v; }))
      .filter(function (r) { return r.kenmerk === k; });
    return el('div', { class: 'vit-tabel-rol' }, el('table', { class: 'vit-tabel' },
      el('caption', { text: 'Antwoorden per verkenning bij basiskenmerk ' + k.nummer }),
      el('thead', {}, el('tr', {}, kolom('Uitspraak'), deel.map(function (g) { return kolom(ui.verkenningNaam(ctx.ix, g.v) + g.bron); }))),
      el('tbody', {}, rijen.map(function (r) {
        return el('tr', {}, uitspraakKop(r), r.antwoorden.map(function (c) {
          return el('td', { class: c ? 'vit-cel-' + c.waarde : 'vit-cel-open', text: c ? c.label : 'Niet ingevuld' });
        }));
      }))));
  }

  /** One basiskenmerk as a details element; its tables are drawn when it is opened. */
  function kenmerkDetails(ctx, sam, gekozen, k) {
    var pagina = 0;
    var paginas = Math.ceil(gekozen.length / PER_PAGINA);
    var inhoud = el('div', { class: 'vit-details-inhoud' });
    var det = el('details', { class: 'vit-kenmerk-details', 'data-vit-kenmerk': k.nummer },
      el('summary', { text: 'Basiskenmerk ' + k.nummer + ': ' + k.title }), inhoud);

    function teken(focus) {
      var van = pagina * PER_PAGINA;
      var deel = gekozen.slice(van, van + PER_PAGINA);
      var bereik = 'Verkenning ' + (van + 1) + ' tot en met ' + (van + deel.length) + ' van ' + gekozen.length;
      var knoppen = paginas > 1 ? el('p', { class: 'vit-knoppen-rij', role: 'group', 'aria-label': 'Andere verkenningen bij basiskenmerk ' + k.nummer },
        el('button', { type: 'button', class: 'knop', 'data-vit': 'vorige', disabled: pagina === 0,
          text: 'Vorige ' + PER_PAGINA, onclick: function () { pagina--; teken('vorige'); } }),
        ' ',
        el('button', { type: 'button', class: 'knop', 'data-vit': 'volgende', disabled: pagina >= paginas - 1,
          text: 'Volgende ' + PER_PAGINA, onclick: function () { pagina++; teken('volgende'); } })) : null;
      zet(inhoud, [
        tellingTabel(ctx, 'Aantal verkenningen per antwoord bij basiskenmerk ' + k.nummer,
          sam.vragen.filter(function (r) { return r.kenmerk === k; }), false),
        el('p', { class: 'vit-melding', 'data-vit': 'bereik', role: 'status', text: paginas > 1 ? bereik + '.' : '' }),
        knoppen,
        naastElkaar(ctx, k, deel),
      ]);
      if (focus) {
        var knop = ui.deel(focus, inhoud);
        if (knop && knop.disabled) knop = ui.deel(focus === 'vorige' ? 'volgende' : 'vorige', inhoud);
        if (knop) knop.focus();
      }
    }
    det.addEventListener('toggle', function () {
      if (det.open && !inhoud.firstChild) teken(null);
    });
    return det;
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
    var sam = vergelijk.samenvatting(ctx.ix, gekozen.map(function (g) { return g.v; }));
    ui.meld(stand, gekozen.length + ' verkenningen naast elkaar: ' + sam.groepen.map(function (g) {
      return g.aantal + ' ' + (g.waarde ? g.label.toLowerCase() : 'zonder perspectief');
    }).join(', ') + '.');
    var top = vergelijk.grootsteSpreiding(sam.vragen).slice(0, 15);
    zet(verschil, [
      gemiddeldeTabel(sam, 'Gemiddelde score per basiskenmerk en perspectief', 'Basiskenmerk', sam.kenmerken.map(function (r) {
        return { label: r.kenmerk.nummer + '. ' + r.kenmerk.title, totaal: r.totaal };
      })),
      gemiddeldeTabel(sam, 'Gemiddelde score per waarde en perspectief', 'Waarde', sam.waarden.map(function (r) {
        return { label: r.waarde.label, totaal: r.totaal };
      })),
      top.length
        ? tellingTabel(ctx, 'De ' + top.length + ' uitspraken met het grootste verschil (aantal verkenningen per antwoord; verschil = hoogste min laagste antwoord)', top, true)
        : el('p', { text: 'Bij geen enkele uitspraak verschillen de antwoorden. (Uitspraken die maar één keer zijn beantwoord tellen niet mee.)' }),
    ]);
    zet(naast, [
      el('p', { text: 'Open een basiskenmerk om te zien hoe vaak elk antwoord is gegeven, en de antwoorden per verkenning' +
        (gekozen.length > PER_PAGINA ? ' (' + PER_PAGINA + ' tegelijk).' : '.') }),
      ctx.ix.data.kenmerken.map(function (k) { return kenmerkDetails(ctx, sam, gekozen, k); }),
    ]);
  }

  function start(ctx) {
    var staat = { lokaal: WV.model.kaart(), geladen: [] };
    var s0 = ctx.staat();
    s0.volgorde.forEach(function (id) { staat.lokaal[id] = true; });

    function lokaleKeuze() {
      var s = ctx.staat();
      var doel = ui.deel('lokale-keuze');
      if (!s.volgorde.length) {
        ui.vervang(doel, el('p', { text: 'Er staan nog geen verkenningen in deze browser.' }));
        return;
      }
      zet(doel, s.volgorde.map(function (id, i) {
        var v = s.verkenningen[id];
        var iid = 'vit-vergelijk-' + i;
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
      var n = staat.geladen.length;
      zet(doel, [el('h3', { text: 'Ingelezen bestanden' }),
        el('details', { class: 'vit-geladen-lijst', open: n <= OPEN_LIJST },
          el('summary', { text: n === 1 ? '1 verkenning uit een bestand' : n + ' verkenningen uit bestanden' }),
          el('ul', {}, staat.geladen.map(function (g, i) {
            return el('li', {}, ui.verkenningNaam(ctx.ix, g.v) + g.bron, ' ',
              el('button', { type: 'button', class: 'knop', text: 'Haal ' + g.v.naam + ' weg', onclick: function () {
                staat.geladen.splice(i, 1);
                geladen();
                toon(ctx, staat);
                ui.deel('vergelijk-bestanden').focus();
              } }));
          }))),
        n > 1 ? el('p', {}, el('button', { type: 'button', class: 'knop', 'data-vit': 'alles-weg', text: 'Haal alle ingelezen bestanden weg',
          onclick: function () {
            staat.geladen = [];
            geladen();
            toon(ctx, staat);
            ui.deel('vergelijk-bestanden').focus();
          } })) : null]);
    }

    var invoer = ui.deel('vergelijk-bestanden');
    var fout = ui.deel('vergelijk-fout');
    invoer.addEventListener('change', function () {
      var bestanden = Array.prototype.slice.call(invoer.files || []);
      var uitkomst = new Array(bestanden.length);  // in the order chosen, whatever order the reads end in
      var klaar = 0;
      ui.vervang(fout, null);
      if (!bestanden.length) return;
      bestanden.forEach(function (b, i) {
        ui.leesBestand(b, function (tekst) {
          var r = bestand.leesImport(ctx.ix, tekst);
          uitkomst[i] = r.ok ? { lijst: r.verkenningen.map(function (v) { return { v: v, bron: ' – bestand ' + b.name }; }) }
            : { fout: b.name + ': ' + r.fout };
          volgende();
        }, function (m) { uitkomst[i] = { fout: m }; volgende(); });
      });
      function volgende() {
        if (++klaar < bestanden.length) return;
        var fouten = [];
        uitkomst.forEach(function (u) {
          if (u.fout) fouten.push(u.fout);
          else u.lijst.forEach(function (g) { staat.geladen.push(g); });
        });
        if (fouten.length) zet(fout, [el('p', { text: 'Niet ingelezen:' }), el('ul', {}, fouten.map(function (f) { return el('li', { text: f }); }))]);
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
