// Checking a VIT file (JSON) before anything is read in; export: model-export.js. Pure,
// tested in Node by tests/browser/tests/vit-model.test.mjs.
(function (root) {
  'use strict';
  var model = typeof module === 'object' && module.exports ? require('./model.js') : root.WegwijzerVit.model;
  var TEKSTVELDEN = model.TEKSTVELDEN;
  var gereserveerd = model.gereserveerd;
  var FORMAAT = 'wegwijzer-vit';
  /** A question id of the VIT ("5.2") or of a gemeente ("KW-1"); see src/vit/vit_validate.h. */
  var ID = /^(?:[1-9][0-9]{0,3}\.[1-9][0-9]{0,3}|[A-Z][A-Z0-9]*-[1-9][0-9]{0,3})$/;

  function isObject(x) { return x !== null && typeof x === 'object' && !Array.isArray(x); }

  function nee(fout) { return { ok: false, fout: fout }; }

  function verboden(waar, wat, naam) {
    return nee(waar + ': "' + naam + '" kan geen ' + wat + ' zijn. Dit woord is niet toegestaan, omdat de browser het zelf gebruikt.');
  }

  function verbodenVeld(obj) {
    return Object.keys(obj).filter(gereserveerd)[0];
  }

  /**
   * {ok: true, verkenningen} or {ok: false, fout: Dutch message}; what it refuses: docs/vit.md.
   * Answers marked `niet_meer_in_vit` (questions removed since) are kept.
   */
  function leesImport(ix, tekst) {
    var d;
    try {
      d = JSON.parse(String(tekst).replace(/^\ufeff/, ''));
    } catch (e) {
      return nee('Dit bestand is geen geldig JSON-bestand. Kies een bestand dat u met "bewaren (JSON)" hebt gemaakt.');
    }
    if (!isObject(d) || d.formaat !== FORMAAT)
      return nee('Dit bestand komt niet uit het VIT. Kies een bestand dat u met "bewaren (JSON)" hebt gemaakt.');
    if (typeof d.schema !== 'number' || d.schema > ix.data.schema || d.schema < 1)
      return nee('Dit bestand heeft versie ' + d.schema + ' van het VIT-formaat. Deze site kan versie 1 tot en met ' + ix.data.schema + ' lezen.');
    if (!Array.isArray(d.verkenningen) || d.verkenningen.length === 0)
      return nee('Er staan geen verkenningen in dit bestand.');
    var uit = [];
    for (var i = 0; i < d.verkenningen.length; i++) {
      var v = d.verkenningen[i];
      var waar = 'Verkenning ' + (i + 1);
      if (!isObject(v)) return nee(waar + ' in het bestand is onleesbaar.');
      if (typeof v.id !== 'string' || !v.id) return nee(waar + ' heeft geen id.');
      if (gereserveerd(v.id)) return verboden(waar, 'id van een verkenning', v.id);
      if (typeof v.naam !== 'string' || !v.naam.trim()) return nee(waar + ' heeft geen naam.');
      waar = 'Verkenning "' + v.naam + '"';
      var strings = ['gemeente', 'perspectief', 'gemaakt', 'gewijzigd'];
      for (var s = 0; s < strings.length; s++)
        if (v[strings[s]] !== undefined && typeof v[strings[s]] !== 'string')
          return nee(waar + ': het veld "' + strings[s] + '" moet tekst zijn.');
      if (gereserveerd(v.perspectief)) return verboden(waar, 'perspectief', v.perspectief);
      var veld = verbodenVeld(v);
      if (veld) return verboden(waar, 'naam van een veld', veld);
      if (v.perspectief && !ix.perspectieven[v.perspectief])
        return nee(waar + ': onbekend perspectief "' + v.perspectief + '".');
      if (!isObject(v.antwoorden)) return nee(waar + ' heeft geen lijst met antwoorden.');
      // The gemeente's own questions ("KW-3") come apart from VNG's (docs/vit.md); stored together.
      var lok = v.lokale_antwoorden === undefined ? {} : v.lokale_antwoorden;
      if (!isObject(lok)) return nee(waar + ': "lokale_antwoorden" moet een lijst met antwoorden zijn.');
      var antwoorden = {};
      var ids = Object.keys(v.antwoorden), vng = ids.length;
      ids = ids.concat(Object.keys(lok));
      for (var j = 0; j < ids.length; j++) {
        var id = ids[j];
        var a = j < vng ? v.antwoorden[id] : lok[id];
        if (gereserveerd(id)) return verboden(waar, 'nummer van een uitspraak', id);
        if (j >= vng && !model.lokaal(id) && ID.test(id))
          return nee(waar + ': uitspraak "' + id + '" is een uitspraak van de VNG, maar staat bij de eigen uitspraken van de gemeente.');
        if (j >= vng && Object.prototype.hasOwnProperty.call(v.antwoorden, id))
          return nee(waar + ': uitspraak "' + id + '" staat twee keer in het bestand.');
        // An own question of another gemeente (or one this site no longer has): kept, never dropped.
        var weg = (isObject(a) && a.niet_meer_in_vit === true || model.lokaal(id)) && ID.test(id);
        if (!ix.vragen[id] && !ix.vervallen[id] && !weg)
          return nee(waar + ': uitspraak "' + id + '" bestaat niet in dit VIT. Misschien komt het bestand van een andere site.');
        if (!isObject(a)) return nee(waar + ': het antwoord op ' + id + ' is onleesbaar.');
        veld = gereserveerd(a.antwoord) ? a.antwoord : verbodenVeld(a);
        if (veld) return verboden(waar + ', uitspraak ' + id, veld === a.antwoord ? 'antwoord' : 'naam van een veld', veld);
        if (a.antwoord !== undefined && a.antwoord !== '' && !ix.keuzes[a.antwoord])
          return nee(waar + ': onbekend antwoord "' + a.antwoord + '" bij uitspraak ' + id + '.');
        if (a.oppakken !== undefined && typeof a.oppakken !== 'boolean')
          return nee(waar + ': "oppakken" bij uitspraak ' + id + ' moet waar of onwaar zijn.');
        for (var t = 0; t < TEKSTVELDEN.length; t++) {
          var f = TEKSTVELDEN[t];
          if (a[f] !== undefined && typeof a[f] !== 'string')
            return nee(waar + ': het veld "' + f + '" bij uitspraak ' + id + ' moet tekst zijn.');
        }
        var kopie = Object.assign({}, a);
        var q = ix.vragen[id];  // an export against an earlier text: flag the answer
        if (!kopie.antwoord_op && q && a.tekst && a.tekst !== q.vraag.tekst) kopie.antwoord_op = String(a.tekst);
        if (ix.vragen[id] || ix.vervallen[id]) delete kopie.tekst;  // the site knows the text
        delete kopie.niet_meer_in_vit;
        antwoorden[id] = kopie;
      }
      var schoon = Object.assign({}, v);
      delete schoon.lokale_antwoorden;
      schoon.antwoorden = antwoorden;
      uit.push(schoon);
    }
    return { ok: true, verkenningen: uit, site: isObject(d.site) ? d.site : {}, gemaakt: d.gemaakt };
  }

  var api = { FORMAAT: FORMAAT, leesImport: leesImport };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.WegwijzerVit.bestand = Object.assign(root.WegwijzerVit.bestand || {}, api);
})(this);
