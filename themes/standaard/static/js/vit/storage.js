// The VIT's answers in localStorage, one key per site (short_name); re-read before every
// change, unreadable data kept aside. docs/vit.md, "Stored answers".
(function (root) {
  'use strict';
  var WV = (root.WegwijzerVit = root.WegwijzerVit || {});
  var SCHEMA = 1;

  function sleutel(site) {
    return 'wegwijzer-vit:' + (site.short_name || 'site');
  }

  function nieuwId() {
    return 'v' + Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
  }

  var kaart = WV.model.kaart;

  function leeg() {
    return { schema: SCHEMA, actief: '', volgorde: [], verkenningen: kaart() };
  }

  function geldig(s) {
    return s && typeof s === 'object' && typeof s.schema === 'number' && s.verkenningen &&
      typeof s.verkenningen === 'object' && Array.isArray(s.volgorde);
  }

  /** Makes the stored object complete: order list and active verkenning match what exists. */
  function herstel(s) {
    s.verkenningen = kaart(s.verkenningen);
    Object.keys(s.verkenningen).forEach(function (id) {
      var v = s.verkenningen[id];
      if (!v || typeof v !== 'object') { delete s.verkenningen[id]; return; }
      v.antwoorden = kaart(v.antwoorden);
      v.id = id;
      if (s.volgorde.indexOf(id) < 0) s.volgorde.push(id);
    });
    s.volgorde = s.volgorde.filter(function (id, i, a) { return s.verkenningen[id] && a.indexOf(id) === i; });
    if (!s.verkenningen[s.actief]) s.actief = s.volgorde[0] || '';
    return s;
  }

  /** {lees, wijzig(fn): true when saved, waarschuwing, beschikbaar} for `site`. */
  function open(site, opslag) {
    var key = sleutel(site);
    var ls = opslag;
    var waarschuwing = '';
    var geheugen = null;  // used when localStorage is not available
    if (ls === undefined) {
      try { ls = root.localStorage; ls.getItem(key); } catch (e) { ls = null; }
    }
    if (!ls) waarschuwing = 'Deze browser laat het VIT geen gegevens bewaren. Uw antwoorden zijn weg als u de pagina sluit. Bewaar ze als bestand.';

    function bewaarKapot(ruw) {
      var h = 0;  // same content, same backup key: reloading does not pile up copies
      for (var i = 0; i < ruw.length; i++) h = (h * 31 + ruw.charCodeAt(i)) | 0;
      var stamp = (h >>> 0).toString(16);
      try { ls.setItem(key + ':onleesbaar:' + stamp, ruw); } catch (e) { /* keep the original key then */ return false; }
      waarschuwing = 'Een deel van de bewaarde gegevens van het VIT kon niet gelezen worden. Het is apart bewaard in deze browser (' +
        key + ':onleesbaar:' + stamp + '); er is niets gewist.';
      return true;
    }

    function lees() {
      if (!ls) return herstel(geheugen || leeg());
      var ruw = ls.getItem(key);
      if (ruw === null) return leeg();
      var s;
      try { s = JSON.parse(ruw); } catch (e) { s = null; }
      if (!geldig(s) || s.schema > SCHEMA) {
        if (s && s.schema > SCHEMA) {
          waarschuwing = 'De antwoorden in deze browser zijn gemaakt met een nieuwere versie van het VIT. Ze zijn niet gewijzigd.';
          return null;
        }
        return bewaarKapot(ruw) ? leeg() : null;
      }
      return herstel(s);
    }

    function wijzig(fn) {
      var s = lees();
      if (!s) return false;
      fn(s);
      herstel(s);
      if (!ls) { geheugen = s; return true; }
      try {
        ls.setItem(key, JSON.stringify(s));
        return true;
      } catch (e) {
        waarschuwing = 'Niet opgeslagen: de opslag van deze browser is vol of geblokkeerd. Bewaar uw antwoorden als bestand.';
        return false;
      }
    }

    return {
      sleutel: key,
      lees: function () { return lees() || leeg(); },
      wijzig: wijzig,
      waarschuwing: function () { return waarschuwing; },
      beschikbaar: !!ls,
    };
  }

  /** A new, empty verkenning. */
  function maakVerkenning(naam, gemeente, perspectief) {
    var nu = new Date().toISOString();
    return { id: nieuwId(), naam: naam, gemeente: gemeente || '', perspectief: perspectief || '',
      gemaakt: nu, gewijzigd: nu, antwoorden: kaart() };
  }

  WV.storage = { SCHEMA: SCHEMA, open: open, maakVerkenning: maakVerkenning, sleutel: sleutel };
})(this);
