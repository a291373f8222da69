// Comparing verkenningen, without DOM: per question the answers side by side and their
// spread, the biggest differences, the average per basiskenmerk. Tested in Node.
(function (root) {
  'use strict';

  /**
   * Side by side: for every current question the answers of each verkenning, and the spread
   * (highest minus lowest score of the answers on the 0-3 scale). Sorted as in the VIT.
   */
  function vergelijk(ix, verkenningen) {
    return ix.volgorde.map(function (id) {
      var scores = [];
      var antwoorden = verkenningen.map(function (v) {
        var a = (v.antwoorden || {})[id];
        var k = a && a.antwoord ? ix.keuzes[a.antwoord] : null;
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
        var a = (v.antwoorden || {})[q.id];
        var k = a && a.antwoord ? ix.keuzes[a.antwoord] : null;
        if (k && k.score >= 0) { som += k.score; n++; }
      });
    });
    return n ? som / n : null;
  }

  var api = { vergelijk: vergelijk, grootsteVerschillen: grootsteVerschillen, gemiddelde: gemiddelde };
  if (typeof module === 'object' && module.exports) module.exports = api;
  else root.WegwijzerVit.vergelijk = api;
})(this);
