// Comparing verkenningen, without DOM: totals for any number of verkenningen in one pass over
// the answers (samenvatting), the biggest differences, and the answers of a few verkenningen
// side by side (vergelijk). Tested in Node.
(function (root) {
  'use strict';

  function keuze(ix, v, id) {
    var a = v.antwoorden && v.antwoorden[id];
    return (a && a.antwoord && ix.keuzes[a.antwoord]) || null;
  }

  function optelling(groepen) {
    return { som: 0, n: 0, groep: groepen.map(function () { return { som: 0, n: 0 }; }) };
  }

  function tel(t, g, score) {
    t.som += score; t.n++; t.groep[g].som += score; t.groep[g].n++;
  }

  /** The average of {som, n}, or null when nothing was rated. */
  function gem(t) {
    return t.n ? t.som / t.n : null;
  }

  /**
   * O(verkenningen x questions). groepen: the site's perspectives in order, then "Geen
   * perspectief", only those with verkenningen. vragen: per question the count of each answer
   * value and of the open ones, the spread (highest minus lowest score, 0-3) and the standard
   * deviation. kenmerken, waarden: score totals per group and together (see gem).
   */
  function samenvatting(ix, verkenningen) {
    var p = ix.data.perspectieven;
    var alle = p.map(function (x) { return { waarde: x.waarde, label: x.label, aantal: 0 }; })
      .concat([{ waarde: '', label: 'Geen perspectief', aantal: 0 }]);
    var plek = ix.data.perspectieven.map(function (x) { return x.waarde; });
    var groepVan = verkenningen.map(function (v) {
      var g = plek.indexOf(v.perspectief);
      if (g < 0 || !v.perspectief) g = p.length;
      alle[g].aantal++;
      return g;
    });
    var nieuw = [];
    var groepen = [];
    alle.forEach(function (g, i) { nieuw[i] = groepen.length; if (g.aantal) groepen.push(g); });
    var kenmerken = ix.data.kenmerken.map(function (k) { return { kenmerk: k, totaal: optelling(groepen) }; });
    var waarden = ix.data.waarden.map(function (w) { return { waarde: w, totaal: optelling(groepen) }; });
    var vragen = [];
    ix.data.kenmerken.forEach(function (k, ki) {
      var w = waarden.filter(function (x) { return x.waarde.waarde === k.waarde; })[0];
      k.vragen.forEach(function (q) {
        var telling = { open: 0 };
        ix.data.keuzes.forEach(function (c) { telling[c.waarde] = 0; });
        vragen.push({ id: q.id, vraag: q, kenmerk: k, telling: telling, n: 0, som: 0, kw: 0, laag: 9, hoog: -1,
          kt: kenmerken[ki].totaal, wt: w && w.totaal });
      });
    });
    verkenningen.forEach(function (v, vi) {
      var g = nieuw[groepVan[vi]];
      vragen.forEach(function (r) {
        var c = keuze(ix, v, r.id);
        if (!c) { r.telling.open++; return; }
        r.telling[c.waarde]++;
        var s = c.score;
        if (s < 0) return;
        r.n++; r.som += s; r.kw += s * s;
        r.laag = Math.min(r.laag, s);
        r.hoog = Math.max(r.hoog, s);
        tel(r.kt, g, s);
        if (r.wt) tel(r.wt, g, s);
      });
    });
    vragen.forEach(function (r) {
      var m = r.n ? r.som / r.n : 0;
      r.spreiding = r.n >= 2 ? r.hoog - r.laag : 0;
      r.afwijking = r.n >= 2 ? Math.sqrt(Math.max(0, r.kw / r.n - m * m)) : 0;
    });
    return { aantal: verkenningen.length, groepen: groepen, vragen: vragen, kenmerken: kenmerken,
      waarden: waarden.filter(function (w) { return vragen.some(function (r) { return r.wt === w.totaal; }); }) };
  }

  /** Questions with a spread, largest first, then the larger standard deviation, then VIT order. */
  function grootsteSpreiding(vragen) {
    return vragen.map(function (r, i) { return { r: r, i: i }; })
      .filter(function (x) { return x.r.spreiding > 0; })
      .sort(function (a, b) { return b.r.spreiding - a.r.spreiding || b.r.afwijking - a.r.afwijking || a.i - b.i; })
      .map(function (x) { return x.r; });
  }

  /** For every current question the answer choice of each verkenning (null: none), and the spread. */
  function vergelijk(ix, verkenningen) {
    return ix.volgorde.map(function (id) {
      var scores = [];
      var antwoorden = verkenningen.map(function (v) {
        var k = keuze(ix, v, id);
        if (k && k.score >= 0) scores.push(k.score);
        return k;
      });
      var spreiding = scores.length >= 2 ? Math.max.apply(null, scores) - Math.min.apply(null, scores) : 0;
      return { id: id, vraag: ix.vragen[id].vraag, kenmerk: ix.vragen[id].kenmerk, antwoorden: antwoorden, spreiding: spreiding };
    });
  }

  var api = { vergelijk: vergelijk, samenvatting: samenvatting, grootsteSpreiding: grootsteSpreiding, gem: gem };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.WegwijzerVit.vergelijk = api;
})(this);
