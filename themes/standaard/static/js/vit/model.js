// The VIT's data rules, without DOM or storage: question lookup, progress, answer
// distributions. Pure functions, so tests/browser/tests/vit-model.test.mjs can run them in
// Node as well. Files and comparing: model-bestand.js and model-vergelijk.js.
(function (root) {
  'use strict';

  var TEKSTVELDEN = ['toelichting', 'wat', 'wie', 'wanneer'];
  /** Lookup tables of the data file (window.WEGWIJZER_VIT). */
  function index(data) {
    var vragen = {};
    var volgorde = [];
    var keuzes = {};
    data.kenmerken.forEach(function (k) {
      k.vragen.forEach(function (v) {
        vragen[v.id] = { vraag: v, kenmerk: k };
        volgorde.push(v.id);
      });
    });
    var vervallen = {};
    (data.vervallen || []).forEach(function (v) { vervallen[v.id] = v; });
    data.keuzes.forEach(function (k) { keuzes[k.waarde] = k; });
    var perspectieven = {};
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
    keuzes.forEach(function (k) { uit[k.waarde] = 0; });
    vragen.forEach(function (v) {
      var a = antwoorden[v.id];
      if (a && a.antwoord && Object.prototype.hasOwnProperty.call(uit, a.antwoord)) uit[a.antwoord]++;
      else uit.open++;
    });
    return uit;
  }

  /** Answers to ids that are not a current question: kept, shown as "niet meer in de VIT". */
  function verweesd(ix, antwoorden) {
    return Object.keys(antwoorden).filter(function (id) { return !ix.vragen[id]; }).sort();
  }

  /** FNV-1a (32 bit, 8 hex digits) of a statement's UTF-8 text: the same as vit_text_hash in C++. */
  function tekstHash(tekst) {
    var h = 0x811c9dc5;
    var bytes = unescape(encodeURIComponent(String(tekst)));  // UTF-8, one char per byte
    for (var i = 0; i < bytes.length; i++) {
      h ^= bytes.charCodeAt(i);
      h = Math.imul(h, 16777619) >>> 0;
    }
    return ('0000000' + (h >>> 0).toString(16)).slice(-8);
  }

  /**
   * An answer given to an earlier text of its statement: {eerder: the earlier text when this site
   * knows it, versie}, else null. Answers saved without a text hash (before editions were
   * tracked) are not flagged: what they were given to is unknown. Nothing is ever changed or dropped.
   */
  function veranderd(ix, id, a) {
    var e = ix.vragen[id];
    if (!e || !a || !a.antwoord || !a.tekst_hash || !e.vraag.hash || a.tekst_hash === e.vraag.hash) return null;
    var eerder = e.vraag.eerder && e.vraag.eerder.hash === a.tekst_hash ? e.vraag.eerder : null;
    return { eerder: eerder ? eerder.tekst : '', versie: eerder ? eerder.versie : '' };
  }

  /** Ids (in question order) of the answers in `antwoorden` given to an earlier text. */
  function veranderdeIds(ix, antwoorden) {
    return ix.volgorde.filter(function (id) { return veranderd(ix, id, antwoorden[id]); });
  }

  var api = {
    TEKSTVELDEN: TEKSTVELDEN, STATUS_LABEL: STATUS_LABEL, index: index, isLeeg: isLeeg,
    voortgang: voortgang, verdeling: verdeling, verweesd: verweesd, tekstHash: tekstHash,
    veranderd: veranderd, veranderdeIds: veranderdeIds,
  };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else (root.WegwijzerVit = root.WegwijzerVit || {}).model = api;
})(this);
