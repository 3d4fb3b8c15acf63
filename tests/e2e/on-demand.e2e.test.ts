// Parts of the page that the first picture does not run load right after hydration
// (src/shared/useOnDemand.ts): the selection's details, the full panels' grid, the data control. A
// chunk that does not arrive is that part's own message with a retry; the rest of the page keeps working.
// The search box's code comes when the box is first used, and nothing typed before it arrives is lost.
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

  it('the data control says so when its button is pressed, and opens its dialog on retry', async () => {
    const chunk = /\/assets\/control-[\w-]+\.js$/;
    await s.page.route(chunk, abort);
    try {
      // Chinese at 1280 px: the data button sits in the header's line, not folded into its menu.
      await s.page.goto(`${inject('baseUrl')}?lang=zh`);
      await waitReady(s.page);
      const menu = s.page.locator('.app-header .data-menu');
      await menu.locator('[data-data-menu]').click();
      await menu.getByRole('alert').waitFor();
      expect(await s.page.locator('[data-dataset-dialog]').count()).toBe(0);
      // The rest of the page still links.
      await s.page.locator('[data-panel="overview"] [data-entity="fund-special"]').first().click();
      expect(await s.page.locator('[data-panel="overview"] [data-entity="fund-special"]').first().getAttribute('data-emphasis')).toBe('selected');
      await s.page.unroute(chunk, abort);
      await menu.locator('[data-action="retry-part"]').click();
      await s.page.locator('[data-dataset-dialog]').waitFor();
      expect(await menu.getByRole('alert').count()).toBe(0);
    } finally {
      await s.page.unroute(chunk, abort);
    }
  });
});

describe('the start data’s words in each language (src/model/langTexts.ts)', () => {
  it('a switch to a language whose words cannot be loaded says so, keeps the page, and switches on retry', async () => {
    const chunk = /\/assets\/_virtual_lankao-lang-en-[\w-]+\.js$/;
    await s.page.route(chunk, abort);
    try {
      await s.page.goto(`${inject('baseUrl')}?lang=zh`);
      await waitReady(s.page);
      const header = s.page.locator('.app-header');
      await header.locator('[data-lang="en"]').click();
      await header.getByRole('alert').waitFor();
      expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      expect(await header.locator('[data-lang="zh"]').getAttribute('aria-checked')).toBe('true');
      await s.page.unroute(chunk, abort);
      await header.locator('[data-action="retry-part"]').click();
      await s.page.waitForFunction(() => document.documentElement.lang === 'en');
      expect(await header.getByRole('alert').count()).toBe(0);
      // The data's own labels, not only the page's words, are English now.
      expect(await s.page.locator('[data-panel="overview"] [data-entity="fund-special"]').first().textContent()).toMatch(/[A-Za-z]{4}/);
    } finally {
      await s.page.unroute(chunk, abort);
    }
  });

  it('a page whose own language’s words cannot be loaded keeps its prerendered picture, says so, and hydrates on retry', async () => {
    const chunk = /\/assets\/_virtual_lankao-lang-zh-[\w-]+\.js$/;
    await s.page.route(chunk, abort);
    try {
      await s.page.goto(`${inject('baseUrl')}?lang=zh`);
      const alert = s.page.locator('body > [role="alert"]');
      await alert.waitFor();
      expect(await s.page.locator('[data-panel="overview"] [data-entity]').count()).toBeGreaterThan(50);
      expect(await s.page.locator('#root').getAttribute('data-hydrated')).toBeNull();
      await s.page.unroute(chunk, abort);
      await alert.locator('button').click();
      await s.page.locator('#root[data-hydrated="true"]').waitFor();
      await waitReady(s.page);
      expect(await alert.count()).toBe(0);
    } finally {
      await s.page.unroute(chunk, abort);
    }
  });
});

describe('the search box before its code has arrived', () => {
  it('keeps what was typed and searches it when the code comes', async () => {
    const chunk = /\/assets\/SearchResults-[\w-]+\.js$/;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const hold = async (route: Route) => {
      await held;
      await route.continue();
    };
    await s.page.route(chunk, hold);
    try {
      await s.page.goto(`${inject('baseUrl')}?lang=zh`);
      await waitReady(s.page);
      const box = s.page.locator('header input[role="combobox"]');
      await box.focus();
      await s.page.keyboard.type('rain and dew');
      expect(await box.inputValue()).toBe('rain and dew');
      expect(await s.page.locator('.search-status').textContent()).toBe('正在加载搜索…');
      release();
      await s.page.locator('[role="listbox"] [role="option"]').first().waitFor();
      expect(await s.page.locator('[role="listbox"] [role="option"]').first().getAttribute('data-result')).toBe('policy-rain-dew');
      expect(await box.inputValue()).toBe('rain and dew');
    } finally {
      release();
      await s.page.unroute(chunk, hold);
    }
  });
});
