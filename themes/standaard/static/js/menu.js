// The main menu is a <details> element that is open in the HTML, so it works without
// JavaScript. On narrow screens this script folds it, so the page starts with its content;
// on wide screens (where the menu is a side column without its "Menu" button) it stays open.
// Loaded right after the menu, before the rest of the page is drawn.
(function () {
  'use strict';
  var menu = document.querySelector('.menu-uitklap');
  if (!menu || !window.matchMedia) return;
  var breed = window.matchMedia('(min-width: 64em)');
  function pasAan() {
    menu.open = breed.matches;
  }
  pasAan();
  if (breed.addEventListener) breed.addEventListener('change', pasAan);
})();
