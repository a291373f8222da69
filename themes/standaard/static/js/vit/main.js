// Starts the VIT on a VIT page: opens the store, shows the bar and runs the part of the
// page type (overview, basiskenmerk, results, compare, report). Loaded last, with defer.
(function (root) {
  'use strict';
  var WV = root.WegwijzerVit;
  var data = root.WEGWIJZER_VIT;
  var doc = root.document;
  var art = doc.querySelector('[data-vit-pagina]');
  if (!art || !data || !WV || !WV.model || !WV.storage || !WV.ui) return;
  var ui = WV.ui;
  var model = WV.model;

  // The report page has no active verkenning, so no script for it in the bar.
  var balk = WV.verkenningen ? WV.verkenningen.balk : function () {};
  var wissels = [];
  var ctx = {
    ix: model.index(data),
    store: WV.storage.open(data.site),
    staat: function () { return ctx.store.lees(); },
    actief: function () {
      var s = ctx.store.lees();
      return s.verkenningen[s.actief] || null;
    },
    /** Within store.wijzig: the active verkenning, made ("Mijn verkenning") when there is none. */
    zorgVoorActief: function (s) {
      if (!s.verkenningen[s.actief]) {
        var v = WV.storage.maakVerkenning('Mijn verkenning', data.site.gemeente, '');
        s.verkenningen[v.id] = v;
        s.volgorde.push(v.id);
        s.actief = v.id;
      }
      return s.verkenningen[s.actief];
    },
    /** Registers a redraw for when the active verkenning or the stored data changed. */
    bijWissel: function (fn) { wissels.push(fn); },
    opnieuw: function () {
      balk(ctx);
      wissels.forEach(function (fn) { fn(); });
    },
  };

  function overzicht() {
    function statussen() {
      var v = ctx.actief();
      var antw = v ? v.antwoorden : {};
      var som = 0, totaal = 0;
      data.kenmerken.forEach(function (k) {
        var p = model.voortgang(k, antw);
        som += p.beantwoord;
        totaal += p.totaal;
        var li = art.querySelector('li[data-vit-kenmerk="' + model.sleutel(k) + '"]');
        var span = li && li.querySelector('[data-vit="taakstatus"]');
        if (!span) return;
        li.setAttribute('data-vit-status', p.status);
        span.className = 'vit-taakstatus vit-status-' + p.status;
        span.textContent = model.STATUS_LABEL[p.status] + ', ' + p.beantwoord + ' van ' + p.totaal + ' beantwoord';
      });
      var t = ui.deel('totaal');
      if (t) t.textContent = (v ? 'Verkenning ' + v.naam + ': ' : '') + som + ' van de ' + totaal + ' uitspraken beantwoord.';
    }
    WV.beheer.lijst(ctx);
    WV.beheer.nieuw(ctx);
    if (WV.exchange) WV.exchange.inlezen(ctx);
    statussen();
    ctx.bijWissel(function () { WV.beheer.lijst(ctx); statussen(); });
  }

  ui.activeer();
  balk(ctx);
  if (WV.exchange) WV.exchange.knoppen(ctx);
  var soort = art.getAttribute('data-vit-pagina');
  if (soort === 'overzicht' && WV.beheer) overzicht();
  else if (soort === 'kenmerk' && WV.form) WV.form.start(ctx, art);
  else if (soort === 'resultaten' && WV.results) WV.results.start(ctx);
  else if (soort === 'vergelijken' && WV.compare) WV.compare.start(ctx);
  else if (soort === 'rapport' && WV.rapport) WV.rapport.start(ctx);

  // Another tab changed the answers: show them here too.
  root.addEventListener('storage', function (e) {
    if (e.key === ctx.store.sleutel) ctx.opnieuw();
  });
})(this);
