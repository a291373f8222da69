// The results page of the active verkenning: report heading, the distribution per waarde and
// per basiskenmerk, the ontwikkelplan, all answers and the answers to retired questions.
(function (root) {
  'use strict';
  var WV = (root.WegwijzerVit = root.WegwijzerVit || {});
  var ui = WV.ui;
  var el = ui.el;
  var model = WV.model;

  function rapportkop(ctx, v) {
    var rijen = [
      ['Gemeente', v.gemeente || ctx.ix.data.site.gemeente || 'niet ingevuld'],
      ['Verkenning', v.naam],
      ['Perspectief', ui.label(ctx.ix, 'perspectief', v.perspectief) || 'geen perspectief gekozen'],
      ['Datum', ui.datum()],
      ['Laatst gewijzigd', ui.datum(v.gewijzigd)],
      ['Versie van het VIT', ctx.ix.data.site.versie || ''],
    ];
    return rijen.map(function (r) { return el('div', {}, el('dt', { text: r[0] }), el('dd', { text: r[1] })); });
  }

  function antwoordTekst(ctx, a) {
    return a && a.antwoord ? ui.label(ctx.ix, 'keuze', a.antwoord) : 'Niet ingevuld';
  }

  function ontwikkelplan(ctx, v) {
    var rijen = ctx.ix.volgorde.concat(model.verweesd(ctx.ix, v.antwoorden))
      .filter(function (id) { return v.antwoorden[id] && v.antwoorden[id].oppakken; });
    if (!rijen.length)
      return el('p', { text: 'U hebt nog geen punten gekozen. Kruis bij een uitspraak "Dit pakken we op" aan om hem hier te zien.' });
    var titel = 'Ontwikkelplan: ' + rijen.length + (rijen.length === 1 ? ' punt' : ' punten');
    return rol(titel, el('table', { class: 'vit-tabel vit-plan-tabel' }, el('caption', { text: titel }),
      el('thead', {}, el('tr', {}, ['Uitspraak', 'Nu', 'Wat gaan we doen', 'Wie', 'Wanneer'].map(function (k) {
        return el('th', { scope: 'col', text: k });
      }))),
      el('tbody', {}, rijen.map(function (id) {
        var a = v.antwoorden[id];
        return el('tr', {}, el('th', { scope: 'row' }, uitspraak(ctx, id, a)),
          el('td', { text: antwoordTekst(ctx, a) }), el('td', { text: a.wat || '' }), el('td', { text: a.wie || '' }),
          el('td', { text: a.wanneer || '' }));
      }))));
  }

  /** A table in a box that scrolls sideways when the table is wider than the column (WCAG 1.4.10). */
  function rol(titel, tabel) {
    return el('div', { class: 'vit-tabel-rol', tabindex: '0', role: 'group', 'aria-label': titel }, tabel);
  }

  function uitspraak(ctx, id, a) {
    var e = ctx.ix.vragen[id];
    var tekst = e ? e.vraag.tekst : ctx.ix.vervallen[id] ? ctx.ix.vervallen[id].tekst : (a && a.tekst) || '';
    var link = e ? el('a', { href: ui.siteUrl(e.kenmerk.url) + '#vraag-' + id.replace(/[^A-Za-z0-9-]/g, '-'), text: id }) : id;
    var ver = model.veranderd(ctx.ix, id, a);
    return [el('span', { class: 'vit-nummer' }, link), ' ', tekst, e && e.vraag.lokaal ? ' (lokale uitspraak)' : '',
      ver ? el('span', { class: 'vit-veranderd-kort', 'data-vit': 'veranderd' }, ' ', el('strong', { text: 'De uitspraak is veranderd sinds u antwoordde.' }),
        ' U antwoordde op: “' + ver + '”') : ''];
  }

  function antwoordTabel(ctx, titel, ids, v) {
    return rol(titel, el('table', { class: 'vit-tabel vit-antwoorden-tabel' }, el('caption', { text: titel }),
      el('thead', {}, el('tr', {}, ['Uitspraak', 'Antwoord', 'Toelichting'].map(function (k) {
        return el('th', { scope: 'col', text: k });
      }))),
      el('tbody', {}, ids.map(function (id) {
        var a = v.antwoorden[id];
        return el('tr', {}, el('th', { scope: 'row' }, uitspraak(ctx, id, a)), el('td', { text: antwoordTekst(ctx, a) }),
          el('td', { text: (a && a.toelichting) || '' }));
      }))));
  }

  /**
   * What was answered of one basiskenmerk as a table; the statements not yet answered only on
   * request (a closed <details>), so a few answers do not make a page of all 98 statements.
   */
  function antwoordenVan(ctx, titel, ids, v) {
    var open = ids.filter(function (id) { return !v.antwoorden[id] || !v.antwoorden[id].antwoord; });
    var wel = ids.filter(function (id) { return open.indexOf(id) < 0; });
    return el('div', { class: 'vit-kenmerk-antwoorden' },
      wel.length ? antwoordTabel(ctx, titel, wel, v) : el('p', { text: titel + ': nog niets ingevuld.' }),
      open.length ? el('details', { class: 'vit-kenmerk-details vit-niet-printen' },
        el('summary', { text: 'Niet ingevuld bij ' + titel.split(':')[0].toLowerCase() + ': ' + open.length +
          (open.length === 1 ? ' uitspraak' : ' uitspraken') }),
        antwoordTabel(ctx, titel + ': niet ingevuld', open, v)) : null);
  }

  function toon(ctx) {
    var s = ctx.staat();
    var v = s.verkenningen[s.actief];
    var blok = ui.deel('resultaten');
    if (!blok) return;
    var leeg = ui.deel('geen-antwoorden');
    if (!leeg) {
      leeg = el('p', { 'data-vit': 'geen-antwoorden', class: 'vit-leeg' });
      blok.parentNode.insertBefore(leeg, blok);
    }
    if (!v) {
      leeg.hidden = false;
      leeg.textContent = 'Er is nog geen verkenning in deze browser. Vul eerst een paar uitspraken in, of lees een bestand in op de overzichtspagina.';
      blok.hidden = true;
      return;
    }
    leeg.hidden = true;
    blok.hidden = false;
    var ix = ctx.ix;
    var keuzes = ix.data.keuzes;
    ui.vervang(ui.deel('rapportkop'), rapportkop(ctx, v));
    ui.vervang(ui.deel('per-waarde'), WV.chart.grafiek(ctx, 'Antwoorden per waarde', 'Waarde',
      ix.data.waarden.map(function (w) {
        var vragen = [];
        ix.data.kenmerken.forEach(function (k) { if (k.waarde === w.waarde) vragen = vragen.concat(k.vragen); });
        return { label: w.label, verdeling: model.verdeling(vragen, v.antwoorden, keuzes) };
      }).filter(function (r) { return r.verdeling.totaal > 0; })));
    ui.vervang(ui.deel('per-kenmerk'), WV.chart.grafiek(ctx, 'Antwoorden per basiskenmerk', 'Basiskenmerk',
      ix.data.kenmerken.map(function (k) {
        return { label: model.naam(k), verdeling: model.verdeling(k.vragen, v.antwoorden, keuzes) };
      })));
    ui.vervang(ui.deel('ontwikkelplan'), ontwikkelplan(ctx, v));
    ui.vervang(ui.deel('antwoorden'), ix.data.kenmerken.map(function (k) {
      return antwoordenVan(ctx, model.naam(k, 'kop'), k.vragen.map(function (q) { return q.id; }), v);
    }));
    var weg = model.verweesd(ix, v.antwoorden);
    ui.deel('vervallen-sectie').hidden = !weg.length;
    ui.vervang(ui.deel('vervallen'), weg.length ? antwoordTabel(ctx, 'Antwoorden op vragen die niet meer in het VIT staan', weg, v) : null);
  }

  function start(ctx) {
    var knop = ui.deel('afdrukken');
    if (knop) knop.addEventListener('click', function () { root.print(); });
    toon(ctx);
    ctx.bijWissel(function () { toon(ctx); });
  }

  WV.results = { start: start };
})(this);
