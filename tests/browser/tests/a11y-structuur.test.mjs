// Accessibility of the structure and the print edition (issue 25, second part): landmarks per
// page type, punctuation that stays with a term or note marker, a menu that unfolds only where the
// reader is, ids that start with a letter while old addresses keep working, small text slips in
// the VIT, and print: page numbers, numbered chapters, printed VIT results that fill page 1.
// Each judgement is written down at its check.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { htmlPages, launch, serve, siteDir } from '../lib/browser.mjs';
import { metPagina, vulIn } from '../lib/vit.mjs';

let server;
let browser;
before(async () => { server = await serve(siteDir()); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** The landmarks of the page as a screen reader lists them: role and name, in document order. */
function landmarks() {
  const naam = (e) => {
    const l = e.getAttribute('aria-label');
    if (l) return l.trim();
    const ids = e.getAttribute('aria-labelledby');
    return ids ? ids.split(/\s+/).map((i) => document.getElementById(i)?.textContent.replace(/\s+/g, ' ').replace(/#$/, '').trim() || '').join(' ').trim() : '';
  };
  const binnen = (e) => e.parentElement.closest('article, aside, main, nav, section');
  const rollen = ['banner', 'contentinfo', 'navigation', 'main', 'complementary', 'region', 'form', 'search'];
  const uit = [];
  for (const e of document.querySelectorAll('header, footer, nav, main, aside, section, form, [role]')) {
    if (!e.checkVisibility() || e.closest('[aria-hidden="true"]')) continue;
    const n = naam(e);
    const role = e.getAttribute('role') || { HEADER: binnen(e) ? '' : 'banner', FOOTER: binnen(e) ? '' : 'contentinfo', NAV: 'navigation',
      MAIN: 'main', ASIDE: 'complementary', SECTION: n ? 'region' : '', FORM: n ? 'form' : '' }[e.tagName];
    if (rollen.includes(role)) uit.push(n ? `${role} "${n}"` : role);
  }
  return uit;
}

test('landmarks per page type: the page frame, and a region only where people jump to', async () => {
  // Judgement: every page has the frame (banner, search, Hoofdmenu, main, Kruimelpad, contentinfo
  // and the footer navigation) plus what belongs to the page type. The only region a generated
  // page may add is its notes "Bronnen en voetnoten": readers jump there from a note marker and
  // back, as to a book's endnotes (DPUB doc-endnotes is a landmark too). Glossary letters (the
  // "Woorden per letter" navigation leads there), "Komt voor op", and the chapters and notes of
  // print.html (its "Inhoud" navigation is the way through) are reached by their headings; as
  // regions they made the landmark list as long as the heading list (16 on the glossary, 39 on
  // print.html). print.html keeps the theme's "Colofon". At most 10 landmarks on any of them.
  const frame = ['banner', 'search "Zoeken op deze website"', 'navigation "Hoofdmenu"', 'main', 'navigation "Kruimelpad"',
    'contentinfo', 'navigation "Over deze website"'];
  const extra = {
    'basiskenmerken/05-brede-blik.html': ['region "Bronnen en voetnoten"', 'navigation "Vorige en volgende pagina"'],
    'woordenlijst.html': ['navigation "Woorden per letter"'],
    'woordenlijst/lokaal-team.html': ['navigation "Op deze pagina"', 'region "Bronnen en voetnoten"', 'navigation "Vorige en volgende pagina"'],
    'print.html': ['region "Colofon"', 'navigation "Inhoud"'],
  };
  await metPagina(browser, server, async (page, base) => {
    for (const [url, rest] of Object.entries(extra)) {
      await page.goto(base + url);
      const lijst = await page.evaluate(landmarks);
      assert.deepEqual([...lijst].sort(), [...frame, ...rest].sort(), `${url}: ${lijst.join(', ')}`);
      assert.ok(lijst.length <= 10, `${url}: ${lijst.length} landmarks`);
    }
    // A term page that the glossary pass gives "Komt voor op": a heading, no region.
    await page.goto(base + 'woordenlijst/basishulp.html');
    assert.ok(await page.locator('#komt-voor-op').count(), 'basishulp heeft "Komt voor op"');
    assert.deepEqual((await page.evaluate(landmarks)).filter((l) => l.startsWith('region')), []);
  }, { viewport: { width: 1280, height: 800 } });
});

/**
 * Every text node that starts with punctuation right after a term link, its toggletip button or a
 * note marker, and every toggletip button: is it on a later line than what it belongs to?
 * Returns the cases where a line starts with that punctuation mark or with the button.
 */
function verweesd() {
  const uit = [];
  const eerste = (n) => { const r = document.createRange(); r.setStart(n, 0); r.setEnd(n, 1); return [...r.getClientRects()].find((x) => x.width > 0); };
  const laatste = (e) => [...e.getClientRects()].filter((r) => r.width > 0).pop();
  const lager = (a, b) => a && b && a.top >= b.bottom - 2;  // a starts on a line below b
  const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!/^[.,;:!?)]/.test(n.data)) continue;
    const voor = n.previousSibling;
    if (!voor || voor.nodeType !== 1 || !voor.matches('a.term, .toggletip, .toggletip-knop, sup.noot-ref')) continue;
    if (lager(eerste(n), laatste(voor))) uit.push(`"${n.data.slice(0, 12)}" na ${voor.className || voor.tagName}: ${(voor.closest('.toggletip-groep') || voor).textContent.slice(0, 30)}`);
  }
  for (const knop of document.querySelectorAll('main .toggletip-knop')) {
    const term = knop.closest('.toggletip')?.previousElementSibling?.matches('a.term') ? knop.closest('.toggletip').previousElementSibling
      : knop.closest('.toggletip-groep')?.querySelector('a.term');
    if (!term || !lager(knop.getBoundingClientRect(), laatste(term))) continue;
    // A term that with its button is wider than the line itself may be parted from it: keeping
    // them together would run past the edge of a 320 px screen (1.4.10).
    const blok = term.closest('p, li, dd, td, blockquote') || term.parentElement;
    const cs = getComputedStyle(blok);
    const ruimte = blok.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    // The run that may not break: what sticks to the term before it ("(") and its last word.
    const groep = term.closest('.toggletip-groep') || term;
    const voor = groep.previousSibling?.nodeType === 3 ? /\S*$/.exec(groep.previousSibling.data)[0] : '';
    const woorden = term.textContent.trim().split(/\s+/);
    const maat = document.createElement('span');
    const na = [...knop.parentElement.childNodes].filter((n) => n.nodeType === 3).map((n) => n.data).join('');
    maat.textContent = (woorden.length === 1 ? voor : '') + woorden.pop() + na;
    term.after(maat);
    const k = getComputedStyle(knop);
    const nodig = maat.getBoundingClientRect().width + knop.getBoundingClientRect().width + parseFloat(k.marginLeft) + parseFloat(k.marginRight) + 2;
    maat.remove();
    if (nodig <= ruimte) uit.push(`knop van "${term.textContent}" op een nieuwe regel`);
  }
  return uit;
}

test('a full stop or comma never starts a line after a term, its toggletip button or a note marker', async () => {
  // Judgement: at every width from 300 to 1000 px in steps of 7 px, no line box starts with a
  // punctuation mark that belongs to the word before it, and a toggletip button never stands at the
  // start of a line apart from its term (the term itself may wrap). The widths cover phones,
  // 400 % zoom and narrow windows; the steps make each term meet a line end somewhere.
  const tekst = new Map();
  await metPagina(browser, server, async (page, base) => {
    for (const url of ['kader/samenvatting.html', 'basiskenmerken/03-sociale-en-pedagogische-basis.html']) {
      await page.goto(base + url);
      const knoppen = await page.locator('main .toggletip-knop').count();
      assert.ok(knoppen >= 5, `${url}: ${knoppen} toggletips`);
      const fouten = new Set();
      for (let breed = 300; breed <= 1000; breed += 7) {
        await page.setViewportSize({ width: breed, height: 800 });
        for (const f of await page.evaluate(verweesd)) fouten.add(`${breed} px: ${f}`);
      }
      assert.deepEqual([...fouten].slice(0, 10), [], `${url}: ${fouten.size} keer`);
      // The punctuation moved in with the term is still there, once, in reading order: the text
      // without the buttons and word joiners is the text of the page without JavaScript.
      tekst.set(url, await page.evaluate(() => {
        const main = document.querySelector('main').cloneNode(true);
        for (const e of main.querySelectorAll('.toggletip-knop, .toggletip-wj, .toggletip-uitleg')) e.remove();
        return main.textContent.replace(/\s+/g, ' ');
      }));
    }
  });
  await metPagina(browser, server, async (page, base) => {
    for (const [url, metJs] of tekst) {
      await page.goto(base + url);
      assert.equal(await page.evaluate(() => document.querySelector('main').textContent.replace(/\s+/g, ' ')), metJs, url);
    }
  }, { javaScriptEnabled: false });
});

test('400 % zoom: the open menu is no taller than the page; other sections are folded into one link each, also without JavaScript', async () => {
  // 1280×1024 at 400 % is 320×256 CSS px. Judgement: the menu lists the sections and only the pages
  // of the section the reader is in; opened, it may not be taller than the page's own text (main),
  // on every page. zoeken.html is the exception: before a search its main is a field and nothing
  // else, shorter than the seven section links.
  const dir = siteDir();
  const context = await browser.newContext({ viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 });
  try {
    const page = await context.newPage();
    const te = [];
    for (const p of htmlPages(dir)) {
      if (p === 'zoeken.html') continue;
      await page.goto(server.url + p);
      const m = await page.evaluate(() => {
        const d = document.querySelector('.menu-uitklap');
        if (!d) return null;
        d.open = true;
        return { menu: document.querySelector('#hoofdmenu').getBoundingClientRect().height, main: document.querySelector('main').getBoundingClientRect().height };
      });
      if (m && m.menu > m.main) te.push(`${p}: menu ${Math.round(m.menu)} px, tekst ${Math.round(m.main)} px`);
    }
    assert.deepEqual(te, []);
  } finally {
    await context.close();
  }
  await metPagina(browser, server, async (page, base) => {
    await page.goto(base + 'woordenlijst/basishulp.html');
    const menu = page.locator('#hoofdmenu');
    assert.ok(await menu.locator('details[open]').count(), 'zonder JavaScript is het menu open');
    const secties = await menu.locator('.menu-sectie > a').allTextContents();
    assert.ok(secties.length >= 7, secties.join(', '));
    assert.equal(await menu.locator('a[href="../kader/hoofdstuk-1.html"]').count(), 0, 'hoofdstukken dichtgeklapt');
    assert.equal(await menu.locator('a[href="../basiskenmerken/05-brede-blik.html"]').count(), 0, 'basiskenmerken dichtgeklapt');
    await page.goto(base + 'basiskenmerken/05-brede-blik.html');
    assert.equal(await menu.locator('a[aria-current="page"]').textContent().then((t) => /Brede blik/.test(t)), true);
    assert.equal(await menu.locator('.menu-nummer').count(), 13, 'de eigen sectie staat open');
    // The folded sections stay reachable: each is a link to its section page, which lists its pages.
    await page.goto(base + 'kader.html');
    assert.ok(await page.locator('main a[href="kader/hoofdstuk-1.html"]').count());
  }, { javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
});

test('ids start with a letter; an old address with "#1-..." still lands on its heading', async () => {
  await metPagina(browser, server, async (page, base) => {
    await page.goto(base + 'achtergrond/vng-notitie-2023.html');
    const cijfer = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id).filter((id) => /^[^a-zA-Z]/.test(id)));
    assert.deepEqual(cijfer, []);
    const kop = page.locator('h3', { hasText: '1. Inwoners en uitvoeringsmedewerkers' });
    const id = await kop.getAttribute('id');
    assert.match(id, /^kop-1-inwoners/);
    // Coming from another page, as a link from elsewhere or a bookmark does.
    await page.goto(base + 'index.html');
    await page.goto(base + 'achtergrond/vng-notitie-2023.html#' + id.slice(4));
    await page.waitForFunction((nieuw) => location.hash === '#' + nieuw, id);
    // The heading scrolls into view (smooth scrolling may take a moment).
    await kop.evaluate((h) => new Promise((klaar) => {
      const kijk = () => { const r = h.getBoundingClientRect(); if (r.top >= -1 && r.top < innerHeight / 2) klaar(); else requestAnimationFrame(kijk); };
      kijk();
    }));
  });
});

test('the import summary reads "Mijn verkenning: 2 antwoorden." (no space before the colon) and "1 antwoord", also in the list of verkenningen', async (t) => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'a11y-inlees-'));
  t.after(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const bestand = path.join(tmp, 'verkenningen.json');
  fs.writeFileSync(bestand, JSON.stringify({ formaat: 'wegwijzer-vit', schema: 1, site: {}, gemaakt: '2024-05-01T10:00:00.000Z',
    verkenningen: [
      { id: 'mv1', naam: 'Mijn verkenning', antwoorden: { '1.1': { antwoord: 'helemaal' }, '1.2': { antwoord: 'grotendeels' } } },
      { id: 'tz1', naam: 'Team Zuid', perspectief: 'inwoners', antwoorden: { '1.1': { antwoord: 'nog-niet' } } },
    ] }));
  await metPagina(browser, server, async (page, base) => {
    await page.goto(base + 'vit.html');
    await page.locator('[data-vit="inlezen"]').setInputFiles(bestand);
    await page.locator('[data-vit="inlees-ja"]').waitFor();
    const regels = (await page.locator('[data-vit="inlees-vraag"] li').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());
    assert.equal(regels.length, 2);
    assert.match(regels[0], /^Mijn verkenning: 2 antwoorden\. /);
    assert.match(regels[1], /^Team Zuid \(perspectief inwoners\): 1 antwoord\. /);
    // Read in, the list of verkenningen on the overview counts the same way.
    await page.locator('[data-vit="inlees-ja"]').click();
    const zuid = page.locator('[data-vit-verkenning="tz1"] p').first();
    await zuid.waitFor();
    assert.match((await zuid.textContent()).replace(/\s+/g, ' '), /^Team Zuid \(perspectief inwoners\) · 1 antwoord( |$)/);
  });
});

