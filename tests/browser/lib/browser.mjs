// Shared helpers for the browser tests: Debian's chromium through playwright-core,
// a static server on loopback (optionally under a sub-path), axe-core and request tracking.
import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * The built site under test. $WEGWIJZER_SITE names a site that is already built (.ci/test builds
 * build/site-test with its zip); without it the generator builds the kader once per test process
 * into a temporary folder (see builtSite).
 */
export function siteDir() {
  return builtSite('WEGWIJZER_SITE', 'kader', []);
}

/** The Krimpenerwaard example site: $WEGWIJZER_EXAMPLE_SITE, or built like siteDir(). */
export function exampleSiteDir() {
  return builtSite('WEGWIJZER_EXAMPLE_SITE', 'voorbeeld', ['--config', 'examples/krimpenerwaard/site-config.toml']);
}

const built = new Map();

/**
 * The folder named by the environment variable `envName`, which must exist; without the
 * variable, `wegwijzer build` ($WEGWIJZER_BINARY or build/wegwijzer) builds the site into a
 * temporary folder (with the offline zip, as .ci/test does), once per test process. A missing
 * folder or binary, or a failing build, is an error with a message that says what to do: a
 * test never passes because its site was not there.
 */
function builtSite(envName, name, configArgs) {
  if (process.env[envName]) {
    const dir = path.resolve(repoRoot, process.env[envName]);
    if (!fs.existsSync(path.join(dir, 'index.html')))
      throw new Error(`${envName}=${process.env[envName]}: no built site there (${dir}/index.html is missing); ` +
        'build it first (see .ci/test) or leave the variable out to let the tests build it');
    return dir;
  }
  if (built.has(name)) return built.get(name);
  const binary = path.resolve(repoRoot, process.env.WEGWIJZER_BINARY || 'build/wegwijzer');
  if (!fs.existsSync(binary))
    throw new Error(`the generator ${binary} is missing: build it first (README, Quick start: cmake ... && ` +
      `cmake --build build), set WEGWIJZER_BINARY, or set ${envName} to a built site`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `wegwijzer-browser-${name}-`));
  process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
  const dir = path.join(tmp, 'site');
  try {
    execFileSync(binary, ['build', '--quiet', ...configArgs, '--out', dir, '--zip', `${tmp}/`],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  } catch (e) {
    throw new Error(`wegwijzer build of the ${name} site failed (exit ${e.status}):\n${e.stdout}${e.stderr}`, { cause: e });
  }
  built.set(name, dir);
  return dir;
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
