// The VIT's data rules without DOM: lookup, progress, distributions. Pure, tested in Node.
(function (root) {
  'use strict';

  var TEKSTVELDEN = ['toelichting', 'wat', 'wie', 'wanneer'];
  // No prototype: a key such as "constructor" finds only what was put in.
  function kaart(bron) {
    var uit = Object.create(null);
    if (bron && typeof bron === 'object') Object.keys(bron).forEach(function (k) { uit[k] = bron[k]; });
    return uit;
  }
  function gereserveerd(x) { return typeof x === 'string' && (x === '__proto__' || x in Object.prototype); }

  /** Lookup tables of the data file (window.WEGWIJZER_VIT). */
  function index(data) {
    var vragen = kaart();
    var volgorde = [];
    var keuzes = kaart();
    data.kenmerken.forEach(function (k) {
      k.vragen.forEach(function (v) {
        vragen[v.id] = { vraag: v, kenmerk: k };
        volgorde.push(v.id);
      });
    });
    var vervallen = kaart();
    (data.vervallen || []).forEach(function (v) { vervallen[v.id] = v; });
    data.keuzes.forEach(function (k) { keuzes[k.waarde] = k; });
    var perspectieven = kaart();
    data.perspectieven.forEach(function (p) { perspectieven[p.waarde] = p; });
    return { data: data, vragen: vragen, volgorde: volgorde, vervallen: vervallen, keuzes: keuzes,
      perspectieven: perspectieven };
  }

  /** True when an answer holds nothing worth keeping. */
  function isLeeg(a) {
    if (!a) return true;
    if (a.antwoord || a.oppakken) return false;
    return TEKSTVELDEN.every(function (f) { return !a[f]; });
  }

  /** Progress of one kenmerk: answered count, total and status nog-niet | bezig | klaar. */
  function voortgang(kenmerk, antwoorden) {
    var beantwoord = 0;
    kenmerk.vragen.forEach(function (v) {
      if (antwoorden[v.id] && antwoorden[v.id].antwoord) beantwoord++;
    });
    var totaal = kenmerk.vragen.length;
    var status = beantwoord === 0 ? 'nog-niet' : beantwoord >= totaal ? 'klaar' : 'bezig';
    return { beantwoord: beantwoord, totaal: totaal, status: status };
  }

  var STATUS_LABEL = { 'nog-niet': 'Nog niet begonnen', bezig: 'Bezig', klaar: 'Klaar' };

  /** Counts per answer value (plus 'open' for unanswered) over `vragen`. */
  function verdeling(vragen, antwoorden, keuzes) {
    var uit = { open: 0, totaal: vragen.length };
    var bekend = kaart();  // not uit: "open" or "totaal" is no choice
    keuzes.forEach(function (k) { uit[k.waarde] = 0; bekend[k.waarde] = 1; });
    vragen.forEach(function (v) {
      var a = antwoorden[v.id];
      if (a && bekend[a.antwoord]) uit[a.antwoord]++;
      else uit.open++;
    });
    return uit;
  }

  /** Answers to ids that are not a current question: kept, shown as "niet meer in het VIT". */
  function verweesd(ix, antwoorden) {
    return Object.keys(antwoorden).filter(function (id) { return !ix.vragen[id]; }).sort();
  }

  // An answer given to another text of its statement (antwoord_op, docs/vit.md): that text, else ''.
  function veranderd(ix, id, a) {
    var q = ix.vragen[id] && ix.vragen[id].vraag;
    return q && a && a.antwoord && a.antwoord_op && a.antwoord_op !== q.tekst ? a.antwoord_op : '';
  }

  // A CSV field for Excel: a text that starts with = + - @ (or a tab or return) gets a ' in front,
  // so Excel shows it and never runs it as a formula; ; " and line breaks are quoted.
  function csvVeld(x) {
    var s = x === undefined || x === null ? '' : String(x);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
    return /[;"\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  // Rows of fields as CSV for Excel with Dutch settings: ';' between fields, UTF-8 with BOM, CRLF.
  function csv(rijen) {
    return '\ufeff' + rijen.map(function (r) { return r.map(csvVeld).join(';'); }).join('\r\n') + '\r\n';
  }

  // A gemeente's own question ("KW-3"): VNG's ids are numbers ("5.2"), src/vit/vit_validate.h.
  function lokaal(id) { return /^[A-Z]/.test(id); }
  // The key of a VIT part on the page (data-vit-kenmerk): "5", or "deel-<name>" for a gemeente's own part.
  function sleutel(k) { return k.lokaal ? 'deel-' + k.deel : String(k.nummer); }
  // A part's name: "5. Brede blik"; kop: "Basiskenmerk 5: Brede blik"; kort: "basiskenmerk 5".
  function naam(k, vorm) {
    if (k.lokaal) return vorm === 'kort' ? 'eigen onderdeel ' + k.title : 'Eigen onderdeel: ' + k.title;
    return vorm === 'kort' ? 'basiskenmerk ' + k.nummer : (vorm ? 'Basiskenmerk ' + k.nummer + ': ' : k.nummer + '. ') + k.title;
  }

  var api = {
    csv: csv, lokaal: lokaal, sleutel: sleutel, naam: naam,
    TEKSTVELDEN: TEKSTVELDEN, STATUS_LABEL: STATUS_LABEL, kaart: kaart, gereserveerd: gereserveerd,
    index: index, isLeeg: isLeeg,
    voortgang: voortgang, verdeling: verdeling, verweesd: verweesd, veranderd: veranderd,
  };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else (root.WegwijzerVit = root.WegwijzerVit || {}).model = api;
})(this);
