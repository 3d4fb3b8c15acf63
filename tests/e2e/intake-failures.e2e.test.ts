// Opening data while parts of the page's code cannot arrive (offline, a firewall, a new deploy):
// each on-demand part of the data control reports its own failure, in words, and never blanks the
// page or blames the user's file (issue 25, points 4, 11, 14).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import { startSession, type Session } from './browser';
import { openDataMenu, pickThroughMenu } from './datasets';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
});

const chunk = (name: string) => new RegExp(`/assets/${name}-[\\w-]+\\.js$`);
const abort = (route: Route) => route.abort('internetdisconnected');
const broken = { name: 'leadership.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "entities": [,]\n}') };

describe('the data control with a chunk that does not arrive', () => {
  it('the problems panel blocked: the problems are listed as lines with a retry, and the retry brings the table', async () => {
    await s.page.route(chunk('ProblemsPanel'), abort);
    await s.open();
    await pickThroughMenu(s.page, 'files', broken);
    const plain = s.page.locator('[data-problems-plain]');
    await plain.waitFor();
    const count = Number(await plain.getAttribute('data-problem-count'));
    expect(count).toBeGreaterThan(0);
    expect(await plain.locator('li').count()).toBe(count);
    // In the page's language, as the table would say it.
    expect(await plain.innerText()).toMatch(/leadership\.json：第 2 行第 \d+ 列：不是有效的 JSON。发现：/);
    expect(await plain.locator('[data-action="retry-part"]').count()).toBe(1);
    // The page around it is whole.
    expect(await s.page.locator('[data-panel="overview"][data-ready="true"]').count()).toBe(1);
    await s.page.unroute(chunk('ProblemsPanel'));
    await plain.locator('[data-action="retry-part"]').click();
    await s.page.locator('.dataset-problems table').waitFor();
    expect(await s.page.locator('.dataset-problems tbody tr').count()).toBe(count);
    expect(s.errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    s.errors.length = 0;
  });

  it('the checker blocked: it says its own code did not load, not that the file is wrong; the dialog stays usable', async () => {
    await s.page.route(chunk('validateFiles'), abort);
    await s.open();
    await pickThroughMenu(s.page, 'files', { ...broken, buffer: Buffer.from('{}') });
    const notice = s.page.locator('[data-notice]');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('检查数据的程序没有加载成功');
    expect(await s.page.locator('.dataset-problems').count()).toBe(0);
    await notice.getByRole('button', { name: '关闭' }).click();
    expect(await (await openDataMenu(s.page)).locator('[data-pick="files"]').isDisabled()).toBe(false);
    await s.page.keyboard.press('Escape');
    await s.page.unroute(chunk('validateFiles'));
    expect(s.errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    s.errors.length = 0;
  });

  it('export blocked: the dialog says the export did not work; no unhandled rejection', async () => {
    await s.page.route(chunk('bundle'), abort);
    await s.open();
    const dialog = await openDataMenu(s.page);
    await dialog.locator('[data-export]').click();
    await dialog.locator('[data-export-failed]').waitFor();
    expect(await dialog.locator('[data-export-failed]').innerText()).toContain('导出没有成功');
    await s.page.unroute(chunk('bundle'));
    const [download] = await Promise.all([s.page.waitForEvent('download'), dialog.locator('[data-export]').click()]);
    expect(download.suggestedFilename()).toMatch(/\.lankao-bundle\.json$/);
    expect(await dialog.locator('[data-export-failed]').count()).toBe(0);
    expect(s.errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
  });
});
