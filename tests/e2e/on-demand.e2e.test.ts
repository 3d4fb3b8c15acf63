// Parts of the page that the first picture does not run load right after hydration
// (src/shared/useOnDemand.ts): the selection's details, the full panels' grid. A chunk that does
// not arrive is that part's own message with a retry; the rest of the page keeps working.
import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startSession, waitMountedReady, waitReady, type Session } from './browser';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

const abort = (route: Route) => route.abort('connectionfailed');

describe('a part loaded on demand whose chunk fails', () => {
  it('the details say so and recover on retry; the overview still links', async () => {
    const chunk = /\/assets\/DetailsPanel-[\w-]+\.js$/;
    await s.page.route(chunk, abort);
    try {
      await s.page.goto(inject('baseUrl'));
      await waitReady(s.page);
      await s.page.locator('[data-panel="overview"] [data-entity="fund-special"]').first().click();
      const details = s.page.locator('[data-panel="details"]');
      await details.getByRole('alert').waitFor();
      expect(await details.getAttribute('data-ready')).toBe('true');
      // The selection itself still works: the overview's item is selected.
      expect(await s.page.locator('[data-panel="overview"] [data-entity="fund-special"]').first().getAttribute('data-emphasis')).toBe('selected');
      await s.page.unroute(chunk, abort);
      await details.locator('[data-action="retry-part"]').click();
      await details.locator('h3').waitFor();
      expect(await details.getByRole('alert').count()).toBe(0);
    } finally {
      await s.page.unroute(chunk, abort);
    }
  });

  it('the full panels’ grid says so and recovers on retry', async () => {
    const chunk = /\/assets\/FullPanels-[\w-]+\.js$/;
    await s.page.route(chunk, abort);
    try {
      await s.page.goto(`${inject('baseUrl')}?view=all`);
      const main = s.page.locator('main#main');
      await main.getByRole('alert').waitFor();
      expect(await s.page.locator('[data-panel="leadership"]').count()).toBe(0);
      await s.page.unroute(chunk, abort);
      await main.locator('[data-action="retry-part"]').click();
      await s.page.locator('[data-panel="leadership"], [data-panel-pending="leadership"]').first().waitFor();
      await waitMountedReady(s.page);
      expect(await main.getByRole('alert').count()).toBe(0);
    } finally {
      await s.page.unroute(chunk, abort);
    }
  });
});
