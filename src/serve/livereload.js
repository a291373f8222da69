// Live reload for `wegwijzer serve`. The server sends this file itself; it is never part of a
// built site. It listens to the server's event stream (Server-Sent Events):
//   reload  the site was rebuilt: load the page again;
//   fouten  the build failed: show the findings over the page (the old page stays readable).
// A good build with warnings (e.g. the check's lint findings) gets a small notice that links
// to the list; it never hides the page.
// Only visible tabs keep a connection open (browsers allow few connections per server).
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !window.EventSource) return;
  var base = new URL('.', script.src);
  var errorPage = document.documentElement.getAttribute('data-wegwijzer-foutpagina');
  // The build this page came from, sent by the server as a Server-Timing entry.
  var version = errorPage;
  var notices = 0;
  try {
    var nav = performance.getEntriesByType('navigation')[0];
    (nav && nav.serverTiming ? nav.serverTiming : []).forEach(function (t) {
      if (t.name === 'wegwijzer') version = t.description;
      if (t.name === 'wegwijzer-meldingen') notices = parseInt(t.description, 10) || 0;
    });
  } catch (e) { /* no Server-Timing: the stream then only reports changes from now on */ }

  var source = null;
  var overlay = null;

  function stylesheet() {
    var href = new URL('serve.css', base).href;
    var links = document.querySelectorAll('link[rel="stylesheet"]');
    for (var i = 0; i < links.length; i++) if (links[i].href === href) return;
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    document.head.appendChild(link);
  }

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text) el.textContent = text;
    return el;
  }

  function hideErrors() {
    if (overlay) overlay.remove();
    overlay = null;
  }

  function showErrors(report) {
    hideErrors();
    stylesheet();
    var errors = report.fouten.filter(function (f) { return f.soort === 'fout'; }).length;
    overlay = element('section', 'ww-serve-overlay');
    overlay.setAttribute('aria-labelledby', 'ww-serve-overlay-titel');
    var title = element('h2', null, 'De site kan niet gebouwd worden');
    title.id = 'ww-serve-overlay-titel';
    overlay.appendChild(title);
    var summary = element('p', null, errors + (errors === 1 ? ' fout' : ' fouten') +
      '. U ziet de laatste versie van deze pagina die wel goed was.');
    summary.setAttribute('role', 'alert');
    overlay.appendChild(summary);
    var list = element('ol', 'ww-serve-fouten');
    report.fouten.forEach(function (f) {
      var item = element('li', f.soort === 'fout' ? 'ww-serve-fout' : 'ww-serve-waarschuwing');
      if (f.plek) {
        item.appendChild(element('code', 'ww-serve-plek', f.plek));
        item.appendChild(document.createTextNode(' '));
      }
      item.appendChild(element('strong', null, f.soort + ':'));
      item.appendChild(document.createTextNode(' ' + f.melding));
      if (f.regel) item.appendChild(element('span', 'ww-serve-regel', ' [' + f.regel + ']'));
      if (f.hint) {
        item.appendChild(document.createElement('br'));
        item.appendChild(element('span', 'ww-serve-hint', 'hint: ' + f.hint));
      }
      list.appendChild(item);
    });
    overlay.appendChild(list);
    var actions = element('p', 'ww-serve-acties');
    var all = element('a', null, 'Alle fouten op één pagina');
    all.href = new URL('fouten.html', base).href;
    actions.appendChild(all);
    var close = element('button', null, 'Sluiten');
    close.type = 'button';
    close.addEventListener('click', hideErrors);
    actions.appendChild(close);
    overlay.appendChild(actions);
    overlay.addEventListener('keydown', function (e) { if (e.key === 'Escape') hideErrors(); });
    document.body.appendChild(overlay);
  }

  function showNotices() {
    var key = 'wegwijzer-meldingen-gesloten';
    try { if (sessionStorage.getItem(key) === version) return; } catch (e) { /* no storage: always show */ }
    stylesheet();
    var box = element('aside', 'ww-serve-melding');
    box.setAttribute('aria-label', 'Meldingen van Wegwijzer');
    box.appendChild(element('span', null, notices + (notices === 1 ? ' punt' : ' punten') +
      ' om te verbeteren. De site is wel gebouwd. '));
    var link = element('a', null, 'Bekijk de meldingen');
    link.href = new URL('fouten.html', base).href;
    box.appendChild(link);
    var close = element('button', null, 'Sluiten');
    close.type = 'button';
    close.addEventListener('click', function () {
      try { sessionStorage.setItem(key, version); } catch (e) { /* nothing to remember it in */ }
      box.remove();
    });
    box.appendChild(close);
    document.body.appendChild(box);
  }

  function connect() {
    if (source) return;
    var url = new URL('events', base);
    if (version) url.searchParams.set('versie', version);
    source = new EventSource(url.href);
    source.addEventListener('reload', function () { location.reload(); });
    source.addEventListener('fouten', function (e) {
      var report;
      try { report = JSON.parse(e.data); } catch (err) { return; }
      if (errorPage !== null) {
        if (report.versie !== errorPage) location.reload();
        return;
      }
      version = report.versie;
      showErrors(report);
    });
  }

  function disconnect() {
    if (!source) return;
    source.close();
    source = null;
  }

  document.addEventListener('visibilitychange', function () {
    if (document.hidden) disconnect(); else connect();
  });
  window.addEventListener('pagehide', disconnect);
  window.addEventListener('pageshow', function () { if (!document.hidden) connect(); });
  if (!document.hidden) connect();
  if (errorPage === null && notices > 0) showNotices();
}());
