// Export without DOM: JSON (re-importable) and CSV for Excel. Pure, tested in Node.
(function (root) {
  'use strict';
  var model = typeof module === 'object' && module.exports ? require('./model.js') : root.WegwijzerVit.model;
  var verweesd = model.verweesd;

  function vandaag(nu) {
    return (nu || new Date()).toISOString();
  }

  /**
   * One verkenning as stored, plus the statement text of every answer (for readers of the file).
   * Answers to VNG's questions in `antwoorden`, to the gemeente's own in `lokale_antwoorden`.
   */
  function verkenningVoorExport(ix, v) {
    var delen = { antwoorden: model.kaart(), lokale_antwoorden: model.kaart() };
    Object.keys(v.antwoorden || {}).sort().forEach(function (id) {
      var a = Object.assign({}, v.antwoorden[id]);
      var bekend = ix.vragen[id] ? ix.vragen[id].vraag : ix.vervallen[id];
      if (bekend) a.tekst = bekend.tekst;
      if (!ix.vragen[id]) a.niet_meer_in_vit = true;  // so the file can be read back in
      delen[model.lokaal(id) ? 'lokale_antwoorden' : 'antwoorden'][id] = a;
    });
    var uit = model.kaart();
    Object.keys(v).forEach(function (k) { if (k !== 'antwoorden') uit[k] = v[k]; });
    return Object.assign(uit, delen);
  }

  /** The export file: complete and re-importable. */
  function exportJson(ix, verkenningen, nu) {
    var s = ix.data.site;
    return {
      formaat: 'wegwijzer-vit',
      schema: ix.data.schema,
      site: { short_name: s.short_name, title: s.title, versie: s.versie, gemeente: s.gemeente },
      gemaakt: vandaag(nu),
      // The gemeente's own parts, for readers of the file; their answers are in lokale_antwoorden.
      lokale_delen: ix.data.kenmerken.filter(function (k) { return k.lokaal; }).map(function (k) {
        return { deel: k.deel, title: k.title, vragen: k.vragen.map(function (q) { return q.id; }) };
      }),
      verkenningen: verkenningen.map(function (v) { return verkenningVoorExport(ix, v); }),
    };
  }

  /** CSV for Excel: ';'-separated, UTF-8 with BOM, one row per question (current, then retired). */
  function exportCsv(ix, v) {
    var kop = ['Verkenning', 'Gemeente', 'Perspectief', 'Basiskenmerk', 'Id', 'Uitspraak', 'Antwoord',
      'Toelichting', 'Dit pakken we op', 'Wat gaan we doen', 'Wie', 'Wanneer'];
    var rijen = [kop];
    var antw = v.antwoorden || {};
    var persp = ix.perspectieven[v.perspectief] ? ix.perspectieven[v.perspectief].label : '';
    function rij(kenmerk, id, tekst) {
      var a = antw[id] || {};
      var label = a.antwoord && ix.keuzes[a.antwoord] ? ix.keuzes[a.antwoord].label : '';
      rijen.push([v.naam, v.gemeente || '', persp, kenmerk, id, tekst, label, a.toelichting || '',
        a.oppakken ? 'ja' : '', a.wat || '', a.wie || '', a.wanneer || '']);
    }
    ix.volgorde.forEach(function (id) {
      var e = ix.vragen[id];
      rij(model.naam(e.kenmerk), id, e.vraag.tekst);
    });
    verweesd(ix, antw).forEach(function (id) {
      var tekst = ix.vervallen[id] ? ix.vervallen[id].tekst : (antw[id].tekst || '');
      rij('Niet meer in het VIT', id, tekst);
    });
    return model.csv(rijen);
  }

  var api = { exportJson: exportJson, exportCsv: exportCsv };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.WegwijzerVit.bestand = Object.assign(root.WegwijzerVit.bestand || {}, api);
})(this);
