// Guided presentation, projector first: at 1024×768, 1280×720 and 1920×1080 the presented part
// fills at least 75% of the screen, the caption never covers the selected item, nothing scrolls;
// clicker keys step, B blacks the screen, F goes full screen, Space never scrolls the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchParams, startSession, waitReady, type Session } from './browser';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function layoutOfStep() {
  return s.page.evaluate(() => {
    const box = (el: Element | null) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const stage = document.querySelector('.present-stage');
    const sel = [...document.querySelectorAll('.present-stage [data-emphasis="selected"]')].find((e) => e.getBoundingClientRect().width > 0) ?? null;
    const shown = document.querySelector<HTMLElement>('.present-stage .stage-fit, .present-stage .overview-single > .ov-part');
    const stageCut = shown ? shown.scrollHeight > shown.clientHeight + 1 || shown.scrollWidth > shown.clientWidth + 1 : true;
    const caption = document.querySelector('.presentation-bar');
    const captionCut = caption ? caption.scrollHeight > caption.clientHeight + 1 || caption.scrollWidth > caption.clientWidth + 1 : true;
    const desc = document.querySelector('.presentation-bar h2');
    return {
      stage: box(stage),
      selected: box(sel),
      caption: box(caption),
      captionCut,
      stageCut,
      captionFont: desc ? parseFloat(getComputedStyle(desc).fontSize) : 0,
      descFont: (() => {
        const d = document.querySelector('.presentation-desc');
        return d ? parseFloat(getComputedStyle(d).fontSize) : null;
      })(),
      // A part of the overview on its own: the size its text grew to (src/shared/useFitText.ts).
      partFont: (() => {
        const single = document.querySelector('.present-stage .overview-single');
        return single ? parseFloat(getComputedStyle(single).fontSize) : null;
      })(),
      scroll: { h: document.documentElement.scrollHeight, w: document.documentElement.scrollWidth },
      viewport: { w: innerWidth, h: innerHeight },
    };
  });
}

