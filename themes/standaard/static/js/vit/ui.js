// Small DOM helpers of the VIT: building elements, finding the page's parts, announcing
// status, downloading and reading files. No innerHTML with data: text goes in as text.
(function (root) {
  'use strict';
  var WV = (root.WegwijzerVit = root.WegwijzerVit || {});
  var doc = root.document;

  /** el('p', {class: 'x', 'data-vit': 'y'}, 'tekst', child, ...) */
  function el(naam, attrs) {
    var svg = naam.indexOf('svg:') === 0;
    var e = svg ? doc.createElementNS('http://www.w3.org/2000/svg', naam.slice(4)) : doc.createElement(naam);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === false || v === null || v === undefined) return;
      if (k === 'text') e.textContent = v;
      else if (k.indexOf('on') === 0 && typeof v === 'function') e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : String(v));
    });
    for (var i = 2; i < arguments.length; i++) voegToe(e, arguments[i]);
    return e;
  }

  function voegToe(e, kind) {
    if (kind === null || kind === undefined || kind === false) return;
    if (Array.isArray(kind)) kind.forEach(function (k) { voegToe(e, k); });
    else e.appendChild(typeof kind === 'object' ? kind : doc.createTextNode(String(kind)));
  }

  /** The element with data-vit="naam" (inside `binnen`, default the document). */
  function deel(naam, binnen) {
    return (binnen || doc).querySelector('[data-vit="' + naam + '"]');
  }

  function delen(naam, binnen) {
    return Array.prototype.slice.call((binnen || doc).querySelectorAll('[data-vit="' + naam + '"]'));
  }

  function vervang(doel, inhoud) {
    if (!doel) return;
    while (doel.firstChild) doel.removeChild(doel.firstChild);
    voegToe(doel, inhoud);
  }

  /** Shows the parts meant for JavaScript and hides the no-JavaScript texts. */
  function activeer() {
    doc.documentElement.classList.add('vit-met-js');
    Array.prototype.forEach.call(doc.querySelectorAll('.vit-js'), function (e) { e.hidden = false; });
    Array.prototype.forEach.call(doc.querySelectorAll('.vit-geen-js'), function (e) { e.hidden = true; });
  }

  /** Puts `tekst` in a live region; the same text again is still announced. */
  function meld(doel, tekst) {
    if (!doel) return;
    if (doel.textContent === tekst) doel.textContent = '';
    root.setTimeout(function () { doel.textContent = tekst; }, doel.textContent ? 0 : 30);
  }

  function tijd(d) {
    var t = d || new Date();
    function twee(n) { return (n < 10 ? '0' : '') + n; }
    return twee(t.getHours()) + ':' + twee(t.getMinutes());
  }

  function datum(iso) {
    var d = iso ? new Date(iso) : new Date();
    if (isNaN(d.getTime())) return iso || '';
    var maanden = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
      'oktober', 'november', 'december'];
    return d.getDate() + ' ' + maanden[d.getMonth()] + ' ' + d.getFullYear();
  }

  /** "Team Noord – uitvoering!" -> "team-noord-uitvoering" for file names. */
  function slug(s) {
    return String(s || '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'verkenning';
  }

  /** Offers `inhoud` as a file download (a blob: link; works from file:// too). */
  function download(naam, inhoud, type) {
    var blob = new root.Blob([inhoud], { type: type });
    var url = root.URL.createObjectURL(blob);
    var a = el('a', { href: url, download: naam, class: 'vit-download' });
    doc.body.appendChild(a);
    a.click();
    root.setTimeout(function () { doc.body.removeChild(a); root.URL.revokeObjectURL(url); }, 1000);
  }

  /** Reads a chosen file as text; calls klaar(tekst) or fout(melding). */
  function leesBestand(bestand, klaar, fout) {
    if (bestand.size > 20 * 1024 * 1024) { fout('Dit bestand is te groot voor het VIT.'); return; }
    var r = new root.FileReader();
    r.onload = function () { klaar(String(r.result)); };
    r.onerror = function () { fout('Het bestand "' + bestand.name + '" kon niet gelezen worden.'); };
    r.readAsText(bestand, 'utf-8');
  }

  function label(ix, soort, waarde) {
    var lijst = soort === 'perspectief' ? ix.perspectieven : ix.keuzes;
    return waarde && lijst[waarde] ? lijst[waarde].label : '';
  }

  /** "Team Noord (uitvoering)" */
  function verkenningNaam(ix, v) {
    var p = label(ix, 'perspectief', v.perspectief);
    return v.naam + (p ? ' (' + p.toLowerCase() + ')' : '');
  }

  /** A link from this page to a site-relative url (the data file's urls are site-relative). */
  function siteUrl(pad) {
    var art = doc.querySelector('[data-vit-root]');
    return (art ? art.getAttribute('data-vit-root') : '') + pad;
  }

  WV.ui = { el: el, deel: deel, delen: delen, vervang: vervang, activeer: activeer, meld: meld, tijd: tijd,
    datum: datum, slug: slug, download: download, leesBestand: leesBestand, label: label,
    verkenningNaam: verkenningNaam, siteUrl: siteUrl };
})(this);
