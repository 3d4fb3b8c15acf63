// Shared helpers for real-browser tests: Debian's Chromium through playwright-core, a fresh
// profile per file, and a record of every console error, page error and CSP violation.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { mountAllPanels } from '../../scripts/bench/browser';
// @ts-expect-error — plain ESM helper shared with the npm scripts
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from '../../scripts/chromium.mjs';

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught page errors and CSP violations seen so far. */
  errors: string[];
  open: (query?: string, viewport?: { width: number; height: number }) => Promise<void>;
  close: () => Promise<void>;
}

/** `locale` is the browser's language (navigator.languages); the app's first-visit language follows it. */
export async function startSession({ locale = 'zh-CN' }: { locale?: string } = {}): Promise<Session> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lankao-e2e-'));
  process.env.XDG_CONFIG_HOME = tmp;
  process.env.XDG_CACHE_HOME = tmp;
  const context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    // The first-visit language follows the browser; most tests were written for a Chinese reader.
    locale,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const baseUrl = inject('baseUrl');
  return {
    context,
    page,
    errors,
    async open(query = '', viewport) {
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(`${baseUrl}${query ? `?${query.replace(/^\?/, '')}` : ''}`);
      await waitReady(page);
    },
    async close() {
      await context.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** Every mounted panel reports data-ready="true". */
export async function waitMountedReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const panels = [...document.querySelectorAll('[data-panel]')];
      return panels.length > 0 && panels.every((p) => p.getAttribute('data-ready') === 'true');
    },
    null,
    { timeout: 20_000 },
  );
}

/**
 * Every panel of the view is mounted and reports data-ready="true". Panels of the long dashboard
 * mount when scrolled near (src/app/MountWhenNear.tsx): like a reader, the test scrolls each
 * placeholder into view, waits for its panel, and returns to the top (the benchmark's helper).
 */
export async function waitReady(page: Page): Promise<void> {
  await waitMountedReady(page);
  await mountAllPanels(page, 20_000);
}

/** data-emphasis of an entity inside one panel (null when the panel does not show it). */
export async function emphasisIn(page: Page, panel: string, entity: string): Promise<string | null> {
  return page.evaluate(
    ([p, e]) => {
      const el = document.querySelector(`[data-panel="${p}"] [data-entity="${e}"]`);
      return el ? el.getAttribute('data-emphasis') : null;
    },
    [panel, entity] as const,
  );
}

/**
 * The address bar's query as the page itself sees it. Not page.url(): Playwright learns of a
 * history.replaceState through a separate message that can arrive after the click or key press
 * that caused it has returned, so page.url() read straight after an action can still be the old
 * address (an Escape that "did not clear" the selection, seen on a loaded CI machine). The page's
 * own location.search is current once the action's event handlers have run.
 */
export async function searchParams(page: Page): Promise<URLSearchParams> {
  return new URLSearchParams(await page.evaluate(() => location.search));
}
