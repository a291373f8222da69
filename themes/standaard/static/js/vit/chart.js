// The distribution of answers as stacked bars with the same numbers in a table. The chart is
// HTML: labels are text that grows with zoom; each bar is a row of segments whose share is set
// through the CSSOM (flex-grow; the pages' CSP forbids style attributes, not the CSSOM). Colours
// and patterns (answers differ by more than colour) come from classes in css/vit-grafiek.css.
(function (root) {
  'use strict';
  var WV = (root.WegwijzerVit = root.WegwijzerVit || {});
  var ui = WV.ui;
  var el = ui.el;
  var teller = 0;

  /**
   * rijen: [{label, verdeling}] with verdeling from model.verdeling. Returns a <div> with the
   * chart, its legend and the table.
   */
  function grafiek(ctx, titel, kolomKop, rijen) {
    var keuzes = ctx.ix.data.keuzes;
    var reeksen = keuzes.map(function (k) { return { waarde: k.waarde, label: k.label }; })
      .concat([{ waarde: 'open', label: 'Niet ingevuld' }]);
    var id = 'vit-grafiek-' + (++teller);
    var fig = el('div', { class: 'vit-grafiek', role: 'img',
      'aria-label': titel + ': staafdiagram. Dezelfde getallen staan in de tabel eronder.' },
    rijen.map(function (r) {
      return el('div', { class: 'vit-grafiek-rij' }, el('p', { class: 'vit-grafiek-label', text: r.label }),
        el('div', { class: 'vit-staaf' }, reeksen.map(function (s) {
          var n = r.verdeling[s.waarde] || 0;
          if (!n || !r.verdeling.totaal) return null;
          var deel = el('span', { class: 'vit-deel vit-kleur-' + s.waarde, 'data-aantal': n });
          deel.style.flexGrow = n;
          return deel;
        })));
    }));
    var legenda = el('ul', { class: 'vit-legenda', 'aria-hidden': 'true' }, reeksen.map(function (s) {
      return el('li', {}, el('span', { class: 'vit-staal vit-kleur-' + s.waarde }), ' ' + s.label);
    }));
    var tabel = el('table', { class: 'vit-tabel', id: id + '-tabel' },
      el('caption', { text: titel + ' (aantal uitspraken)' }),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: kolomKop }),
        reeksen.map(function (s) { return el('th', { scope: 'col', text: s.label }); }),
        el('th', { scope: 'col', text: 'Totaal' }))),
      el('tbody', {}, rijen.map(function (r) {
        return el('tr', {}, el('th', { scope: 'row', text: r.label }),
          reeksen.map(function (s) { return el('td', { text: String(r.verdeling[s.waarde] || 0) }); }),
          el('td', { text: String(r.verdeling.totaal) }));
      })));
    return el('div', { class: 'vit-grafiek-blok' }, el('figure', { class: 'vit-figuur' }, fig, legenda),
      el('div', { class: 'vit-tabel-rol', tabindex: '0', role: 'group', 'aria-label': titel }, tabel));
  }

  WV.chart = { grafiek: grafiek };
})(this);
