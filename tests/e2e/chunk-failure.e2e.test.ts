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

/** Which panels a chunk (by its file-name prefix) takes down with it. */
const CASES: ReadonlyArray<{ chunk: RegExp; failed: string[] }> = [
  { chunk: /\/assets\/ExitCriteriaPanel-[^/]+\.js$/, failed: ['exit-criteria'] },
  { chunk: /\/assets\/FundingPanel-[^/]+\.js$/, failed: ['funding'] },
  { chunk: /\/assets\/CampaignMapPanel-[^/]+\.js$/, failed: ['campaign-map'] },
  { chunk: /\/assets\/CampaignMapPanel-[^/]+\.css$/, failed: ['campaign-map'] },
  // ECharts is shared by both chart panels.
  { chunk: /\/assets\/Chart-[^/]+\.js$/, failed: ['exit-criteria', 'funding'] },
];

async function panelStates(page: Page) {
  return page.$$eval('[data-panel]', (els) =>
    Object.fromEntries(els.map((e) => [e.getAttribute('data-panel'), { ready: e.getAttribute('data-ready'), error: e.getAttribute('data-error') }])),
  );
}

async function openWithBlocked(chunk: RegExp, handler: (route: Route) => Promise<void>) {
  await s.page.route(chunk, handler);
  await s.page.goto(`${inject('baseUrl')}?lang=en`);
  await waitReady(s.page);
}

describe('a lazily loaded chunk that fails to load', () => {
  for (const { chunk, failed } of CASES) {
    it(`blocked ${chunk.source.replace(/\\/g, '')}: ${failed.join(' and ')} show their own message, the rest work, retry recovers`, async () => {
      await openWithBlocked(chunk, (route) => route.abort('connectionfailed'));
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
      await s.page.locator('[data-panel="leadership"] [data-entity]').first().click();
      await expect(s.page.locator('[data-panel="details"] h3, [data-panel="details"] h2').first().isVisible()).resolves.toBe(true);

      await s.page.unroute(chunk);
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
    await s.page.route(/\/assets\/FundingPanel-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await s.page.goto(`${inject('baseUrl')}?lang=zh`);
    const loading = s.page.locator('[data-panel="funding"]');
    await loading.getByRole('status').waitFor();
    await expect(loading.getAttribute('data-ready')).resolves.toBe('false');
    await expect(loading.getAttribute('aria-busy')).resolves.toBe('true');
    await expect(loading.innerText()).resolves.toMatch(/资金投入[\s\S]*正在加载/);
    release();
    await waitReady(s.page);
    await s.page.unroute(/\/assets\/FundingPanel-[^/]+\.js$/);
    await expect(s.page.locator('[data-panel="funding"]').getAttribute('data-error')).resolves.toBeNull();
  });

  it('after a new deploy (the old chunk answers 404) offers a page reload, in the UI language', async () => {
    const chunk = /\/assets\/CampaignMapPanel-[^/]+\.js$/;
    await s.page.route(chunk, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }));
    await s.page.goto(`${inject('baseUrl')}?lang=zh`);
    await waitReady(s.page);
    const panel = s.page.locator('[data-panel="campaign-map"]');
    await panel.locator('[data-failure="stale"]').waitFor();
    await expect(panel.getByRole('alert').innerText()).resolves.toMatch(/网站已更新/);
    const states = await panelStates(s.page);
    for (const name of ALL_PANELS) {
      if (name !== 'campaign-map') expect(states[name], name).toEqual({ ready: 'true', error: null });
    }
    await s.page.unroute(chunk);
    await Promise.all([s.page.waitForEvent('load'), panel.getByRole('button', { name: '重新加载页面' }).click()]);
    await waitReady(s.page);
    const after = await panelStates(s.page);
    for (const name of ALL_PANELS) expect(after[name], name).toEqual({ ready: 'true', error: null });
  });
});
