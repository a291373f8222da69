// Export (JSON, CSV) and import: checked whole, shown and confirmed before it writes.
(function (root) {
  'use strict';
  var WV = (root.WegwijzerVit = root.WegwijzerVit || {});
  var ui = WV.ui;
  var el = ui.el;
  var bestand = WV.bestand;

  function bestandsnaam(ctx, naam, ext) {
    var d = new Date().toISOString().slice(0, 10);
    return 'vit-' + ui.slug(ctx.ix.data.site.short_name) + '-' + ui.slug(naam) + '-' + d + '.' + ext;
  }

  function exporteer(ctx, soort) {
    var s = ctx.staat();
    var v = s.verkenningen[s.actief];
    var melding = 'export-melding';
    var doelen = ui.delen(melding);
    function meldAlle(t) { doelen.forEach(function (d) { ui.meld(d, t); }); }
    if (!v && soort !== 'alles') { meldAlle('Er is nog geen verkenning om te bewaren.'); return; }
    if (soort === 'alles' && !s.volgorde.length) { meldAlle('Er zijn nog geen verkenningen om te bewaren.'); return; }
    if (soort === 'csv') {
      ui.download(bestandsnaam(ctx, v.naam, 'csv'), bestand.exportCsv(ctx.ix, v), 'text/csv;charset=utf-8');
      meldAlle('Het bestand voor Excel is gemaakt. U vindt het bij uw downloads.');
      return;
    }
    var lijst = soort === 'alles' ? s.volgorde.map(function (id) { return s.verkenningen[id]; }) : [v];
    var json = JSON.stringify(bestand.exportJson(ctx.ix, lijst), null, 2) + '\n';
    ui.download(bestandsnaam(ctx, soort === 'alles' ? 'alle-verkenningen' : v.naam, 'json'), json, 'application/json');
    meldAlle((soort === 'alles' ? 'Alle verkenningen zijn' : 'De verkenning is') + ' bewaard als bestand. U vindt het bij uw downloads.');
  }

  function knoppen(ctx) {
    [['export-json', 'een'], ['export-alles', 'alles'], ['export-csv', 'csv']].forEach(function (k) {
      ui.delen(k[0]).forEach(function (b) {
        b.addEventListener('click', function () { exporteer(ctx, k[1]); });
      });
    });
  }

  function samenvatting(ctx, r) {
    var s = ctx.staat();
    return el('ul', {}, r.verkenningen.map(function (v) {
      var aantal = Object.keys(v.antwoorden).filter(function (q) { return v.antwoorden[q].antwoord; }).length;
      var bestaat = s.verkenningen[v.id];
      var oud = ctx.ix.volgorde.filter(function (id) { return WV.model.veranderd(ctx.ix, id, v.antwoorden[id]); });
      var d = WV.verkenningen.details(ctx, v);
      return el('li', {}, el('strong', { text: v.naam }), d ? ' ' + d : '', ': ', aantal + (aantal === 1 ? ' antwoord.' : ' antwoorden.'),
        lokaal(ctx, v),
        oud.length ? el('span', { 'data-vit': 'inlees-veranderd', text: ' Gegeven op een eerdere tekst van de uitspraak (blijven bewaard): ' + oud.join(', ') + '.' }) : '',
        bestaat ? el('strong', { class: 'vit-overschrijf',
          text: ' Deze verkenning staat al in deze browser (' + Object.keys(bestaat.antwoorden).length +
            ' bewaarde antwoorden) en wordt vervangen door die uit het bestand.' }) : ' Nieuw in deze browser.');
    }));
  }

  /** What the file holds of the gemeente's own questions (docs/vit.md): nothing is dropped silently. */
  function lokaal(ctx, v) {
    var ix = ctx.ix, m = WV.model, g = ix.data.site.gemeente || 'deze gemeente';
    var ids = Object.keys(v.antwoorden).filter(m.lokaal);
    var eigen = ids.filter(function (id) { return ix.vragen[id] && v.antwoorden[id].antwoord; }).length;
    var vreemd = ids.filter(function (id) { return !ix.vragen[id] && !ix.vervallen[id]; });
    var t = !ix.volgorde.some(m.lokaal) ? '' : eigen ? ' Daarvan ' + eigen + ' op eigen uitspraken van ' + g + '.'
      : ' Geen antwoorden op de eigen uitspraken van ' + g + ': die blijven open.';
    if (vreemd.length) t += ' Antwoorden op ' + vreemd.length + ' eigen uitspraken die niet in dit VIT staan (' + vreemd.join(', ') +
      '), bijvoorbeeld van een andere gemeente: ze worden bewaard, en u ziet ze bij de resultaten.';
    return t ? el('span', { 'data-vit': 'inlees-lokaal', text: t }) : '';
  }

  /** The import on the overview: check, show, ask, then write. */
  function inlezen(ctx) {
    var invoer = ui.deel('inlezen');
    if (!invoer) return;
    var melding = ui.deel('inlezen-melding');
    var vraag = el('div', { class: 'vit-inlees-vraag', 'data-vit': 'inlees-vraag', hidden: true });
    melding.parentNode.insertBefore(vraag, melding);

    function sluit() { vraag.hidden = true; ui.vervang(vraag, null); invoer.value = ''; }

    invoer.addEventListener('change', function () {
      WV.fout(invoer, null);
      vraag.hidden = true;
      ui.vervang(vraag, null);
      var gekozen = invoer.files && invoer.files[0];
      if (!gekozen) return;
      ui.leesBestand(gekozen, function (tekst) {
        var r = bestand.leesImport(ctx.ix, tekst);
        if (!r.ok) {
          WV.fout(invoer, el('p', {}, el('strong', { text: 'Dit bestand is niet ingelezen. ' }), r.fout, ' Er is niets veranderd.'));
          invoer.value = '';
          return;
        }
        var kopId = 'vit-inlees-kop';
        ui.vervang(vraag, [
          el('h4', { id: kopId, tabindex: '-1', text: 'In het bestand ' + gekozen.name + ' staat:' }),
          samenvatting(ctx, r),
          el('p', { text: 'Wilt u dit inlezen?' }),
          el('p', {},
            el('button', { type: 'button', class: 'knop knop-primair', 'data-vit': 'inlees-ja', text: 'Ja, inlezen', onclick: function () {
              var ok = ctx.store.wijzig(function (s) {
                r.verkenningen.forEach(function (v) {
                  s.verkenningen[v.id] = v;
                  if (s.volgorde.indexOf(v.id) < 0) s.volgorde.push(v.id);
                });
                s.actief = r.verkenningen[0].id;
              });
              sluit();
              ctx.opnieuw();
              ui.meld(melding, ok ? 'Ingelezen: ' + r.verkenningen.map(function (v) { return v.naam; }).join(', ') +
                '. U werkt nu in verkenning ' + r.verkenningen[0].naam + '.' : ctx.store.waarschuwing());
              invoer.focus();
            } }),
            ' ',
            el('button', { type: 'button', class: 'knop', 'data-vit': 'inlees-nee', text: 'Nee, niet inlezen', onclick: function () {
              sluit();
              ui.meld(melding, 'Niet ingelezen. Er is niets veranderd.');
              invoer.focus();
            } })),
        ]);
        vraag.hidden = false;
        root.document.getElementById(kopId).focus();
      }, function (m) {
        WV.fout(invoer, el('p', { text: m + ' Er is niets veranderd.' }));
      });
    });
  }

  WV.exchange = { knoppen: knoppen, inlezen: inlezen, exporteer: exporteer };
})(this);
