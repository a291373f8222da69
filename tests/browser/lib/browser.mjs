// Shared helpers for the browser tests: Debian's chromium through playwright-core,
// a static server on loopback (optionally under a sub-path), axe-core and request tracking.
import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The built site under test: $WEGWIJZER_SITE or build/site-test (made by .ci/test). */
export function siteDir() {
  return path.resolve(repoRoot, process.env.WEGWIJZER_SITE || 'build/site-test');
}

/** The Krimpenerwaard example site: $WEGWIJZER_EXAMPLE_SITE or build/example-test (made by .ci/test). */
export function exampleSiteDir() {
  return path.resolve(repoRoot, process.env.WEGWIJZER_EXAMPLE_SITE || 'build/example-test');
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

const MIME = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.zip': 'application/zip', '.pdf': 'application/pdf',
};

/** Serves `dir` on 127.0.0.1 at a free port under `prefix` ("/" or "/kader/"). Returns {url, close}. */
export async function serve(dir, prefix = '/') {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let p = decodeURIComponent(url.pathname);
    if (!p.startsWith(prefix)) { res.writeHead(404); res.end('not found'); return; }
    p = p.slice(prefix.length);
    if (p === '' || p.endsWith('/')) p += 'index.html';
    const file = path.join(dir, p);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found'); return;
    }
    res.writeHead(200, { 'content-type': MIME[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((r) => server.close(r)) };
}

/** Every .html file of the site, relative, sorted. */
export function htmlPages(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.html')) out.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * Records every request that does not go to `allowedPrefix` (the local server or file://),
 * every failed request (not those cut off by a navigation) and every console error of `page`.
 */
export function watch(page, allowedPrefix) {
  const problems = [];
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(allowedPrefix) && !u.startsWith('data:') && !u.startsWith('blob:')) problems.push(`extern verzoek: ${u}`);
  });
  page.on('requestfailed', (r) => {
    const why = r.failure()?.errorText;
    // Cut off because the page navigated on (a favicon still loading, say): not a fault of the site.
    // A missing file still shows: HTTP 404 over http, net::ERR_FILE_NOT_FOUND from file://.
    if (why !== 'net::ERR_ABORTED') problems.push(`mislukt verzoek: ${r.url()} (${why})`);
  });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`scriptfout: ${e.message}`));
  return problems;
}

let axeCache = null;
const axeSource = () => (axeCache ??= fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));

/** Runs axe-core with the WCAG 2.0/2.1/2.2 A and AA rules; returns the violations. */
export async function axe(page) {
  // Evaluated through the DevTools protocol, not as a <script> tag: the pages' Content-Security-Policy
  // (only the site's own scripts) would block an injected tag.
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(axeSource());
  return page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      // Only violations are reported; skipping the details of passes makes a run markedly faster.
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
}