describe('presentation on a projector', () => {
  it.each([
    [1024, 768, 'zh'],
    [1280, 720, 'zh'],
    [1920, 1080, 'zh'],
    [1024, 768, 'en'],
    [1280, 720, 'en'],
    [1920, 1080, 'en'],
  ])('at %ix%i (%s) every step fills most of the screen, its caption beside or below the selection, nothing scrolls', async (width, height, lang) => {
    await s.open(`step=0&lang=${lang}`, { width, height });
    const total = await s.page.evaluate(() => Number(/(\d+)\D*$/.exec(document.querySelector('.present-count')!.textContent!)![1]));
    expect(total).toBeGreaterThan(10);
    for (let i = 0; i < total; i++) {
      await waitReady(s.page);
      const l = await layoutOfStep();
      const at = `step ${i}`;
      expect(l.stage, at).not.toBeNull();
      // Every step now has a caption sentence under its slide (issue 21), up to three lines of 24 px in
      // English at 1024×768: the slide keeps at least 60% of the screen (was 75% with title-only captions).
      expect((l.stage!.width * l.stage!.height) / (width * height), at).toBeGreaterThanOrEqual(0.6);
      expect(l.selected, `${at}: the selected item is on screen`).not.toBeNull();
      expect(intersects(l.caption!, l.selected!), `${at}: caption over the selection`).toBe(false);
      expect(l.captionCut, `${at}: the caption fits its box`).toBe(false);
      expect(l.stageCut, `${at}: the presented part fits the stage`).toBe(false);
      expect(l.selected!.y + l.selected!.height, at).toBeLessThanOrEqual(height);
      expect(l.scroll.h, at).toBeLessThanOrEqual(height);
      expect(l.scroll.w, at).toBeLessThanOrEqual(width);
      if (width === 1280) {
        expect(l.captionFont, at).toBeGreaterThanOrEqual(28);
        // The legibility rule (legibility.e2e.test.ts) asks 24 px of the main text.
        if (l.descFont !== null) expect(l.descFont, at).toBeGreaterThanOrEqual(24);
        // The part's text fills the stage: the stylesheet's 18 px (en) and 21.6 px (zh) grew.
        if (l.partFont !== null) expect(l.partFont, `${at}: the part's text size`).toBeGreaterThanOrEqual(lang === 'zh' ? 28 : 22);
      }
      await s.page.keyboard.press('PageDown');
    }
    expect((await searchParams(s.page)).get('step')).toBe(String(total - 1));
    expect(s.errors).toEqual([]);
  });

  it('starts from the header, steps with clicker keys and Space without scrolling, keeps the step in the URL', async () => {
    await s.open('lang=zh', { width: 1280, height: 720 });
    await s.page.locator('[data-action="present"]').click();
    const bar = s.page.locator('.presentation-bar');
    await expect(bar.getAttribute('data-step')).resolves.toBe('0');
    expect((await searchParams(s.page)).get('step')).toBe('0');
    expect((await searchParams(s.page)).get('sel')).toBe('ev-2014-promise');
    await s.page.keyboard.press('PageDown');
    await s.page.keyboard.press('Space');
    await expect(bar.getAttribute('data-step')).resolves.toBe('2');
    expect((await searchParams(s.page)).get('view')).toBe('leadership');
    expect((await searchParams(s.page)).get('sel')).toBe('leader-secretary-head');
    await s.page.keyboard.press('ArrowDown');
    await expect(bar.getAttribute('data-step')).resolves.toBe('3');
    expect(await s.page.evaluate(() => window.scrollY)).toBe(0);
    await s.page.keyboard.press('End');
    await expect(bar.getAttribute('data-step')).resolves.toBe('15');
    await s.page.keyboard.press('Home');
    await expect(bar.getAttribute('data-step')).resolves.toBe('0');
    await s.page.keyboard.press('ArrowRight');
    await s.page.keyboard.press('PageUp');
    expect((await searchParams(s.page)).get('step')).toBe('0');
  });

  it('paging on shows each slide at the text size a fresh load fits it to; the next slide, rehearsed out of sight, leaves nothing in the page', async () => {
    const size = { width: 1280, height: 720 };
    // The fitted size is the font size of the slide's root (StageKit's frame, or the overview's part on its own).
    const fitted = () =>
      s.page.evaluate(() => {
        const root = document.querySelector<HTMLElement>('.present-stage [data-panel]');
        return root ? getComputedStyle(root).fontSize : null;
      });
    // After the paint, once idle: the rehearsal of the next step has run by then.
    const idle = () =>
      s.page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestIdleCallback(() => r(), { timeout: 2000 }))));
    await s.open('step=0&lang=en', size);
    const total = await s.page.evaluate(() => Number(/(\d+)\D*$/.exec(document.querySelector('.present-count')?.textContent ?? '')?.[1] ?? 0));
    const paged: (string | null)[] = [];
    for (let i = 0; i < total; i++) {
      if (i > 0) await s.page.keyboard.press('PageDown');
      await s.page.waitForFunction((n) => document.querySelector('.presentation-bar')?.getAttribute('data-step') === String(n), i);
      await idle();
      await idle();
      paged.push(await fitted());
      const left = await s.page.evaluate(() => ({
        rehearsals: document.querySelectorAll('.present-rehearsal').length,
        slides: document.querySelectorAll('.presentation').length,
        stages: document.querySelectorAll('.present-stage').length,
      }));
      expect(left, `step ${i}`).toEqual({ rehearsals: 0, slides: 1, stages: 1 });
    }
    for (let i = 1; i < total; i++) {
      await s.open(`step=${i}&lang=en`, size);
      await idle();
      expect(paged[i], `step ${i}: paged to, against opened at it`).toBe(await fitted());
    }
    expect(s.errors).toEqual([]);
  });

  it('a click on the stage does not take the keys: after clicking an item each clicker key still works', async () => {
    await s.open('step=2&lang=zh', { width: 1280, height: 720 });
    const bar = s.page.locator('.presentation-bar');
    const stepNow = async () => Number(await bar.getAttribute('data-step'));
    // Click an item on the stage (to point at it), then press one key.
    const clickItemThen = async (key: string) => {
      const item = s.page.locator('.present-stage [data-entity]').first();
      await item.click();
      await s.page.keyboard.press(key);
    };
    await clickItemThen('ArrowRight');
    expect(await stepNow()).toBe(3);
    await clickItemThen('ArrowLeft');
    expect(await stepNow()).toBe(2);
    await clickItemThen('PageDown');
    expect(await stepNow()).toBe(3);
    await clickItemThen('PageUp');
    expect(await stepNow()).toBe(2);
    await clickItemThen('Space');
    expect(await stepNow()).toBe(3);
    await clickItemThen('End');
    expect(await stepNow()).toBe(15);
    await clickItemThen('Home');
    expect(await stepNow()).toBe(0);
    expect(await s.page.evaluate(() => window.scrollY)).toBe(0);
    await clickItemThen('b');
    expect(await s.page.locator('[data-black="true"]').count()).toBe(1);
    await s.page.keyboard.press('b');
    expect(await s.page.locator('[data-black="true"]').count()).toBe(0);
    await clickItemThen('f');
    await s.page.waitForFunction(() => document.fullscreenElement !== null);
    await s.page.keyboard.press('f');
    await s.page.waitForFunction(() => document.fullscreenElement === null);
    await clickItemThen('Escape');
    expect(await bar.count()).toBe(0);
    expect((await searchParams(s.page)).get('step')).toBeNull();
    expect(s.errors).toEqual([]);
  });

  it('B (or ".") blacks the screen and again returns; F goes full screen', async () => {
    await s.open('step=4&lang=en', { width: 1280, height: 720 });
    await s.page.keyboard.press('b');
    const black = s.page.locator('[data-black="true"]');
    expect(await black.count()).toBe(1);
    const box = (await black.boundingBox())!;
    expect(box.width).toBe(1280);
    expect(box.height).toBe(720);
    expect(await s.page.evaluate(() => getComputedStyle(document.querySelector('[data-black]')!).backgroundColor)).toBe('rgb(0, 0, 0)');
    await s.page.keyboard.press('b');
    expect(await black.count()).toBe(0);
    await s.page.keyboard.press('.');
    expect(await black.count()).toBe(1);
    await s.page.keyboard.press('.');
    expect(await black.count()).toBe(0);
    expect(await s.page.locator('.presentation-bar').getAttribute('data-step')).toBe('4');
    await s.page.keyboard.press('f');
    await s.page.waitForFunction(() => document.fullscreenElement !== null);
    await s.page.keyboard.press('f');
    await s.page.waitForFunction(() => document.fullscreenElement === null);
  });

  it('each part is a slide: funding as three big bars with their figures, the map as its branch opened to the step’s level', async () => {
    await s.open('step=8&lang=zh', { width: 1280, height: 720 });
    const stage = s.page.locator('.present-stage [data-panel="stage"][data-part="funding"]');
    expect(await stage.locator('.stage-bar').count()).toBe(3);
    expect(await stage.locator('.stage-bar-figure').allTextContents()).toEqual(['4.15 亿元 44.5%', '3.20 亿元 34.3%', '1.98 亿元 21.2%']);
    // The bars are to scale: 4.15 : 3.20 : 1.98.
    const widths = await stage.locator('.stage-bar').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    expect(widths[1]! / widths[0]!).toBeCloseTo(3.2 / 4.15, 1);
    expect(widths[2]! / widths[0]!).toBeCloseTo(1.98 / 4.15, 1);
    for (let i = 0; i < 5; i++) await s.page.keyboard.press('PageDown');
    await waitReady(s.page);
    expect((await searchParams(s.page)).get('sel')).toBe('cm-root');
    // Level 2: the sub-branches show, their items do not; no toolbar, outline or key help on the slide.
    const map = s.page.locator('.present-stage [data-panel="stage"][data-part="campaign-map"]');
    expect(await map.locator('[data-entity="cm-reform-models"]').count()).toBe(1);
    expect(await map.locator('[data-entity="cm-reform-models-finance"]').count()).toBe(0);
    expect(await s.page.locator('.present-stage :is(button, [role="toolbar"], .campaign-map-outline)').count()).toBe(0);
    // A leaf: the branch that holds it, the leaf among its rows.
    await s.page.keyboard.press('PageDown');
    await waitReady(s.page);
    expect(await map.locator('h2 [data-entity], h2[data-entity]').first().getAttribute('data-entity')).toBe('cm-reform-models');
    expect(await map.locator('[data-entity="cm-reform-models-finance"]').getAttribute('data-emphasis')).toBe('selected');
  });

  it('"Present from here" starts at the selection; Escape leaves to the overview with it selected', async () => {
    await s.open('lang=en&sel=fund-social', { width: 1280, height: 720 });
    await s.page.locator('[data-action="present"]').click();
    expect(await s.page.locator('.presentation-bar h2').textContent()).toBe('Social poverty-alleviation funds');
    expect((await searchParams(s.page)).get('view')).toBe('funding');
    await s.page.keyboard.press('Escape');
    expect(await s.page.locator('.presentation-bar').count()).toBe(0);
    expect((await searchParams(s.page)).get('step')).toBeNull();
    expect((await searchParams(s.page)).get('view')).toBeNull();
    expect((await searchParams(s.page)).get('sel')).toBe('fund-social');
    expect(await s.page.locator('[data-panel="overview"]').count()).toBe(1);
    expect(s.errors).toEqual([]);
  });
});
