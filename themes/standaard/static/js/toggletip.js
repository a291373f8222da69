// Toggletips for glossary terms. The generator writes the first use of a term on a page as
//   <a class="term" href="…/woordenlijst/x.html" data-term="sociale basis" data-kort="…">sociale basis</a>
// Without JavaScript that plain link is all there is. This script puts a small button after
// each such link; the button (accessible name "Uitleg: <term>") shows the term's short
// explanation in a live region, so a screen reader reads it out. Enter or Space opens and
// closes it (a native button), Esc and a click elsewhere close it. The explanation is shown in
// the flow of the text, below the line with the term: it pushes the text down and never covers
// the term or any other text (WCAG 1.4.13).
(function () {
  'use strict';
  var open = null; // the toggletip that is open: { knop, uitleg }

  function sluit() {
    if (!open) return;
    open.knop.setAttribute('aria-expanded', 'false');
    open.uitleg.textContent = '';
    open.tip.classList.remove('toggletip-open');
    open = null;
  }

  function toon(t) {
    sluit();
    t.knop.setAttribute('aria-expanded', 'true');
    t.tip.classList.add('toggletip-open');
    // The live region is always in the page (empty while closed); filling it a moment after it
    // is shown makes screen readers read the change out.
    t.uitleg.textContent = '';
    open = t;
    window.setTimeout(function () {
      if (open === t) t.uitleg.textContent = t.kort;
    }, 50);
  }

  function span(klasse, tekst) {
    var s = document.createElement('span');
    s.className = klasse;
    s.textContent = tekst;
    return s;
  }

  function maak(link, nummer) {
    var term = link.getAttribute('data-term') || link.textContent;
    var kort = link.getAttribute('data-kort');
    if (!kort) return;
    var tip = span('toggletip', '');
    var knop = document.createElement('button');
    knop.type = 'button';
    knop.className = 'toggletip-knop';
    knop.setAttribute('aria-expanded', 'false');
    var id = 'toggletip-' + nummer;
    knop.setAttribute('aria-controls', id);
    var teken = span('', '?');
    teken.setAttribute('aria-hidden', 'true');
    knop.appendChild(teken);
    knop.appendChild(span('visueel-verborgen', 'Uitleg: ' + term));
    var uitleg = span('toggletip-uitleg', '');
    uitleg.id = id;
    uitleg.setAttribute('role', 'status');
    // Term, button, a note marker and the punctuation right after the term stay on one line: a
    // group that does not wrap (the term itself may), a word joiner between term and button (not
    // printed: no stray character in a pdf), and the marker and punctuation moved in before the
    // explanation, so "." never starts a line or lands below the open explanation.
    tip.appendChild(span('toggletip-wj', '\u2060'));
    tip.appendChild(knop);
    var groep = span('toggletip-groep', '');
    link.parentNode.insertBefore(groep, link);
    groep.appendChild(link);
    groep.appendChild(tip);
    var n = groep.nextSibling;
    while (n && n.nodeType === 1 && n.matches('sup.noot-ref')) { tip.appendChild(n); n = groep.nextSibling; }
    var p = n && n.nodeType === 3 && /^[.,;:!?)\]'"\u2019\u201d\u00bb\u2026]+/.exec(n.data);
    if (p) {
      n.data = n.data.slice(p[0].length);
      tip.appendChild(document.createTextNode(p[0]));
    }
    tip.appendChild(uitleg);
    var t = { tip: tip, knop: knop, uitleg: uitleg, kort: kort };
    knop.addEventListener('click', function () {
      if (open === t) sluit();
      else toon(t);
    });
  }

  var links = document.querySelectorAll('a.term[data-kort]');
  for (var i = 0; i < links.length; i++) maak(links[i], i + 1);
  if (!links.length) return;

  document.addEventListener('keydown', function (e) {
    if (!open || (e.key !== 'Escape' && e.key !== 'Esc')) return;
    var knop = open.knop;
    var binnen = open.tip.contains(document.activeElement);
    sluit();
    if (binnen) knop.focus();
  });
  document.addEventListener('click', function (e) {
    if (open && !open.tip.contains(e.target)) sluit();
  });
})();
