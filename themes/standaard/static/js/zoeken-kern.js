// The search engine of the search page, without any page or DOM code (so node tests can load it).
// It reads the index that `wegwijzer build` writes to zoekindex.js (format: src/search/emit.h)
// and applies the same Dutch normalisation as the C++ index (src/search/normalize.cpp), using
// the rules the index carries: fold, split into words, drop stop words, stem.
//
// Queries: every word must match (AND); the last word also matches as a prefix while typing;
// words of 5 letters or more also match terms one edit away (typo). Ranking: BM25 on the text,
// plus weight for a match in the page title and in the section heading, times the page's weight
// (the kader's own pages weigh more than the VIT, background and glossary pages).
(function (root) {
  'use strict';

  var VERSIE = 3;  // src/search/emit.h kSearchFormat
  var DIGIT_LAST = '0123456789abcdefghijklmnopqrstuv';
  var DIGIT_MORE = 'wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
  var GEWICHT_TITEL = 6;
  var GEWICHT_TITEL_SECTIE = 1;
  var GEWICHT_KOP = 3;
  var GEWICHT_PREFIX = 0.7;
  var GEWICHT_TYPFOUT = 0.5;
  var MAX_PREFIX_TERMEN = 60;

  /** Bytes of `s` in UTF-8: the C++ rules count bytes. */
  function utf8Lengte(s) {
    var n = 0;
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; }
      else n += 3;
    }
    return n;
  }

  /** Letters and digits of the Latin scripts (core/utf8.cpp is_word_cp). */
  function isWoordteken(cp) {
    return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57) ||
      (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7);
  }

  function maakNormaliseerder(regels) {
    var stop = Object.create(null);
    regels.stopwoorden.forEach(function (w) { stop[w] = true; });
    var klinkers = regels.klinkers;
    var lang = regels.lange_klinkers;
    var vouwen = regels.vouwen;
    var isMedeklinker = function (c) { return c >= 'a' && c <= 'z' && klinkers.indexOf(c) < 0; };

    /** One code point folded like core/utf8.cpp fold_text. */
    function vouwTeken(ch) {
      var cp = ch.codePointAt(0);
      if (cp < 0x80) return cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : ch;
      var f = vouwen[ch];
      return f === undefined ? ch : f;
    }

    function vouw(tekst) {
      var uit = '';
      for (var ch of tekst) uit += vouwTeken(ch);
      return uit;
    }

    /** Calls fn(woord, begin, eind) for each word of `tekst`; begin/eind index `tekst` itself. */
    function woorden(tekst, fn, alGevouwen) {
      var begin = -1, woord = '', i = 0;
      for (var ch of tekst) {
        var f = alGevouwen ? ch : vouwTeken(ch);
        var alles = true;
        for (var c of f) if (!isWoordteken(c.codePointAt(0))) alles = false;
        if (f.length && alles) {
          if (begin < 0) { begin = i; woord = ''; }
          woord += f;
        } else if (begin >= 0) {
          fn(woord, begin, i);
          begin = -1;
        }
        i += ch.length;
      }
      if (begin >= 0) fn(woord, begin, i);
    }

    function eindigtOp(w, s) { return w.length >= s.length && w.slice(w.length - s.length) === s; }

    /** normalize.cpp stem_word. */
    function stam(woord) {
      var w = woord;
      if (/[0-9]/.test(w)) return w;
      var veranderd = false;
      regels.stappen.forEach(function (stap) {
        for (var r = 0; r < stap.length; r++) {
          var suffix = stap[r][0], vervanging = stap[r][1], minStam = stap[r][2], voor = stap[r][3];
          if (!eindigtOp(w, suffix)) continue;
          var s = w.length - suffix.length;
          if (utf8Lengte(w.slice(0, s)) < minStam) continue;
          if (voor && (s === 0 || voor.indexOf(w[s - 1]) < 0)) continue;
          w = w.slice(0, s) + vervanging;
          veranderd = true;
          break;
        }
      });
      if (veranderd && w.length) {
        var laatste = w[w.length - 1];
        if (laatste === 'z') w = w.slice(0, -1) + 's';
        if (laatste === 'v') w = w.slice(0, -1) + 'f';
        if (w.length >= 2 && w[w.length - 1] === w[w.length - 2] && isMedeklinker(w[w.length - 1])) w = w.slice(0, -1);
      }
      var eind = w.length;
      while (eind > 0 && isMedeklinker(w[eind - 1])) eind--;
      if (eind < w.length && eind >= 2 && w[eind - 1] === w[eind - 2] && lang.indexOf(w[eind - 1]) >= 0)
        w = w.slice(0, eind - 1) + w.slice(eind);
      return w;
    }

    /** normalize.cpp search_term: "" for a stop word or a single letter. */
    function zoekterm(woord) {
      if (utf8Lengte(woord) === 1 && !(woord >= '0' && woord <= '9')) return '';
      if (stop[woord]) return '';
      return stam(woord);
    }

    /** normalize.cpp search_terms. */
    function termen(tekst) {
      var uit = [];
      woorden(vouw(tekst), function (w) {
        var t = zoekterm(w);
        if (t) uit.push(t);
      }, true);
      return uit;
    }

    return { vouw: vouw, woorden: woorden, stam: stam, zoekterm: zoekterm, termen: termen };
  }

  /** Decodes the base-32 numbers of one postings entry. */
  function getallen(s) {
    var uit = [], n = 0;
    for (var i = 0; i < s.length; i++) {
      var c = s[i];
      var d = DIGIT_MORE.indexOf(c);
      if (d >= 0) { n = n * 32 + d; continue; }
      uit.push(n * 32 + DIGIT_LAST.indexOf(c));
      n = 0;
    }
    return uit;
  }

  /** Edit distance of at most one (insert, delete, replace, or swap of two neighbours). */
  function eenBewerking(a, b) {
    var la = a.length, lb = b.length;
    if (Math.abs(la - lb) > 1 || a === b) return false;
    var i = 0;
    while (i < la && i < lb && a[i] === b[i]) i++;
    if (la === lb) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true;
      return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  function maakZoeker(index) {
    if (index.versie !== VERSIE) throw new Error('zoekindex versie ' + index.versie + ', verwacht ' + VERSIE);
    var norm = maakNormaliseerder(index.regels);
    // Front-coded terms: "<shared prefix length><rest>".
    var termen = [], vorige = '';
    index.termen.split(' ').forEach(function (t) {
      if (!t) return;
      vorige = vorige.slice(0, DIGIT_LAST.indexOf(t[0])) + t.slice(1);
      termen.push(vorige);
    });
    var postingsTekst = index.postings.split(',');
    var cache = Object.create(null);
    var docs = index.docs, paginas = index.paginas;
    var docsVanPagina = paginas.map(function () { return []; });
    var totaal = 0;
    docs.forEach(function (d, i) { docsVanPagina[d[0]].push(i); totaal += d[4]; });
    var gemiddeld = docs.length ? Math.max(1, totaal / docs.length) : 1;

    function zoekIndex(term) {
      var lo = 0, hi = termen.length;
      while (lo < hi) {
        var mid = (lo + hi) >> 1;
        if (termen[mid] < term) lo = mid + 1; else hi = mid;
      }
      return lo;
    }

    /** Title pages and postings of term number `t`: {titels: [page], docs: [[doc, tekst, kop]]}. */
    function postings(t) {
      if (cache[t]) return cache[t];
      var g = getallen(postingsTekst[t]);
      var n = g[0], i = 1, titels = [], lijst = [], p = 0, d = 0;
      for (; i <= n; i++) { p += g[i]; titels.push(p); }
      while (i < g.length) {
        var sprong = g[i++];
        d += sprong >> 1;
        // An even gap: once in the text, not in the heading; an odd one: the value follows.
        var waarde = sprong & 1 ? g[i++] : 4;
        lijst.push([d, waarde >> 2, waarde & 3]);
      }
      return (cache[t] = { titels: titels, docs: lijst });
    }

    /** The terms a query word stands for, each with a weight: exact, prefix, typo. */
    function uitbreiden(woord, prefix) {
      var gevonden = new Map();
      var term = norm.zoekterm(woord);
      var voeg = function (t, gewicht) { if (!(gevonden.get(t) >= gewicht)) gevonden.set(t, gewicht); };
      if (term) {
        var i = zoekIndex(term);
        if (termen[i] === term) voeg(i, 1);
      }
      if (prefix && woord.length >= 2) {
        var begins = [woord];
        if (term && term !== woord) begins.push(term);
        // "mandaa" while typing "mandaat", whose term is "mandat".
        if (/(aa|ee|oo|uu)$/.test(woord)) begins.push(woord.slice(0, -1));
        begins.forEach(function (b) {
          var aantal = 0;
          for (var j = zoekIndex(b); j < termen.length && termen[j].startsWith(b) && aantal < MAX_PREFIX_TERMEN; j++, aantal++)
            voeg(j, termen[j] === term ? 1 : GEWICHT_PREFIX);
        });
      }
      if (term && woord.length >= 5) {
        for (var k = 0; k < termen.length; k++)
          if (eenBewerking(term, termen[k])) voeg(k, GEWICHT_TYPFOUT);
      }
      return gevonden;
    }

    /** Scores per document for one query word: Map doc -> score. */
    function scoresVoor(gevonden) {
      var scores = new Map();
      gevonden.forEach(function (gewicht, t) {
        var post = postings(t);
        var df = post.docs.length + post.titels.length;
        var idf = Math.log(1 + (docs.length - df + 0.5) / (df + 0.5));
        var perDoc = new Map();
        post.docs.forEach(function (e) {
          var len = docs[e[0]][4];
          var tf = e[1];
          var bm25 = tf ? (tf * 2.2) / (tf + 1.2 * (0.25 + 0.75 * len / gemiddeld)) : 0;
          perDoc.set(e[0], bm25 + (e[2] ? GEWICHT_KOP : 0));
        });
        // A title word: the full weight for the top of the page, a little for its other
        // sections (so "mandaat beslissen" finds a section about deciding on the Mandaat page).
        post.titels.forEach(function (p) {
          docsVanPagina[p].forEach(function (d, i) {
            perDoc.set(d, (perDoc.get(d) || 0) + (i === 0 ? GEWICHT_TITEL : GEWICHT_TITEL_SECTIE));
          });
        });
        perDoc.forEach(function (s, d) {
          var score = s * idf * gewicht;
          if (!(scores.get(d) >= score)) scores.set(d, score);
        });
      });
      return scores;
    }

    /**
     * Searches `vraag`. Returns {woorden: [query words], termen: Set of matched terms (for
     * highlighting), resultaten: [{doc, score, url, titel, kop, label, soort, pagina}]}.
     * `typend`: the last word may be incomplete (prefix match) unless the query ends in a space.
     */
    function zoek(vraag, typend) {
      var woorden = [];
      norm.woorden(norm.vouw(vraag), function (w) { woorden.push(w); }, true);
      var prefixLaatste = typend !== false && !/\s$/.test(vraag);
      var geraakt = new Set();
      var totaalScores = null;
      var gezocht = [];
      woorden.forEach(function (w, i) {
        var isLaatste = i === woorden.length - 1;
        if (!norm.zoekterm(w) && !(isLaatste && prefixLaatste && w.length >= 2)) return;
        var gevonden = uitbreiden(w, isLaatste && prefixLaatste);
        gezocht.push(w);
        gevonden.forEach(function (_, t) { geraakt.add(termen[t]); });
        var scores = scoresVoor(gevonden);
        if (totaalScores === null) { totaalScores = scores; return; }
        var samen = new Map();
        totaalScores.forEach(function (s, d) { if (scores.has(d)) samen.set(d, s + scores.get(d)); });
        totaalScores = samen;
      });
      var resultaten = [];
      if (totaalScores) totaalScores.forEach(function (score, d) {
        var doc = docs[d], pagina = paginas[doc[0]];
        resultaten.push({
          doc: d, score: score * pagina[3] / 10, pagina: doc[0], soort: doc[1],
          url: pagina[0] + (doc[2] ? '#' + doc[2] : ''), titel: pagina[1], label: pagina[2], kop: doc[3],
        });
      });
      resultaten.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
      return { woorden: gezocht, termen: geraakt, resultaten: resultaten };
    }

    return { zoek: zoek, normaliseerder: norm, aantalTermen: termen.length };
  }

  root.WegwijzerZoeken = { maakZoeker: maakZoeker, maakNormaliseerder: maakNormaliseerder, eenBewerking: eenBewerking };
})(typeof window !== 'undefined' ? window : globalThis);
