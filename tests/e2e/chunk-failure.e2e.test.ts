// One failed chunk never blanks the page. Each lazily loaded chunk is blocked in turn (as a
// firewall, a dropped connection or a killed server would), and a stale deploy is simulated (the
// old chunk answers 404): every other panel still becomes ready, the failed one says so in its
// own words, and it recovers when asked to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { inject } from 'vitest';
import { startSession, waitReady, type Session } from './browser';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

const ALL_PANELS = ['leadership', 'precision', 'four-focuses', 'exit-criteria', 'funding', 'policies', 'campaign-map', 'timeline', 'details'];

/**
 * The lazily loaded files, as the built scripts list them for Vite's preloader: the entry's list,
 * and the lists of the chunks on it (the full panels are imported by their grid's own chunk).
 */
async function lazyFiles(): Promise<string[]> {
  const base = inject('baseUrl');
  const html = await (await fetch(base)).text();
  const entry = /<script[^>]*src="\.?\/?([^"]+\.js)"/.exec(html)![1]!;
  const listed = async (url: URL) => {
    const list = /m\.f=\[([^\]]*)\]/.exec(await (await fetch(url)).text())?.[1] ?? '';
    return [...list.matchAll(/"\.\/([^"]+)"/g)].map((m) => m[1]!);
  };
  const files = await listed(new URL(entry, base));
  for (let i = 0; i < files.length; i++) {
    if (!files[i]!.endsWith('.js')) continue;
    for (const f of await listed(new URL(`assets/${files[i]}`, base))) if (!files.includes(f)) files.push(f);
  }
  return files;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A chunk by what it holds: a panel's own file or a shared library chunk (named after its folder
 * or package), or the ECharts chunk both chart panels share (found by its code: it is named after
 * whichever shared module Rollup puts in it).
 */
async function chunk(which: string): Promise<RegExp> {
  const files = await lazyFiles();
  let file: string | undefined;
  if (which === 'echarts') {
    for (const f of files.filter((f) => f.endsWith('.js'))) {
      if (/zrender/.test(await (await fetch(new URL(`assets/${f}`, inject('baseUrl')))).text())) file = f;
    }
  } else {
    file = files.find((f) => f.startsWith(`${which.replace(/\.(js|css)$/, '')}-`) && f.endsWith(which.endsWith('.css') ? '.css' : '.js'));
  }
  expect(file, `${which} in ${files.join(', ')}`).toBeDefined();
  return new RegExp(`/assets/${escape(file!)}$`);
}

/**
 * Which panels a chunk takes down with it. Every full panel is a lazy chunk (the overview, the
 * default view, needs none), the five light SVG panels too; the page opens on all of them.
 */
const CASES: ReadonlyArray<{ which: string; failed: string[] }> = [
  { which: 'leadership.js', failed: ['leadership'] },
  { which: 'precision.js', failed: ['precision'] },
  { which: 'four-focuses.js', failed: ['four-focuses'] },
  { which: 'policies.js', failed: ['policies'] },
  { which: 'policies.css', failed: ['policies'] },
  { which: 'timeline.js', failed: ['timeline'] },
  { which: 'exit-criteria.js', failed: ['exit-criteria'] },
  { which: 'funding.js', failed: ['funding'] },
  { which: 'campaign-map.js', failed: ['campaign-map'] },
  { which: 'campaign-map.css', failed: ['campaign-map'] },
  { which: 'echarts', failed: ['exit-criteria', 'funding'] },
  // A library chunk three panels share (the tree layouts).
  { which: 'd3-hierarchy', failed: ['leadership', 'four-focuses', 'campaign-map'] },
];

async function panelStates(page: Page) {
  return page.$$eval('[data-panel]', (els) =>
    Object.fromEntries(els.map((e) => [e.getAttribute('data-panel'), { ready: e.getAttribute('data-ready'), error: e.getAttribute('data-error') }])),
  );
}

async function openWithBlocked(chunk: RegExp, handler: (route: Route) => Promise<void>) {
  await s.page.route(chunk, handler);
  await s.page.goto(`${inject('baseUrl')}?lang=en&view=all`);
  await waitReady(s.page);
}

describe('a lazily loaded chunk that fails to load', () => {
  for (const { which, failed } of CASES) {
    it(`blocked ${which}: ${failed.join(' and ')} show their own message, the rest work, retry recovers`, async () => {
      const blocked = await chunk(which);
      await openWithBlocked(blocked, (route) => route.abort('connectionfailed'));
      const states = await panelStates(s.page);
      for (const name of ALL_PANELS) {
        expect(states[name], name).toEqual(failed.includes(name) ? { ready: 'true', error: 'true' } : { ready: 'true', error: null });
      }
      for (const name of failed) {
        const panel = s.page.locator(`[data-panel="${name}"]`);
        await expect(panel.getByRole('alert').innerText()).resolves.toMatch(/could not be loaded/);
        await panel.locator('[data-failure="network"]').waitFor();
      }
      // The rest of the page still links: a click in a working panel selects.
      const working = ['leadership', 'precision', 'policies'].find((name) => !failed.includes(name))!;
      await s.page.locator(`[data-panel="${working}"] [data-entity]`).first().click();
      await expect(s.page.locator('[data-panel="details"] h3, [data-panel="details"] h2').first().isVisible()).resolves.toBe(true);

      await s.page.unroute(blocked);
      for (const name of failed) {
        await s.page.locator(`[data-panel="${name}"] [data-action="retry-panel"]`).click();
      }
      await waitReady(s.page);
      const after = await panelStates(s.page);
      for (const name of ALL_PANELS) expect(after[name], name).toEqual({ ready: 'true', error: null });
    });
  }

  it('shows a loading state with words while the chunk is on its way', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const funding = await chunk('funding.js');
    await s.page.route(funding, async (route) => {
      await held;
      await route.continue();
    });
    await s.page.goto(`${inject('baseUrl')}?lang=zh&view=funding`);
    const loading = s.page.locator('[data-panel="funding"]');
    await loading.getByRole('status').waitFor();
    await expect(loading.getAttribute('data-ready')).resolves.toBe('false');
    await expect(loading.getAttribute('aria-busy')).resolves.toBe('true');
    await expect(loading.innerText()).resolves.toMatch(/资金投入[\s\S]*正在加载/);
    release();
    await waitReady(s.page);
    await s.page.unroute(funding);
    await expect(s.page.locator('[data-panel="funding"]').getAttribute('data-error')).resolves.toBeNull();
  });

  it('after a new deploy (the old chunk answers 404) offers a page reload, in the UI language', async () => {
    const map = await chunk('campaign-map.js');
    await s.page.route(map, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }));
    await s.page.goto(`${inject('baseUrl')}?lang=zh&view=all`);
    await waitReady(s.page);
    const panel = s.page.locator('[data-panel="campaign-map"]');
    await panel.locator('[data-failure="stale"]').waitFor();
    await expect(panel.getByRole('alert').innerText()).resolves.toMatch(/网站已更新/);
    const states = await panelStates(s.page);
    for (const name of ALL_PANELS) {
      if (name !== 'campaign-map') expect(states[name], name).toEqual({ ready: 'true', error: null });
    }
    await s.page.unroute(map);
    await Promise.all([s.page.waitForEvent('load'), panel.getByRole('button', { name: '重新加载页面' }).click()]);
    await waitReady(s.page);
    const after = await panelStates(s.page);
    for (const name of ALL_PANELS) expect(after[name], name).toEqual({ ready: 'true', error: null });
  });
});
