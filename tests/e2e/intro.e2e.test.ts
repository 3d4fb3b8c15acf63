// A first-time visitor is told what they are looking at (issue 22, item 1): on the first screen, at a
// phone's and a laptop's size, in both languages, one line says Lankao is in Henan and exited poverty
// in 2017, with three figures and where to start; the About (☰ menu, the intro, `?about`) explains
// the book, the sources and the marks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchParams, startSession, type Session } from './browser';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

const SAYS = {
  zh: [/河南/, /2017/, /退出贫困县|摘掉/],
  en: [/Henan/, /2017/, /exit/i],
} as const;

/** The text of the visible introduction, if all of it lies inside the first screen. */
async function introOnFirstScreen(): Promise<string | null> {
  return s.page.evaluate(() => {
    const el = [...document.querySelectorAll<HTMLElement>('.intro')].find((e) => e.offsetParent !== null);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0 ? el.innerText : null;
  });
}

describe('the introduction on the first screen', () => {
  for (const size of [
    { width: 390, height: 844 },
    { width: 1280, height: 720 },
  ])
    for (const lang of ['zh', 'en'] as const) {
      it(`at ${size.width}×${size.height} in ${lang} it says Henan, 2017 and the exit, with three figures and a start`, async () => {
        await s.open(`lang=${lang}`, size);
        const text = await introOnFirstScreen();
        expect(text, 'the intro lies inside the first screen').not.toBeNull();
        for (const re of SAYS[lang]) expect(text).toMatch(re);
        const figures = s.page.locator('.intro:visible .intro-figure[data-entity]');
        expect(await figures.count()).toBe(3);
        await expect(s.page.locator('.intro:visible .intro-tour').isVisible()).resolves.toBe(true);
        // The whole page still fits: nothing sideways, and on the laptop the one-screen overview does not scroll.
        expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
        if (size.width === 1280) {
          expect(await s.page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(720);
          // The header's subtitle is whole, not cut with "…".
          const sub = await s.page.locator('.app-header .subtitle').evaluate((el) => [el.scrollWidth, el.clientWidth]);
          expect(sub[0]).toBeLessThanOrEqual(sub[1]!);
        }
        // The first part of the picture is still on the first screen.
        const firstPart = await s.page.locator('[data-panel="overview"] [data-part]').first().boundingBox();
        expect(firstPart!.y).toBeLessThan(size.height * 0.6);
        expect(s.errors).toEqual([]);
      });
    }

  it('a figure is selectable like any item, and the tour starts from the intro', async () => {
    await s.open('lang=en', { width: 1280, height: 720 });
    await s.page.locator('.intro:visible .intro-figure[data-entity="fund-total"]').click();
    expect((await searchParams(s.page)).get('sel')).toBe('fund-total');
    await s.page.keyboard.press('Escape');
    await s.page.locator('.intro:visible .intro-tour').click();
    await s.page.waitForFunction(() => new URLSearchParams(location.search).get('step') === '0');
    expect(s.errors).toEqual([]);
  });
});

describe('About', () => {
  it('?about opens it with the book, the sources and how to read ※ and †; Escape closes it and leaves the URL', async () => {
    await s.open('lang=en&about', { width: 1280, height: 720 });
    const dialog = s.page.locator('dialog.about-dialog');
    await dialog.waitFor({ state: 'visible' });
    const text = await dialog.innerText();
    expect(text).toMatch(/The Lankao Story/);
    expect(text).toMatch(/※ reconstructed reading/);
    expect(text).toMatch(/† public source/);
    expect(text).toMatch(/兰考坐落于黄河之滨/);
    // Every source the data lists is there.
    expect(await dialog.locator('.about-sources > li').count()).toBeGreaterThan(10);
    await s.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect((await searchParams(s.page)).has('about')).toBe(false);
    expect(s.errors).toEqual([]);
  });

  it('opens from the ☰ menu on a phone and from the intro, and puts ?about in the URL', async () => {
    await s.open('lang=zh', { width: 390, height: 844 });
    await s.page.locator('.app-header .header-menu-button').click();
    await s.page.locator('.app-header .about-button').click();
    const dialog = s.page.locator('dialog.about-dialog');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.innerText()).toMatch(/※ 重构读法/);
    expect((await searchParams(s.page)).has('about')).toBe(true);
    await dialog.locator('.about-close').click();
    await dialog.waitFor({ state: 'detached' });
    await s.page.locator('.intro:visible .intro-about').click();
    await dialog.waitFor({ state: 'visible' });
    expect(s.errors).toEqual([]);
  });
});
