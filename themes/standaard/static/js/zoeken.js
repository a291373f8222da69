// The search page (zoeken.html): reads ?q=, searches while the reader types (after a pause, not
// on every key), shows the results with a snippet and announces the count in the live region.
// The index comes from zoekindex.js and the snippet texts from zoektekst/<k>.js, all loaded
// with <script src>, so the search also works from file:// (where fetch() is blocked).
(function () {
  'use strict';

  var PAUZE_MS = 300;
  var PER_KEER = 20;
  var SNIPPET_TEKENS = 220;
  var SOORT = ['', 'Woordenlijst', 'Vraag uit het VIT'];

  var formulier = document.getElementById('zoekformulier');
  var invoer = document.getElementById('zoekterm');
  var status = document.getElementById('zoekstatus');
  var suggestie = document.getElementById('zoeksuggestie');
  var lijst = document.getElementById('zoekresultaten');
  var meer = document.getElementById('zoekmeer');
  var zonderJs = document.getElementById('zoeken-zonder-js');
  if (!formulier || !invoer || !status || !lijst) return;

  if (!window.WEGWIJZER_ZOEKINDEX || !window.WegwijzerZoeken) {
    status.textContent = 'Het zoeken kon niet starten: de zoekindex ontbreekt.';
    return;
  }
  var zoeker;
  try {
    zoeker = window.WegwijzerZoeken.maakZoeker(window.WEGWIJZER_ZOEKINDEX);
  } catch (e) {
    status.textContent = 'Het zoeken kon niet starten: de zoekindex past niet bij deze pagina. Laad de pagina opnieuw.';
    return;
  }
  var norm = zoeker.normaliseerder;
  window.WegwijzerZoeken.zoeker = zoeker;

  if (zonderJs) zonderJs.hidden = true;
  formulier.hidden = false;

  // Snippet texts per page, loaded on demand.
  var teksten = {};
  var gevraagd = {};
  var wachtend = [];
  window.WEGWIJZER_ZOEKTEKST = function (pagina, lijstTeksten) {
    teksten[pagina] = lijstTeksten;
    wachtend = wachtend.filter(function (w) {
      if (w.pagina !== pagina) return true;
      vulSnippet(w);
      return false;
    });
  };
  // zoektekst/<k>.js holds the texts of the pages from tekstbestanden[k] to the next file's first.
  var eerstePaginas = window.WEGWIJZER_ZOEKINDEX.tekstbestanden;
  function laadTekst(pagina) {
    var laag = 0, hoog = eerstePaginas.length - 1;
    while (laag < hoog) {
      var midden = (laag + hoog + 1) >> 1;
      if (eerstePaginas[midden] <= pagina) laag = midden; else hoog = midden - 1;
    }
    if (gevraagd[laag]) return;
    gevraagd[laag] = true;
    var s = document.createElement('script');
    s.src = 'zoektekst/' + laag + '.js';
    document.body.appendChild(s);
  }

  var huidige = null;
  var getoond = 0;
  var timer = 0;

  function plaatsInPagina(r) {
    var eerste = 0;
    for (var d = r.doc - 1; d >= 0 && window.WEGWIJZER_ZOEKINDEX.docs[d][0] === r.pagina; d--) eerste++;
    return eerste;
  }

  /**
   * The matched word where the snippet should start: the first of the stretch of text that holds
   * the most different query terms ("sociale basis" shows both words, not only "sociale").
   */
  function besteTreffer(treffers) {
    var beste = 0, besteAantal = 0;
    for (var i = 0; i < treffers.length; i++) {
      var gezien = new Set();
      for (var j = i; j < treffers.length && treffers[j][1] - treffers[i][0] <= SNIPPET_TEKENS - 60; j++)
        gezien.add(treffers[j][2]);
      if (gezien.size > besteAantal) { beste = i; besteAantal = gezien.size; }
    }
    return beste;
  }

  /** Text of `tekst` around the best matched words, with the matched words in <mark>. */
  function maakSnippet(doel, tekst, termen) {
    var treffers = [];
    norm.woorden(tekst, function (w, begin, eind) {
      var t = norm.zoekterm(w);
      if (t && termen.has(t)) treffers.push([begin, eind, t]);
    });
    var start = 0;
    var eerste = treffers.length ? treffers[besteTreffer(treffers)][0] : 0;
    if (eerste > 60) {
      start = tekst.lastIndexOf(' ', eerste - 50);
      start = start < 0 ? 0 : start + 1;
    }
    var eind = Math.min(tekst.length, start + SNIPPET_TEKENS);
    if (eind < tekst.length) {
      var spatie = tekst.lastIndexOf(' ', eind);
      if (spatie > start) eind = spatie;
    }
    doel.textContent = '';
    if (start > 0) doel.appendChild(document.createTextNode('… '));
    var pos = start;
    treffers.forEach(function (t) {
      if (t[0] < start || t[1] > eind) return;
      doel.appendChild(document.createTextNode(tekst.slice(pos, t[0])));
      var m = document.createElement('mark');
      m.textContent = tekst.slice(t[0], t[1]);
      doel.appendChild(m);
      pos = t[1];
    });
    doel.appendChild(document.createTextNode(tekst.slice(pos, eind)));
    if (eind < tekst.length) doel.appendChild(document.createTextNode(' …'));
  }

  function vulSnippet(w) {
    var t = teksten[w.pagina];
    if (!t) return;
    var tekst = t[w.plek] || '';
    if (tekst) maakSnippet(w.element, tekst, w.termen);
    else w.element.hidden = true;
  }

  function resultaatElement(r, termen) {
    var li = document.createElement('li');
    li.className = 'zoekresultaat';
    var a = document.createElement('a');
    a.className = 'zoekresultaat-link';
    a.href = r.url;
    var titel = document.createElement('span');
    titel.className = 'zoekresultaat-titel';
    titel.textContent = r.titel;
    a.appendChild(titel);
    if (r.kop) {
      var kop = document.createElement('span');
      kop.className = 'zoekresultaat-kop';
      kop.textContent = r.kop;
      a.appendChild(document.createTextNode(': '));
      a.appendChild(kop);
    }
    li.appendChild(a);
    var plek = [r.label, SOORT[r.soort]].filter(function (x) { return x; }).join(' · ');
    if (plek) {
      var p = document.createElement('p');
      p.className = 'zoekresultaat-plek';
      p.textContent = plek;
      li.appendChild(p);
    }
    var snippet = document.createElement('p');
    snippet.className = 'zoekresultaat-tekst';
    li.appendChild(snippet);
    var w = { pagina: r.pagina, plek: plaatsInPagina(r), element: snippet, termen: termen };
    if (teksten[r.pagina]) vulSnippet(w);
    else { wachtend.push(w); laadTekst(r.pagina); }
    return li;
  }

  function toonMeer(focus) {
    var eerste = null;
    var tot = Math.min(huidige.resultaten.length, getoond + PER_KEER);
    for (; getoond < tot; getoond++) {
      var li = resultaatElement(huidige.resultaten[getoond], huidige.termen);
      if (!eerste) eerste = li;
      lijst.appendChild(li);
    }
    if (meer) meer.hidden = getoond >= huidige.resultaten.length;
    if (focus && eerste) eerste.querySelector('a').focus();
  }

  function zoekLink(woord) {
    var a = document.createElement('a');
    a.href = 'zoeken.html?q=' + encodeURIComponent(woord);
    a.textContent = woord;
    a.addEventListener('click', function (e) {
      e.preventDefault();
      invoer.value = woord;
      voerUit(false);
      invoer.focus();
    });
    return a;
  }

  function toonSuggestie(vraag, uitkomst) {
    if (!suggestie) return;
    suggestie.textContent = '';
    suggestie.hidden = true;
    if (!vraag || uitkomst.resultaten.length) return;
    var losse = uitkomst.woorden.filter(function (w) { return zoeker.zoek(w, false).resultaten.length > 0; });
    if (uitkomst.woorden.length > 1 && losse.length) {
      suggestie.appendChild(document.createTextNode('Probeer minder woorden, bijvoorbeeld: '));
      losse.forEach(function (w, i) {
        if (i) suggestie.appendChild(document.createTextNode(', '));
        suggestie.appendChild(zoekLink(w));
      });
      suggestie.appendChild(document.createTextNode('.'));
    } else {
      suggestie.appendChild(document.createTextNode('Controleer de spelling of probeer een ander woord.'));
      var woordenlijst = zonderJs && zonderJs.querySelector('a[href*="woordenlijst"]');
      if (woordenlijst) {
        suggestie.appendChild(document.createTextNode(' Moeilijke woorden staan in de '));
        var a = document.createElement('a');
        a.href = woordenlijst.getAttribute('href');
        a.textContent = 'woordenlijst';
        suggestie.appendChild(a);
        suggestie.appendChild(document.createTextNode('.'));
      }
    }
    suggestie.hidden = false;
  }

  function voerUit(typend) {
    clearTimeout(timer);
    var vraag = invoer.value;
    var schoon = vraag.trim();
    huidige = schoon ? zoeker.zoek(vraag, typend) : { woorden: [], termen: new Set(), resultaten: [] };
    lijst.textContent = '';
    getoond = 0;
    toonMeer(false);
    var n = huidige.resultaten.length;
    if (!schoon) status.textContent = '';
    else if (n === 0) status.textContent = "Geen resultaten voor '" + schoon + "'.";
    else status.textContent = n + (n === 1 ? ' resultaat' : ' resultaten') + " voor '" + schoon + "'";
    toonSuggestie(schoon, huidige);
    try {
      history.replaceState(null, '', schoon ? '?q=' + encodeURIComponent(schoon) : location.pathname);
    } catch (e) {
      // Some browsers do not allow this on file://; the search itself still works.
    }
  }

  invoer.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { voerUit(true); }, PAUZE_MS);
  });
  formulier.addEventListener('submit', function (e) {
    e.preventDefault();
    voerUit(false);
  });
  invoer.addEventListener('keydown', function (e) {
    if (e.key !== 'ArrowDown') return;
    var eerste = lijst.querySelector('a');
    if (eerste) { e.preventDefault(); eerste.focus(); }
  });
  if (meer) meer.addEventListener('click', function () { toonMeer(true); });

  var q = new URLSearchParams(location.search).get('q');
  if (q) {
    invoer.value = q;
    voerUit(false);
  }
  var kop = document.getElementById('kop-zoekterm');
  if (kop && q) kop.value = q;
})();
