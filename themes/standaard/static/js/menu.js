// Main menu (a <details>, open in the HTML): folded when narrow, aria-expanded, Escape closes.
(function () {
  'use strict';
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
