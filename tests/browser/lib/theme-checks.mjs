// Checks the theme tests share: WCAG runs of axe in light, dark and at 320 px on a set of pages,
// horizontal scrolling, keyboard focus and its visibility.
import { axe, watch } from './browser.mjs';

/** A readable line per axe violation: "page [variant] rule (impact): help — nodes". */
export function describeViolations(pagePath, variant, violations) {
  return violations.map((v) => `${pagePath} [${variant}] ${v.id} (${v.impact}): ${v.help} — ${v.nodes.join(', ')}`);
}

/** How far the page scrolls sideways, and the elements that stick out on the right; null if it does not. */
export async function horizontalOverflow(page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const over = doc.scrollWidth - doc.clientWidth;
    if (over <= 0) return null;
    const culprits = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > doc.clientWidth + 1) {
        const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '';
        culprits.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + cls);
        if (culprits.length >= 5) break;
      }
    }
    return { over, culprits };
  });
}

export const VARIANTS = {
  licht: { colorScheme: 'light', width: 1280, height: 900 },
  donker: { colorScheme: 'dark', width: 1280, height: 900 },
  '320px': { colorScheme: 'light', width: 320, height: 720 },
};

/**
 * Opens every page of `pages` (paths relative to `baseUrl`) once in `browserPage` and runs axe in the
 * given variants on it (switching colour scheme and width in place, no reload). At 320 px it also checks
 * that the page does not scroll sideways. Returns {failures, requests, timings}.
 */
export async function auditPages(browserPage, baseUrl, pages, variantsFor) {
  const failures = [];
  const problems = watch(browserPage, baseUrl);
  let runs = 0;
  const start = Date.now();
  for (const p of pages) {
    const variants = variantsFor(p);
    const first = VARIANTS[variants[0]];
    await browserPage.emulateMedia({ colorScheme: first.colorScheme });
    await browserPage.setViewportSize({ width: first.width, height: first.height });
    await browserPage.goto(baseUrl + p, { waitUntil: 'load' });
    for (const name of variants) {
      const v = VARIANTS[name];
      await browserPage.emulateMedia({ colorScheme: v.colorScheme });
      await browserPage.setViewportSize({ width: v.width, height: v.height });
      // One frame, so media-query listeners (menu.js folds the menu on a narrow screen) have run.
      await browserPage.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      if (v.width <= 320) {
        const o = await horizontalOverflow(browserPage);
        if (o) failures.push(`${p} [${name}] schuift ${o.over}px opzij: ${o.culprits.join(', ')}`);
      }
      failures.push(...describeViolations(p, name, await axe(browserPage)));
      runs++;
    }
  }
  const external = problems.filter((x) => x.startsWith('extern verzoek'));
  return { failures, external, problems, runs, seconds: (Date.now() - start) / 1000 };
}

/** Selectors of the elements a keyboard user must be able to reach. */
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
  'textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * Presses Tab through the whole page. Returns, per focus stop, a description and whether the focus is
 * visible (an outline of >= 2px or a box-shadow ring, and the contrast of its colour against the background
 * around the element), plus the visible focusable elements never reached.
 */
export async function tabThrough(page, maxStops = 600) {
  await page.evaluate((sel) => {
    let n = 0;
    for (const el of document.querySelectorAll(sel)) {
      const r = el.getBoundingClientRect();
      const st = getComputedStyle(el);
      const shown = r.width > 0 && r.height > 0 && st.visibility !== 'hidden' && !el.closest('[hidden], [inert]');
      // The skip link sits above the page until it has focus; it must still be reached.
      if (shown || el.classList.contains('skiplink')) el.setAttribute('data-tabtest', String(n++));
    }
    document.activeElement?.blur();
    window.scrollTo(0, 0);
  }, FOCUSABLE);
  const stops = [];
  const seen = new Set();
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const st = getComputedStyle(el);
      const outline = st.outlineStyle !== 'none' ? parseFloat(st.outlineWidth) : 0;
      const ring = st.boxShadow && st.boxShadow !== 'none';
      // Contrast of the focus indicator (outline or ring colour) against the background around the element:
      // the better of the two must reach 3:1 (WCAG 1.4.11).
      const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
      const lum = ([r, g, b]) => {
        const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m); return (x + 0.05) / (y + 0.05); };
      let bg = [255, 255, 255];
      for (let p = el.parentElement; p; p = p.parentElement) {
        const c = rgb(getComputedStyle(p).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] === 1)) { bg = c.slice(0, 3); break; }
      }
      const colours = [];
      if (outline) colours.push(rgb(st.outlineColor).slice(0, 3));
      if (ring) colours.push(rgb(st.boxShadow.match(/rgba?\([^)]*\)/)?.[0] || '').slice(0, 3));
      const contrast = Math.max(0, ...colours.filter((c) => c.length === 3).map((c) => ratio(c, bg)));
      const label = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || el.id || '').trim().slice(0, 40);
      const radio = el.type === 'radio' ? el.name : null;
      return { id: el.getAttribute('data-tabtest'), tag: el.tagName.toLowerCase(), label, outline, ring: Boolean(ring), contrast, radio };
    });
    if (!info) break;
    const key = info.id ?? `${info.tag}:${info.label}`;
    if (seen.has(key)) break;
    seen.add(key);
    stops.push(info);
  }
  // A radio group is one tab stop (arrow keys move inside it): reaching one radio reaches the group.
  const groups = stops.map((s) => s.radio).filter(Boolean);
  const missed = await page.evaluate(([reached, radioGroups]) => {
    const out = [];
    for (const el of document.querySelectorAll('[data-tabtest]')) {
      if (el.type === 'radio' && radioGroups.includes(el.name)) continue;
      if (!reached.includes(el.getAttribute('data-tabtest'))) {
        out.push(`${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('name') || '').trim().slice(0, 40)}"`);
      }
    }
    return out;
  }, [stops.map((s) => s.id).filter((x) => x !== null), groups]);
  return { stops, missed };
}
