// Main menu (a <details>, open in the HTML): folded when narrow, aria-expanded, Escape closes.
(function () {
  'use strict';
  // Old addresses: a heading id that started with a digit ("#1-inwoners-…") is "#kop-1-inwoners-…"
  // since ids start with a letter; a link or bookmark to the old one still lands on the heading.
  function oud() { var h = 'kop-' + location.hash.slice(1); if (/^kop-\d/.test(h) && document.getElementById(h)) location.replace('#' + h); }
  addEventListener('DOMContentLoaded', oud);
  var menu = document.querySelector('.menu-uitklap');
  if (!menu || !window.matchMedia) return;
  var breed = window.matchMedia('(min-width: 64em)');
  var knop = menu.querySelector('summary');
  function pasAan() { menu.open = breed.matches; }
  menu.addEventListener('toggle', function () { knop.setAttribute('aria-expanded', menu.open); });
  menu.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && menu.open && !breed.matches) { menu.open = false; knop.focus(); }
  });
  pasAan();
  if (breed.addEventListener) breed.addEventListener('change', pasAan);
})();
