// Debian's Chromium through playwright-core, with a throwaway profile and config/cache folders.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-expect-error — plain ESM helper shared with the tests
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../chromium.mjs';

export interface BenchBrowser {
  browser: Browser;
  close: () => Promise<void>;
}

export async function launch(extraArgs: string[] = []): Promise<BenchBrowser> {
  const executablePath = findChromium() as string | null;
  if (!executablePath) throw new Error(INSTALL_HINT as string);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lankao-bench-'));
  process.env.XDG_CONFIG_HOME = tmp;
  process.env.XDG_CACHE_HOME = tmp;
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [...(CHROMIUM_ARGS as string[]), '--enable-precise-memory-info', ...extraArgs],
  });
  return {
    browser,
    async close() {
      await browser.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** Every [data-panel] has data-ready="true". */
export async function waitAllReady(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const panels = [...document.querySelectorAll('[data-panel]')];
      return panels.length > 0 && panels.every((p) => p.getAttribute('data-ready') === 'true');
    },
    null,
    { timeout, polling: 50 },
  );
}

/**
 * Panels of the long dashboard mount when scrolled near (src/app/MountWhenNear.tsx): scroll each
 * placeholder into view until every panel is mounted and ready, then return to the top — so a
 * walk or a lifecycle run on ?view=all covers every panel, as before mounting on demand.
 */
export async function mountAllPanels(page: Page, timeout = 30_000): Promise<void> {
  let scrolled = false;
  for (;;) {
    const pending = await page.evaluate(() => {
      const el = document.querySelector('[data-panel-pending]');
      el?.scrollIntoView({ block: 'center' });
      return el?.getAttribute('data-panel-pending') ?? null;
    });
    if (pending === null) break;
    scrolled = true;
    await page.waitForFunction((name) => !document.querySelector(`[data-panel-pending="${name}"]`), pending, { timeout, polling: 50 });
  }
  if (scrolled) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await waitAllReady(page, timeout);
  }
}

/** Two animation frames: whatever the last input changed has been painted. */
export async function nextPaint(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

/**
 * The next paint, then the page idle: what an action set off after its paint (the charts' update,
 * the details' article — src/shared/useStoreAfterPaint.ts) has run. A person's next click comes a few
 * hundred ms later; a walk that pressed again at once measured the previous click's after-paint work
 * as the next one's input delay. Capped at 2 s, so a page that never idles still moves on.
 */
export async function settled(page: Page): Promise<void> {
  await nextPaint(page);
  await page.evaluate(() => new Promise<void>((r) => requestIdleCallback(() => r(), { timeout: 2000 })));
}

/**
 * Installed before any page script: records when every panel first reports ready (or, on the
 * picture page, when the picture has loaded), Event Timing entries of real interactions
 * (interactionId > 0, ≥ 16 ms) and long tasks. Plain JS in a string: tsx would otherwise add
 * its own helpers to a serialised function, which do not exist in the page.
 */
export const PROBE_SCRIPT = `(() => {
  const probe = { readyAt: null, events: [], longtasks: [], setOption: {} };
  window.__bench = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.interactionId > 0) probe.events.push({ id: e.interactionId, name: e.name, duration: e.duration, start: e.startTime });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch (e) { /* Event Timing unsupported */ }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { /* Long Tasks unsupported */ }
  function check() {
    if (probe.readyAt !== null) return;
    const panels = document.querySelectorAll('[data-panel]');
    if (panels.length > 0 && Array.from(panels).every((p) => p.getAttribute('data-ready') === 'true')) probe.readyAt = performance.now();
  }
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
  document.addEventListener('load', (e) => {
    if (e.target && e.target.id === 'bench-floor' && probe.readyAt === null) probe.readyAt = performance.now();
  }, true);
})();`;