/** The text of a pdf (pdftotext from poppler-utils, installed by .ci/install-deps --browser). */
function pdfTekst(pdf, ...args) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'a11y-pdf-'));
  try {
    fs.writeFileSync(path.join(tmp, 'a.pdf'), pdf);
    return execFileSync('pdftotext', [...args, path.join(tmp, 'a.pdf'), '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (e) {
    if (e.code === 'ENOENT') throw new Error('pdftotext ontbreekt: installeer poppler-utils (.ci/install-deps --browser)', { cause: e });
    throw e;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

test('print.html on paper: numbered chapters that match the table of contents, page numbers, no web-only text', async () => {
  await metPagina(browser, server, async (page, base) => {
    await page.goto(base + 'print.html');
    const titels = await page.locator('nav.afdruk-inhoud > ol > li > a').allTextContents();
    assert.ok(titels.length >= 20);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const tekst = pdfTekst(pdf).replace(/[ \t]+/g, ' ');
    const paginas = tekst.split('\f').filter((p) => p.trim());
    // Judgement: a table of contents with page numbers is what a publication has, but Chromium
    // parses target-counter() and prints nothing (checked with Chromium 156). So the chapter gets
    // the number of its line in the table of contents, the note under "Inhoud" says how to find
    // it, and each page shows its number: nothing here pretends to be a page reference.
    titels.forEach((t, i) => {
      const kop = `${i + 1}. ${t.slice(0, 20)}`;
      assert.ok(tekst.split(kop).length - 1 >= 2, `"${kop}" in de inhoud en boven het hoofdstuk`);
    });
    assert.match(tekst, /Elk hoofdstuk begint op een nieuwe pagina/);
    assert.ok(paginas.length > titels.length, `${paginas.length} pagina's`);
    paginas.forEach((p, i) => assert.match(p, new RegExp(`pagina ${i + 1} van ${paginas.length}`), `paginanummer op pagina ${i + 1}`));
    assert.doesNotMatch(tekst, /Terug naar de tekst|Ctrl\+P|printfunctie/);
    assert.doesNotMatch(tekst, /\u2060/, 'geen onzichtbare tekens in de tekst van de pdf');
    assert.equal((tekst.match(/^Inhoud$/gm) || []).length, 1);
    // On screen the note about paper is not shown.
    assert.equal(await page.locator('.afdruk-inhoud-uitleg').isVisible(), false);
  });
});

test('printed VIT results: page 1 holds the report head and the results per waarde, and is mostly full', async () => {
  await metPagina(browser, server, async (page, base) => {
    await page.goto(base + 'vit.html');
    await vulIn(page);
    await page.goto(base + 'vit/resultaten.html');
    await page.locator('[data-vit="antwoorden"] table').first().waitFor();
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const eerste = pdfTekst(pdf, '-f', '1', '-l', '1');
    assert.match(eerste, /Over deze verkenning/);
    assert.match(eerste, /Per waarde/);
    assert.match(eerste, /Antwoorden per waarde/);
    // Nothing about this browser or how to print on paper.
    assert.doesNotMatch(eerste, /blijven in deze browser|afdrukken of bewaren/);
    // Judgement: page 1 counts as full when its last line of text (not the page number in the
    // bottom margin) lies in the lowest quarter of the page; before, it ended at 57 %.
    const bbox = pdfTekst(pdf, '-f', '1', '-l', '1', '-bbox');
    const hoogte = Number(/<page width="[\d.]+" height="([\d.]+)"/.exec(bbox)[1]);
    const marge = 2 / 2.54 * 72;  // the 2 cm bottom margin of print.css
    const onder = Math.max(...[...bbox.matchAll(/yMax="([\d.]+)"/g)].map((m) => Number(m[1])).filter((y) => y < hoogte - marge));
    assert.ok(onder / hoogte > 0.75, `pagina 1 houdt op bij ${Math.round((100 * onder) / hoogte)} % van de hoogte`);
  });
});
