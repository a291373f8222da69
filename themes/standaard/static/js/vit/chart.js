// The distribution of answers as a stacked bar chart (SVG) with the same numbers in a table.
// The SVG is an image with a text alternative that points to the table; colours come from
// classes in css/vit.css (no style attributes: the pages' CSP forbids them).
(function (root) {
  'use strict';
  var WV = (root.WegwijzerVit = root.WegwijzerVit || {});
  var ui = WV.ui;
  var el = ui.el;
  var teller = 0;

  var BREED = 600;
  var RIJ = 46;

  /**
   * rijen: [{label, verdeling}] with verdeling from model.verdeling. Returns a <div> with the
   * chart, its legend and the table.
   */
  function grafiek(ctx, titel, kolomKop, rijen) {
    var keuzes = ctx.ix.data.keuzes;
    var reeksen = keuzes.map(function (k) { return { waarde: k.waarde, label: k.label }; })
      .concat([{ waarde: 'open', label: 'Niet ingevuld' }]);
    var id = 'vit-grafiek-' + (++teller);
    var hoog = rijen.length * RIJ + 4;
    var svg = el('svg:svg', { viewBox: '0 0 ' + BREED + ' ' + hoog, class: 'vit-grafiek', role: 'img',
      'aria-labelledby': id + '-titel', focusable: 'false' },
    el('svg:title', { id: id + '-titel', text: titel + ': staafdiagram. Dezelfde getallen staan in de tabel eronder.' }));
    rijen.forEach(function (r, i) {
      var y = i * RIJ;
      var kort = r.label.length > 72 ? r.label.slice(0, 70).replace(/\s+\S*$/, '') + ' …' : r.label;  // full text in the table
      svg.appendChild(el('svg:text', { x: 0, y: y + 15, class: 'vit-grafiek-label', text: kort }));
      var x = 0;
      reeksen.forEach(function (s) {
        var n = r.verdeling[s.waarde] || 0;
        if (!n || !r.verdeling.totaal) return;
        var w = (n / r.verdeling.totaal) * BREED;
        svg.appendChild(el('svg:rect', { x: x.toFixed(2), y: y + 21, width: w.toFixed(2), height: 20,
          class: 'vit-kleur-' + s.waarde }));
        x += w;
      });
    });
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
    return el('div', { class: 'vit-grafiek-blok' }, el('figure', { class: 'vit-figuur' }, svg, legenda),
      el('div', { class: 'vit-tabel-rol', tabindex: '0', role: 'group', 'aria-label': titel }, tabel));
  }

  WV.chart = { grafiek: grafiek };
})(this);
