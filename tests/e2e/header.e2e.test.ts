// The header is one line. On a phone the title sits above one line of search, language, present
// and a menu holding the less-used controls, so the picture starts near the top; the menu works
// from the keyboard and for screen readers (aria-expanded, Escape closes and returns focus).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchParams, startSession, type Session } from './browser';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

const MENU = '.app-header .header-menu-button';

/** Every visible control in the header, with its box. */
async function headerTargets(): Promise<{ name: string; width: number; height: number; top: number }[]> {
  return s.page.$$eval('.app-header :is(button, input, [role="radio"])', (els) =>
    els
      .filter((el) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed')
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.localName, width: r.width, height: r.height, top: r.top };
      })
      .filter((t) => t.width > 0 && t.height > 0),
  );
}

describe('the header on a phone (390x844)', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`is one short line of controls and the picture starts in the top half of the screen (${lang})`, async () => {
      await s.open(`lang=${lang}`, { width: 390, height: 844 });
      const firstPart = await s.page.locator('[data-panel="overview"] [data-part]').first().boundingBox();
      // Below the introduction (issue 22), still in the top half of the first screen.
      expect(firstPart!.y).toBeLessThanOrEqual(844 * 0.5);
      // Search and the language switch are in the line, not in the menu.
      await expect(s.page.locator('.app-header .search-input').isVisible()).resolves.toBe(true);
      await expect(s.page.locator('.app-header [data-lang="en"]').isVisible()).resolves.toBe(true);
      await expect(s.page.locator('.app-header [data-view-button="all"]').isVisible()).resolves.toBe(false);
      const targets = await headerTargets();
      for (const t of targets) {
        expect(t.width, t.name).toBeGreaterThanOrEqual(24);
        expect(t.height, t.name).toBeGreaterThanOrEqual(24);
      }
      // One line: every control's top within a few pixels of the others.
      const tops = targets.map((t) => t.top);
      expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(8);
      expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(s.errors).toEqual([]);
    });
  }

  it('the menu opens and closes from the keyboard, Escape returns focus and keeps the selection', async () => {
    await s.open('lang=en&sel=fund-social', { width: 390, height: 844 });
    const button = s.page.locator(MENU);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.focus();
    await s.page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const panelId = (await button.getAttribute('aria-controls'))!;
    const panel = s.page.locator(`[id="${panelId}"]`);
    await expect(panel.isVisible()).resolves.toBe(true);
    await s.page.keyboard.press('Tab');
    expect(await s.page.evaluate((id) => !!document.activeElement?.closest(`[id="${id}"]`), panelId)).toBe(true);
    for (const t of await headerTargets()) expect(Math.min(t.width, t.height), t.name).toBeGreaterThanOrEqual(24);
    await s.page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await expect(panel.isVisible()).resolves.toBe(false);
    expect(await s.page.evaluate(() => document.activeElement?.classList.contains('header-menu-button'))).toBe(true);
    expect((await searchParams(s.page)).get('sel')).toBe('fund-social');
    // The data control sits in the menu too; its dialog opens inside it and Escape closes the dialog first.
    await button.click();
    await s.page.locator('.app-header [data-data-menu]').click();
    await s.page.locator('[data-dataset-dialog]').waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await s.page.keyboard.press('Escape');
    expect(await s.page.locator('[data-dataset-dialog]').count()).toBe(0);
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await s.page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    // A control used in the menu closes it.
    await button.click();
    await s.page.locator('.app-header [data-view-button="all"]').click();
    expect((await searchParams(s.page)).get('view')).toBe('all');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(s.errors).toEqual([]);
  });
});

describe('the header on desktops', () => {
  it.each([
    [1280, 720, 'zh'],
    [1280, 720, 'en'],
    [1024, 768, 'en'],
    [1920, 1080, 'en'],
  ])('is one line at %ix%i (%s)', async (width, height, lang) => {
    await s.open(`lang=${lang}`, { width, height });
    const header = (await s.page.locator('.app-header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(60);
    expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    for (const t of await headerTargets()) expect(Math.min(t.width, t.height), t.name).toBeGreaterThanOrEqual(24);
    // Where the line has room, nothing is folded away.
    const folded = await s.page.locator(MENU).isVisible();
    expect(folded).toBe(width < (lang === 'en' ? 1500 : 1100));
  });
});
