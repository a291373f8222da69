// Comparing verkenningen, without DOM: one pass that counts the answers per question and
// adds up the scores per basiskenmerk, waarde and perspective (samenvatting, for any number of
// verkenningen), the biggest differences, and per question the answers of a few verkenningen
// side by side (vergelijk, for one page of them). Tested in Node.
(function (root) {
  'use strict';
  var model = typeof module === 'object' && module.exports ? require('./model.js') : root.WegwijzerVit.model;
  var eigen = model.eigen;

  /** The answer choice of `v` to question `id`, or null. */
  function keuze(ix, v, id) {
    var a = eigen(v.antwoorden, id);
    return a && typeof a.antwoord === 'string' && a.antwoord ? eigen(ix.keuzes, a.antwoord) || null : null;
  }

  function optelling(groepen) {
    return { som: 0, n: 0, groep: groepen.map(function () { return { som: 0, n: 0 }; }) };
  }

  function tel(t, g, score) {
    t.som += score; t.n++; t.groep[g].som += score; t.groep[g].n++;
  }

  /** The average of an optelling ({som, n}), or null when nothing was rated. */
  function gem(t) {
    return t.n ? t.som / t.n : null;
  }

  /**
   * Everything the compare page shows first, in one pass over the answers (O(verkenningen x
   * questions)): the groups (perspectives of the site in their order, then "geen perspectief";
   * only groups with verkenningen), and per question the count of each answer value and of the
   * unanswered, the spread (highest minus lowest score on the 0-3 scale) and the standard
   * deviation of the scores; per kenmerk and per waarde the score total and count, per group
   * and for all together.
   */
  function samenvatting(ix, verkenningen) {
    var alle = ix.data.perspectieven.map(function (p) { return { waarde: p.waarde, label: p.label, aantal: 0 }; })
      .concat([{ waarde: '', label: 'Geen perspectief', aantal: 0 }]);
    var groepVan = verkenningen.map(function (v) {
      var g = -1;
      for (var i = 0; i < alle.length - 1; i++) if (alle[i].waarde === v.perspectief) g = i;
      if (g < 0) g = alle.length - 1;
      alle[g].aantal++;
      return g;
    });
    var nieuweIndex = [];
    var groepen = [];
    alle.forEach(function (g, i) { nieuweIndex[i] = groepen.length; if (g.aantal) groepen.push(g); });
    var kenmerken = ix.data.kenmerken.map(function (k) { return { kenmerk: k, totaal: optelling(groepen) }; });
    var waarden = ix.data.waarden.map(function (w) { return { waarde: w, totaal: optelling(groepen) }; });
    var waardeVan = kaartVan(ix.data.waarden.map(function (w, i) { return [w.waarde, i]; }));
    var vragen = [];
    ix.data.kenmerken.forEach(function (k, ki) {
      k.vragen.forEach(function (q) {
        var telling = { open: 0 };
        ix.data.keuzes.forEach(function (c) { telling[c.waarde] = 0; });
        var w = eigen(waardeVan, k.waarde);
        vragen.push({ id: q.id, vraag: q, kenmerk: k, telling: telling, n: 0, som: 0, kwadraten: 0, laag: null, hoog: null,
          kt: kenmerken[ki].totaal, wt: w === undefined ? null : waarden[w].totaal });
      });
    });
    verkenningen.forEach(function (v, vi) {
      var g = nieuweIndex[groepVan[vi]];
      for (var i = 0; i < vragen.length; i++) {
        var r = vragen[i];
        var c = keuze(ix, v, r.id);
        if (!c) { r.telling.open++; continue; }
        r.telling[c.waarde]++;
        if (c.score < 0) continue;
        r.n++; r.som += c.score; r.kwadraten += c.score * c.score;
        if (r.laag === null || c.score < r.laag) r.laag = c.score;
        if (r.hoog === null || c.score > r.hoog) r.hoog = c.score;
        tel(r.kt, g, c.score);
        if (r.wt) tel(r.wt, g, c.score);
      }
    });
    vragen.forEach(function (r) {
      r.spreiding = r.n >= 2 ? r.hoog - r.laag : 0;
      var m = r.n ? r.som / r.n : 0;
      r.afwijking = r.n >= 2 ? Math.sqrt(Math.max(0, r.kwadraten / r.n - m * m)) : 0;
      r.gemiddelde = r.n ? m : null;
      delete r.kt; delete r.wt;
    });
    return { aantal: verkenningen.length, groepen: groepen, vragen: vragen, kenmerken: kenmerken,
      waarden: waarden.filter(function (w) { return ix.data.kenmerken.some(function (k) { return k.waarde === w.waarde.waarde; }); }) };
  }

  function kaartVan(paren) {
    var k = model.kaart();
    paren.forEach(function (p) { k[p[0]] = p[1]; });
    return k;
  }

  /**
   * The questions of samenvatting() with a spread, largest first; within the same spread the
   * larger standard deviation first (with many verkenningen almost every question spans the
   * whole scale), then VIT order.
   */
  function grootsteSpreiding(vragen) {
    return vragen.map(function (r, i) { return { r: r, i: i }; })
      .filter(function (x) { return x.r.spreiding > 0; })
      .sort(function (a, b) { return b.r.spreiding - a.r.spreiding || b.r.afwijking - a.r.afwijking || a.i - b.i; })
      .map(function (x) { return x.r; });
  }

  /**
   * Side by side: for every current question the answers of each verkenning, and the spread
   * (highest minus lowest score of the answers on the 0-3 scale). Sorted as in the VIT.
   */
  function vergelijk(ix, verkenningen) {
    return ix.volgorde.map(function (id) {
      var scores = [];
      var antwoorden = verkenningen.map(function (v) {
        var k = keuze(ix, v, id);
        if (k && k.score >= 0) scores.push(k.score);
        return k;
      });
      var spreiding = scores.length >= 2 ? Math.max.apply(null, scores) - Math.min.apply(null, scores) : 0;
      return { id: id, vraag: ix.vragen[id].vraag, kenmerk: ix.vragen[id].kenmerk, antwoorden: antwoorden,
        spreiding: spreiding };
    });
  }

  /** The rows of vergelijk() with a spread, largest first (stable: VIT order within a spread). */
  function grootsteVerschillen(rijen) {
    return rijen.map(function (r, i) { return { r: r, i: i }; })
      .filter(function (x) { return x.r.spreiding > 0; })
      .sort(function (a, b) { return b.r.spreiding - a.r.spreiding || a.i - b.i; })
      .map(function (x) { return x.r; });
  }

  /** Average score (0-3) per kenmerk for a group of verkenningen; null where nothing was rated. */
  function gemiddelde(ix, kenmerk, verkenningen) {
    var som = 0, n = 0;
    verkenningen.forEach(function (v) {
      kenmerk.vragen.forEach(function (q) {
        var k = keuze(ix, v, q.id);
        if (k && k.score >= 0) { som += k.score; n++; }
      });
    });
    return n ? som / n : null;
  }

  var api = { vergelijk: vergelijk, grootsteVerschillen: grootsteVerschillen, gemiddelde: gemiddelde,
    samenvatting: samenvatting, grootsteSpreiding: grootsteSpreiding, gem: gem };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.WegwijzerVit.vergelijk = api;
})(this);
