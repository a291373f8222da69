// The VIT's export and import rules, without DOM: the JSON file (complete, re-importable),
// the CSV for Excel, and checking a file before anything is read in. Pure functions, tested
// in Node by tests/browser/tests/vit-model.test.mjs.
(function (root) {
  'use strict';
  var model = typeof module === 'object' && module.exports ? require('./model.js') : root.WegwijzerVit.model;
  var TEKSTVELDEN = model.TEKSTVELDEN;
  var verweesd = model.verweesd;
  var FORMAAT = 'wegwijzer-vit';
  /** A question id of the VIT ("5.2") or of a gemeente ("KW-1"); see src/vit/vit_validate.h. */
  var ID = /^(?:[1-9][0-9]{0,3}\.[1-9][0-9]{0,3}|[A-Z][A-Z0-9]*-[1-9][0-9]{0,3})$/;

  function vandaag(nu) {
    return (nu || new Date()).toISOString();
  }

  /** One verkenning as stored, plus the statement text of every answer (for readers of the file). */
  function verkenningVoorExport(ix, v) {
    var antwoorden = {};
    Object.keys(v.antwoorden || {}).sort().forEach(function (id) {
      var a = Object.assign({}, v.antwoorden[id]);
      var bekend = ix.vragen[id] ? ix.vragen[id].vraag : ix.vervallen[id];
      if (bekend) a.tekst = bekend.tekst;
      if (!ix.vragen[id]) a.niet_meer_in_vit = true;  // so the file can be read back in
      antwoorden[id] = a;
    });
    var uit = {};
    Object.keys(v).forEach(function (k) { if (k !== 'antwoorden') uit[k] = v[k]; });
    uit.antwoorden = antwoorden;
    return uit;
  }

  /** The export file: complete and re-importable. */
  function exportJson(ix, verkenningen, nu) {
    var s = ix.data.site;
    return {
      formaat: FORMAAT,
      schema: ix.data.schema,
      site: { short_name: s.short_name, title: s.title, versie: s.versie, gemeente: s.gemeente },
      gemaakt: vandaag(nu),
      verkenningen: verkenningen.map(function (v) { return verkenningVoorExport(ix, v); }),
    };
  }

  function csvVeld(x) {
    var s = x === undefined || x === null ? '' : String(x);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;  // no formulas in Excel
    if (/[;"\r\n]/.test(s)) s = '"' + s.replace(/"/g, '""') + '"';
    return s;
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
      rij(e.kenmerk.nummer + '. ' + e.kenmerk.title, id, e.vraag.tekst);
    });
    verweesd(ix, antw).forEach(function (id) {
      var tekst = ix.vervallen[id] ? ix.vervallen[id].tekst : (antw[id].tekst || '');
      rij('Niet meer in de VIT', id, tekst);
    });
    return '\ufeff' + rijen.map(function (r) { return r.map(csvVeld).join(';'); }).join('\r\n') + '\r\n';
  }

  function isObject(x) { return x !== null && typeof x === 'object' && !Array.isArray(x); }

  /**
   * Checks an import file. Returns {ok: true, verkenningen} or {ok: false, fout} with a Dutch
   * message. Refuses bad JSON, another format or schema, wrong types, unknown answer values and
   * question ids that this VIT does not know, except answers the exporting site marked
   * `niet_meer_in_vit` (questions removed since): those are kept.
   */
  function leesImport(ix, tekst) {
    var d;
    try {
      d = JSON.parse(String(tekst).replace(/^\ufeff/, ''));
    } catch (e) {
      return { ok: false, fout: 'Dit bestand is geen geldig JSON-bestand. Kies een bestand dat u met "bewaren (JSON)" hebt gemaakt.' };
    }
    if (!isObject(d) || d.formaat !== FORMAAT)
      return { ok: false, fout: 'Dit bestand komt niet uit het VIT. Kies een bestand dat u met "bewaren (JSON)" hebt gemaakt.' };
    if (typeof d.schema !== 'number' || d.schema > ix.data.schema || d.schema < 1)
      return { ok: false, fout: 'Dit bestand heeft versie ' + d.schema + ' van het VIT-formaat. Deze site kan versie 1 tot en met ' + ix.data.schema + ' lezen.' };
    if (!Array.isArray(d.verkenningen) || d.verkenningen.length === 0)
      return { ok: false, fout: 'Er staan geen verkenningen in dit bestand.' };
    var uit = [];
    for (var i = 0; i < d.verkenningen.length; i++) {
      var v = d.verkenningen[i];
      var waar = 'Verkenning ' + (i + 1);
      if (!isObject(v)) return { ok: false, fout: waar + ' in het bestand is onleesbaar.' };
      if (typeof v.id !== 'string' || !v.id) return { ok: false, fout: waar + ' heeft geen id.' };
      if (typeof v.naam !== 'string' || !v.naam.trim()) return { ok: false, fout: waar + ' heeft geen naam.' };
      waar = 'Verkenning "' + v.naam + '"';
      var strings = ['gemeente', 'perspectief', 'gemaakt', 'gewijzigd'];
      for (var s = 0; s < strings.length; s++)
        if (v[strings[s]] !== undefined && typeof v[strings[s]] !== 'string')
          return { ok: false, fout: waar + ': het veld "' + strings[s] + '" moet tekst zijn.' };
      if (v.perspectief && !ix.perspectieven[v.perspectief])
        return { ok: false, fout: waar + ': onbekend perspectief "' + v.perspectief + '".' };
      if (!isObject(v.antwoorden)) return { ok: false, fout: waar + ' heeft geen lijst met antwoorden.' };
      var antwoorden = {};
      var ids = Object.keys(v.antwoorden);
      for (var j = 0; j < ids.length; j++) {
        var id = ids[j];
        var a = v.antwoorden[id];
        var weg = isObject(a) && a.niet_meer_in_vit === true && ID.test(id);
        if (!ix.vragen[id] && !ix.vervallen[id] && !weg)
          return { ok: false, fout: waar + ': uitspraak "' + id + '" bestaat niet in dit VIT. Misschien komt het bestand van een andere site.' };
        if (!isObject(a)) return { ok: false, fout: waar + ': het antwoord op ' + id + ' is onleesbaar.' };
        if (a.antwoord !== undefined && a.antwoord !== '' && !ix.keuzes[a.antwoord])
          return { ok: false, fout: waar + ': onbekend antwoord "' + a.antwoord + '" bij uitspraak ' + id + '.' };
        if (a.oppakken !== undefined && typeof a.oppakken !== 'boolean')
          return { ok: false, fout: waar + ': "oppakken" bij uitspraak ' + id + ' moet waar of onwaar zijn.' };
        for (var t = 0; t < TEKSTVELDEN.length; t++) {
          var f = TEKSTVELDEN[t];
          if (a[f] !== undefined && typeof a[f] !== 'string')
            return { ok: false, fout: waar + ': het veld "' + f + '" bij uitspraak ' + id + ' moet tekst zijn.' };
        }
        var kopie = Object.assign({}, a);
        var q = ix.vragen[id];  // an export against an earlier text: flag the answer
        if (!kopie.antwoord_op && q && a.tekst && a.tekst !== q.vraag.tekst) kopie.antwoord_op = String(a.tekst);
        if (ix.vragen[id] || ix.vervallen[id]) delete kopie.tekst;  // the site knows the text
        delete kopie.niet_meer_in_vit;
        antwoorden[id] = kopie;
      }
      var schoon = Object.assign({}, v);
      schoon.antwoorden = antwoorden;
      uit.push(schoon);
    }
    return { ok: true, verkenningen: uit, site: isObject(d.site) ? d.site : {}, gemaakt: d.gemaakt };
  }

  var api = { FORMAAT: FORMAAT, exportJson: exportJson, exportCsv: exportCsv, leesImport: leesImport };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.WegwijzerVit.bestand = api;
})(this);
