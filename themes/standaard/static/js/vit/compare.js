// The compare page: verkenningen of this browser and files of others (chosen with kiezen.js),
// from two up to thousands. First the totals (model-vergelijk.js, one pass), then per
// basiskenmerk a details element, drawn when opened: counts per question and ten verkenningen
// side by side at a time. Each part is built off the page and inserted once.
(function (root) {
  'use strict';
  var WV = root.WegwijzerVit;
  var ui = WV.ui;
  var el = ui.el;
  var vergelijk = WV.vergelijk;
  var PER = 10;

  function cijfer(x) {
    return x === null ? '–' : x.toFixed(1).replace('.', ',');
  }

  var zet = WV.kiezen.zet;

  function kol(t) { return el('th', { scope: 'col', text: t }); }

  function tabel(titel, kop, rijen, klasse) {
    return el('div', { class: 'vit-tabel-rol', tabindex: '0', role: 'group', 'aria-label': titel }, el('table', { class: 'vit-tabel' + (klasse || '') },
      el('caption', { text: titel }), el('thead', {}, el('tr', {}, kop)), el('tbody', {}, rijen)));
  }

  /** Average scores: a row per kenmerk or waarde, a column per perspective and together. */
  function gemiddelden(sam, titel, kop, rijen) {
    var samen = sam.groepen.length > 1;
    return tabel(titel + ' (0 = nog niet, 3 = helemaal)',
      [kol(kop), sam.groepen.map(function (g) { return kol(g.label + ' (' + g.aantal + ')'); }), samen ? kol('Samen (' + sam.aantal + ')') : null],
      rijen.map(function (r) {
        return el('tr', {}, el('th', { scope: 'row', text: r[0] }),
          r[1].groep.map(function (t) { return el('td', { text: cijfer(vergelijk.gem(t)) }); }),
          samen ? el('td', { text: cijfer(vergelijk.gem(r[1])) }) : null);
      }));
  }

  function uitspraak(r) {
    return el('th', { scope: 'row' }, el('span', { class: 'vit-nummer', text: r.id }), ' ', r.vraag.tekst, r.vraag.lokaal ? ' (lokale uitspraak)' : '');
  }

  /** Per question how many verkenningen gave each answer (and the spread). */
  function tellingen(ctx, titel, vragen, spreiding) {
    var keuzes = ctx.ix.data.keuzes;
    return tabel(titel, [kol('Uitspraak'), keuzes.map(function (k) { return kol(k.label); }), kol('Niet ingevuld'),
      spreiding ? kol('Verschil') : null], vragen.map(function (r) {
      return el('tr', {}, uitspraak(r),
        keuzes.map(function (k) { return el('td', { text: String(r.telling[k.waarde]) }); }),
        el('td', { text: String(r.telling.open) }),
        spreiding ? el('td', { text: r.spreiding + (r.spreiding === 1 ? ' stap' : ' stappen') }) : null);
    }), ' vit-telling');
  }

  /** A basiskenmerk: tables drawn when first opened; paging replaces only the last table. */
  function kenmerk(ctx, sam, gekozen, k) {
    var pagina = 0;
    var paginas = Math.ceil(gekozen.length / PER);
    var inhoud = el('div', {});
    var det = el('details', { class: 'vit-kenmerk-details', 'data-vit-kenmerk': WV.model.sleutel(k) },
      el('summary', { text: WV.model.naam(k, 'kop') }), inhoud);
    var naast = el('div', {});
    var bereik, vorige, volgende;

    function bereikTekst() {
      return 'Verkenning ' + (pagina * PER + 1) + ' tot en met ' + Math.min((pagina + 1) * PER, gekozen.length) + ' van ' + gekozen.length + '.';
    }

    function naastElkaar() {
      var deel = gekozen.slice(pagina * PER, (pagina + 1) * PER);
      zet(naast, tabel('Antwoorden per verkenning bij ' + WV.model.naam(k, 'kort'),
        [kol('Uitspraak'), deel.map(function (g) { return kol(ui.verkenningNaam(ctx.ix, g.v) + g.bron); })],
        vergelijk.vergelijk(ctx.ix, deel.map(function (g) { return g.v; })).filter(function (r) { return r.kenmerk === k; }).map(function (r) {
          return el('tr', {}, uitspraak(r), r.antwoorden.map(function (c) {
            return el('td', { class: c ? 'vit-cel-' + c.waarde : 'vit-cel-open', text: c ? c.label : 'Niet ingevuld' });
          }));
        })));
    }

    function blader(stap, knop) {
      pagina += stap;
      vorige.disabled = pagina === 0;
      volgende.disabled = pagina >= paginas - 1;
      naastElkaar();
      ui.meld(bereik, bereikTekst());
      if (knop.disabled) (knop === vorige ? volgende : vorige).focus();
    }

    det.addEventListener('toggle', function () {
      if (!det.open || inhoud.firstChild) return;
      var delen = [tellingen(ctx, 'Aantal verkenningen per antwoord bij ' + WV.model.naam(k, 'kort'),
        sam.vragen.filter(function (r) { return r.kenmerk === k; }))];
      if (paginas > 1) {
        bereik = el('p', { class: 'vit-melding', 'data-vit': 'bereik', role: 'status', text: bereikTekst() });
        vorige = el('button', { type: 'button', class: 'knop', 'data-vit': 'vorige', disabled: true, text: 'Vorige ' + PER,
          onclick: function () { blader(-1, vorige); } });
        volgende = el('button', { type: 'button', class: 'knop', 'data-vit': 'volgende', text: 'Volgende ' + PER,
          onclick: function () { blader(1, volgende); } });
        delen.push(bereik, el('p', { role: 'group', 'aria-label': 'Andere verkenningen bij ' + WV.model.naam(k, 'kort') }, vorige, ' ', volgende));
      }
      naastElkaar();
      delen.push(naast);
      zet(inhoud, delen);
    });
    return det;
  }

  function toon(ctx, gekozen) {
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
      gemiddelden(sam, 'Gemiddelde score per basiskenmerk en perspectief', 'Basiskenmerk', sam.kenmerken.map(function (r) {
        return [WV.model.naam(r.kenmerk), r.totaal];
      })),
      gemiddelden(sam, 'Gemiddelde score per waarde en perspectief', 'Waarde', sam.waarden.map(function (r) {
        return [r.waarde.label, r.totaal];
      })),
      top.length
        ? tellingen(ctx, 'De ' + top.length + ' uitspraken met het grootste verschil (aantal verkenningen per antwoord; verschil = hoogste min laagste antwoord)', top, true)
        : el('p', { text: 'Bij geen enkele uitspraak verschillen de antwoorden. (Uitspraken die maar één keer zijn beantwoord tellen niet mee.)' }),
    ]);
    zet(naast, [
      el('p', { text: 'Open een basiskenmerk om te zien hoe vaak elk antwoord is gegeven, en de antwoorden per verkenning' +
        (gekozen.length > PER ? ' (' + PER + ' tegelijk).' : '.') }),
      ctx.ix.data.kenmerken.map(function (k) { return kenmerk(ctx, sam, gekozen, k); }),
    ]);
  }

  function start(ctx) {
    var gekozen = WV.kiezen.start(ctx, function () { toon(ctx, gekozen()); });
    toon(ctx, gekozen());
  }

  WV.compare = { start: start };
})(this);
