// Link check over every page of the built kader site and the Krimpenerwaard example:
// every link and asset reference is relative, points at a file that exists inside the site,
// every page link ends in .html, and every #fragment exists in the page it points to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { exampleSiteDir, htmlPages, siteDir } from '../lib/browser.mjs';

const decode = (s) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

const idCache = new Map();
function idsOf(file) {
  if (!idCache.has(file)) {
    const html = fs.readFileSync(file, 'utf8');
    idCache.set(file, new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1]))));
  }
  return idCache.get(file);
}

/** Returns a list of problems ("page: reference: why") for the site in `dir`. */
export function checkLinks(dir) {
  const problems = [];
  for (const rel of htmlPages(dir)) {
    const file = path.join(dir, rel);
    const html = fs.readFileSync(file, 'utf8');
    for (const m of html.matchAll(/\s(href|src|action)="([^"]*)"/g)) {
      const ref = decode(m[2]);
      const where = `${rel}: ${m[1]}="${ref}"`;
      if (/^(https?:|mailto:|tel:)/i.test(ref)) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) { problems.push(`${where}: onbekend of onveilig schema`); continue; }
      if (ref.startsWith('/')) { problems.push(`${where}: absoluut pad (moet relatief zijn)`); continue; }
      const [pathPart, fragment] = ref.split('#');
      const target = pathPart === '' ? file : path.resolve(path.dirname(file), decodeURIComponent(pathPart.split('?')[0]));
      if (!target.startsWith(dir + path.sep) && target !== dir) { problems.push(`${where}: buiten de site`); continue; }
      if (!fs.existsSync(target) || fs.statSync(target).isDirectory()) { problems.push(`${where}: bestaat niet`); continue; }
      if (m[1] === 'href' && pathPart !== '' && !/\.[a-z0-9]+$/i.test(pathPart)) problems.push(`${where}: pagina zonder .html`);
      if (fragment !== undefined && fragment !== '' && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) {
        problems.push(`${where}: anker #${fragment} bestaat niet`);
      }
    }
  }
  return problems;
}

for (const [name, dirOf] of [['kader', siteDir], ['voorbeeld Krimpenerwaard', exampleSiteDir]]) {
  test(`every link and asset of the ${name} site is relative and resolves, anchors included`, (t) => {
    const dir = dirOf();
    if (!fs.existsSync(path.join(dir, 'index.html'))) {
      assert.fail(`${dir} is not built; .ci/test builds it before the browser tests`);
    }
    const pages = htmlPages(dir);
    assert.ok(pages.length > 50, `only ${pages.length} pages in ${dir}`);
    const problems = checkLinks(dir);
    assert.deepEqual(problems.slice(0, 40), [], `${problems.length} problems`);
    t.diagnostic(`${pages.length} pages checked`);
  });
}

test('the link check finds dead links, missing anchors, absolute paths and missing .html', () => {
  const dir = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR || '/tmp'), 'links-'));
  fs.mkdirSync(path.join(dir, 'a'));
  fs.writeFileSync(path.join(dir, 'index.html'),
    '<a href="a/b.html#er">ok</a><a href="a/b.html#weg">anker</a><a href="nergens.html">dood</a>' +
    '<a href="/index.html">absoluut</a><a href="a/">map</a><a href="javascript:alert(1)">js</a><a href="../buiten.html">uit</a>');
  fs.writeFileSync(path.join(dir, 'a', 'b.html'), '<h2 id="er">Er</h2><a href="../index.html">terug</a>');
  const problems = checkLinks(dir);
  assert.equal(problems.length, 6, problems.join('\n'));
  for (const word of ['anker #weg', 'nergens.html', 'absoluut pad', 'a/"', 'onveilig', 'buiten de site']) {
    assert.ok(problems.some((p) => p.includes(word)), `missing: ${word}\n${problems.join('\n')}`);
  }
  fs.rmSync(dir, { recursive: true });
});
