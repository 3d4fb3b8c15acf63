// A phone behaves like a phone (issue 22, item 4): a tap on an item opens the details sheet as a
// history entry of its own — Back closes the sheet and stays on the page, a second Back leaves; the
// glossary's hint never opens on a tap, never covers the sheet and closes when the sheet opens. On a
// laptop a click closes the hover's hint, so it does not cover the neighbours.
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchParams, startSession, waitReady, type Session } from './browser';

let s: Session;
let cdp: CDPSession;
beforeAll(async () => {
  s = await startSession();
  cdp = await s.context.newCDPSession(s.page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
});
afterAll(async () => {
  await s.close();
});

const PHONE = { width: 390, height: 844 };
const sheet = () => s.page.locator('.app[data-view="overview"][data-has-selection] .sidebar');

/** A real touch (touchstart/touchend: pointer events of type touch, then the click), at the element's centre. */
async function tap(selector: string): Promise<void> {
  const el = s.page.locator(selector).first();
  await el.scrollIntoViewIfNeeded();
  const box = (await el.boundingBox())!;
  const point = { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 10) };
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** Opens the page after another one, so that Back has somewhere to go. */
async function arrive(query: string): Promise<void> {
  await s.page.setViewportSize(PHONE);
  await s.page.goto('data:text/html,<title>before</title>where the visitor came from');
  await s.open(query);
}

describe('a phone (390×844, touch)', () => {
  it('a tap opens the sheet as a history entry: Back closes it and stays, a second Back leaves', async () => {
    await arrive('lang=en');
    const before = await s.page.evaluate(() => history.length);
    await tap('[data-panel="overview"] [data-entity="fund-social"]');
    await sheet().waitFor({ state: 'visible' });
    expect((await searchParams(s.page)).get('sel')).toBe('fund-social');
    expect(await s.page.evaluate(() => history.length)).toBe(before + 1);
    // Another tap while the sheet is open replaces the entry (one Back still closes the sheet).
    await tap('[data-panel="overview"] [data-entity="fund-special"]');
    await s.page.waitForFunction(() => new URLSearchParams(location.search).get('sel') === 'fund-special');
    expect(await s.page.evaluate(() => history.length)).toBe(before + 1);

    await s.page.goBack();
    await sheet().waitFor({ state: 'detached' });
    expect(s.page.url()).toMatch(/^http/);
    expect((await searchParams(s.page)).get('sel')).toBeNull();
    expect(await s.page.locator('[data-panel="overview"] [data-emphasis="selected"]').count()).toBe(0);

    await s.page.goBack();
    await s.page.waitForURL(/^data:/);
    expect(s.errors).toEqual([]);
  });

  it('closing the sheet with × steps back over its entry, so the next Back leaves', async () => {
    await arrive('lang=zh');
    await tap('[data-panel="overview"] [data-entity="policy-rain-dew"]');
    await sheet().waitFor({ state: 'visible' });
    await tap('.sheet-close');
    await sheet().waitFor({ state: 'detached' });
    await s.page.waitForFunction(() => !new URLSearchParams(location.search).has('sel'));
    await s.page.goBack();
    await s.page.waitForURL(/^data:/);
    expect(s.errors).toEqual([]);
  });

  it('a tap on an item with a glossary term selects it without a hint; a hint never covers the sheet', async () => {
    await arrive('lang=en');
    // 因村派人精准 and 政协 are glossary terms: a hover or focus would explain them.
    await tap('[data-panel="overview"] [data-entity="precision-personnel"]');
    await sheet().waitFor({ state: 'visible' });
    await s.page.waitForTimeout(200);
    expect(await s.page.locator('.term-hint').isVisible()).toBe(false);
    // The keyboard's focus brings a hint (a label under the sheet's top edge included): the sheet stays on top.
    await s.page.locator('[data-panel="overview"] [data-entity="leader-cppcc-chair"]').focus();
    const hint = s.page.locator('.term-hint');
    await hint.waitFor({ state: 'visible' });
    const covered = await s.page.evaluate(() => {
      const h = document.querySelector('.term-hint')!.getBoundingClientRect();
      const sh = document.querySelector('.sidebar')!.getBoundingClientRect();
      const top = Math.max(h.top, sh.top);
      const bottom = Math.min(h.bottom, sh.bottom);
      if (bottom <= top) return false; // no overlap
      const hit = document.elementFromPoint(h.left + h.width / 2, (top + bottom) / 2);
      return !!hit?.closest('.term-hint');
    });
    expect(covered).toBe(false);
    expect(s.errors).toEqual([]);
  });

  it('a hint shown by the keyboard closes when its item is chosen and the sheet opens', async () => {
    await arrive('lang=en');
    const item = s.page.locator('[data-panel="overview"] [data-entity="leader-cppcc-chair"]');
    await item.focus();
    await s.page.locator('.term-hint').waitFor({ state: 'visible' });
    await s.page.keyboard.press('Enter');
    await sheet().waitFor({ state: 'visible' });
    await s.page.locator('.term-hint').waitFor({ state: 'hidden' });
    expect(s.errors).toEqual([]);
  });
});

describe('a laptop (1280×720, mouse)', () => {
  it('a click closes the hover’s hint, and it does not come back while the pointer rests there', async () => {
    await s.page.setViewportSize({ width: 1280, height: 720 });
    await s.open('lang=en');
    await waitReady(s.page);
    const item = s.page.locator('[data-panel="overview"] [data-entity="leader-cppcc-chair"]');
    await item.hover();
    const hint = s.page.locator('.term-hint');
    await hint.waitFor({ state: 'visible' });
    await item.click();
    await s.page.waitForTimeout(200);
    expect((await searchParams(s.page)).get('sel')).toBe('leader-cppcc-chair');
    expect(await hint.isVisible()).toBe(false);
    // Hovering a neighbour with a term explains it again.
    await s.page.locator('[data-panel="overview"] [data-entity="leader-npc-director"]').hover();
    await hint.waitFor({ state: 'visible' });
    expect(await hint.innerText()).toMatch(/People’s Congress/);
    expect(s.errors).toEqual([]);
  });
});
