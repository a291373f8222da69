// Screenshots of the home page and a basiskenmerk page (light, dark, 320 px) for docs/screenshots/,
// so reviewers see what readers see. Run after building the site:
//   build/wegwijzer build --out build/site-test && (cd tests/browser && npm run screenshots)
// Site: $WEGWIJZER_SITE (default build/site-test). Output: docs/screenshots/<page>-<variant>.png.
import fs from 'node:fs';
import path from 'node:path';
import { launch, repoRoot, serve, siteDir } from './lib/browser.mjs';

const PAGES = { home: 'index.html', basiskenmerk: 'basiskenmerken/05-brede-blik.html' };
const VARIANTS = {
  licht: { colorScheme: 'light', viewport: { width: 1280, height: 900 } },
  donker: { colorScheme: 'dark', viewport: { width: 1280, height: 900 } },
  '320px': { colorScheme: 'light', viewport: { width: 320, height: 720 } },
};

const out = path.join(repoRoot, 'docs/screenshots');
fs.mkdirSync(out, { recursive: true });
const server = await serve(siteDir());
const browser = await launch();
try {
  for (const [vname, v] of Object.entries(VARIANTS)) {
    const context = await browser.newContext({ viewport: v.viewport, colorScheme: v.colorScheme, reducedMotion: 'reduce' });
    const page = await context.newPage();
    for (const [pname, p] of Object.entries(PAGES)) {
      await page.goto(server.url + p, { waitUntil: 'load' });
      const file = path.join(out, `${pname}-${vname}.png`);
      // The first screen and a bit: what a reader sees on arrival, at a size that keeps the repository small.
      await page.screenshot({ path: file, clip: { x: 0, y: 0, width: v.viewport.width, height: v.viewport.height * 1.5 }, fullPage: true });
      console.log(path.relative(repoRoot, file));
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
