// The bar on every VIT page: which verkenning is active, the switch to another one, and
// warnings of the store. Creating, renaming and deleting: beheer.js (overview only).
(function (root) {
  'use strict';
  var WV = (root.WegwijzerVit = root.WegwijzerVit || {});
  var ui = WV.ui;
  var el = ui.el;

  function details(ctx, v) {
    var delen = [];
    var p = ui.label(ctx.ix, 'perspectief', v.perspectief);
    if (p) delen.push('perspectief ' + p.toLowerCase());
    if (v.gemeente) delen.push(v.gemeente);
    return delen.length ? '(' + delen.join(', ') + ')' : '';
  }

  /** The bar at the top of every VIT page. */
  function balk(ctx) {
    var s = ctx.staat();
    var v = s.verkenningen[s.actief];
    ui.vervang(ui.deel('actief-naam'), v ? v.naam : 'nog geen, u begint met de eerste als u iets invult');
    ui.vervang(ui.deel('actief-details'), v ? details(ctx, v) : '');
    var kies = ui.deel('kies');
    var blok = ui.deel('kies-blok');
    if (kies && blok) {
      blok.hidden = s.volgorde.length < 2;
      ui.vervang(kies, s.volgorde.map(function (id) {
        var w = s.verkenningen[id];
        return el('option', { value: id, selected: id === s.actief, text: ui.verkenningNaam(ctx.ix, w) });
      }));
      if (!kies.dataset.vitKlaar) {
        kies.dataset.vitKlaar = '1';
        kies.addEventListener('change', function () {
          var id = kies.value;
          ctx.store.wijzig(function (st) { if (st.verkenningen[id]) st.actief = id; });
          ctx.opnieuw();
          ui.meld(ui.deel('kies-melding'), 'U werkt nu in verkenning ' + kies.options[kies.selectedIndex].text + '.');
        });
      }
    }
    var w = ui.deel('waarschuwing');
    if (w) {
      var tekst = ctx.store.waarschuwing();
      w.hidden = !tekst;
      if (w.textContent !== tekst) w.textContent = tekst;
    }
  }

  WV.verkenningen = { balk: balk, details: details };
})(this);
