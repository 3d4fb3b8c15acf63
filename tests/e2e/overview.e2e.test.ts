// The one-screen overview (the default view): it fits the common desktop screens without
// scrolling, with readable text; its items link like the full panels'; each part opens its full
// panel and Back returns; on a phone the parts stack, a jump menu reaches them and the details
// open in a sheet that leaves the tapped item visible.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from '../helpers/data';
import { emphasisIn, searchParams, startSession, waitReady, type Session } from './browser';
import { pickThroughMenu, userBanner } from './datasets';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

const PARTS = ['leadership', 'precision', 'funding', 'exit-criteria', 'four-focuses', 'policies', 'campaign-map', 'timeline'];
const KEY_FIGURES = ['fund-total', 'fund-special', 'fund-sector', 'fund-social', 'crit-county-incidence', 'crit-county-approval'];

interface Fit {
  scroll: { w: number; h: number; vw: number; vh: number };
  outside: string[];
  clipped: string[];
  minFont: number;
  smallest: string;
  keyFonts: Record<string, number>;
  exitDateFont: number;
}

async function measureFit(): Promise<Fit> {
  return s.page.evaluate(
    ({ keys }) => {
      const vw = window.innerWidth;
      const vh = window.innerHeight;
      const outside: string[] = [];
      const clipped: string[] = [];
      for (const part of document.querySelectorAll<HTMLElement>('[data-panel="overview"] [data-part]')) {
        const r = part.getBoundingClientRect();
        if (r.left < 0 || r.top < 0 || r.right > vw + 0.5 || r.bottom > vh + 0.5) outside.push(part.dataset.part!);
        // A part that scrolls inside itself hides some of its content.
        if (part.scrollHeight > part.clientHeight + 1 || part.scrollWidth > part.clientWidth + 1) clipped.push(part.dataset.part!);
      }
      let minFont = Infinity;
      let smallest = '';
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || !n.textContent?.trim() || el.closest('.sr-only')) continue;
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < minFont) {
          minFont = size;
          smallest = n.textContent.trim().slice(0, 30);
        }
      }
      const keyFonts: Record<string, number> = {};
      for (const id of keys) {
        const k = document.querySelector(`[data-panel="overview"] [data-entity="${id}"] .ov-key`);
        keyFonts[id] = k ? parseFloat(getComputedStyle(k).fontSize) : 0;
      }
      const exit = document.querySelector('[data-panel="overview"] [data-entity="ev-2017-02-27-approved"] .ov-date');
      return {
        scroll: { w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight, vw, vh },
        outside,
        clipped,
        minFont,
        smallest,
        keyFonts,
        exitDateFont: exit ? parseFloat(getComputedStyle(exit).fontSize) : 0,
      };
    },
    { keys: KEY_FIGURES },
  );
}

describe('the overview fits one screen', () => {
  // English runs about twice as long as Chinese; both fit, with the same limits.
  it.each([
    [1280, 720, 'zh'],
    [1366, 768, 'zh'],
    [1440, 900, 'zh'],
    [1920, 1080, 'zh'],
    [1280, 720, 'en'],
    [1366, 768, 'en'],
    [1440, 900, 'en'],
    [1920, 1080, 'en'],
  ])('shows every part at %ix%i without scrolling, text ≥ 12 px, key figures ≥ 20 px (%s)', async (width, height, lang) => {
    await s.open(`lang=${lang}`, { width, height });
    const parts = await s.page.$$eval('[data-panel="overview"] [data-part]', (els) => els.map((e) => e.getAttribute('data-part')));
    expect(parts.sort()).toEqual([...PARTS].sort());
    const fit = await measureFit();
    expect(fit.scroll.h).toBeLessThanOrEqual(fit.scroll.vh);
    expect(fit.scroll.w).toBeLessThanOrEqual(fit.scroll.vw);
    expect(fit.outside).toEqual([]);
    expect(fit.clipped).toEqual([]);
    expect(fit.minFont, `smallest text: ${fit.smallest}`).toBeGreaterThanOrEqual(12);
    for (const [id, size] of Object.entries(fit.keyFonts)) expect(size, id).toBeGreaterThanOrEqual(20);
    expect(fit.exitDateFont).toBeGreaterThanOrEqual(20);
    expect(s.errors).toEqual([]);
  });

  it('narrower than 1280 px, English grows downwards rather than cut or overlap anything (1024x768)', async () => {
    await s.open('lang=en', { width: 1024, height: 768 });
    const fit = await measureFit();
    expect(fit.clipped).toEqual([]);
    expect(fit.scroll.w).toBeLessThanOrEqual(fit.scroll.vw);
    expect(fit.minFont, `smallest text: ${fit.smallest}`).toBeGreaterThanOrEqual(12);
  });

  it('a label drawn in its short form keeps its whole text: in the page, on hover and while focused (en, 1280x720)', async () => {
    await s.open('lang=en', { width: 1280, height: 720 });
    const duty = s.page.locator('[data-part="leadership"] [data-entity="duty-living-environment"]');
    const full = 'Improving urban and rural living environments';
    expect(await duty.textContent()).toContain(full);
    expect(await duty.getAttribute('title')).toContain(full);
    const drawn = () =>
      duty.evaluate((el) => [...el.querySelectorAll<HTMLElement>('.ov-short, .ov-full')].filter((x) => x.offsetWidth > 1).map((x) => x.innerText));
    expect(await drawn()).toEqual(['Improving the living environment']);
    await duty.focus();
    await s.page.keyboard.press('Shift+Tab');
    await s.page.keyboard.press('Tab');
    expect(await drawn()).toEqual([full]);
  });
});

describe('the overview with a user-supplied dataset open', () => {
  it("still fits 1280x720: the banner naming it takes the subtitle's place in the header, not a row of its own", async () => {
    // Lankao's own files opened as a user's dataset: the same picture, so only the banner can change the fit.
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lankao-fit-'));
    const dir = path.join(tmp, '自带数据 own copy');
    fs.cpSync(DATA_DIR, dir, { recursive: true });
    try {
      await s.open('lang=zh', { width: 1280, height: 720 });
      const headerBefore = (await s.page.locator('.app-header').boundingBox())!;
      await pickThroughMenu(s.page, 'folder', dir);
      await userBanner(s.page).waitFor();
      await waitReady(s.page);
      expect(await s.page.locator('.app-header h1').innerText()).toBe('自带数据 own copy');
      expect(await userBanner(s.page).innerText()).toContain('用户提供的数据');
      // In the header, on screen, in the subtitle's place: the header gains no row of its own.
      const banner = (await userBanner(s.page).boundingBox())!;
      const header = (await s.page.locator('.app-header').boundingBox())!;
      expect(banner.y).toBeGreaterThanOrEqual(0);
      expect(banner.y + banner.height).toBeLessThanOrEqual(header.y + header.height);
      expect(header.height).toBeLessThan(headerBefore.height + banner.height);
      const fit = await measureFit();
      expect(fit.scroll.h).toBeLessThanOrEqual(fit.scroll.vh);
      expect(fit.outside).toEqual([]);
      expect(fit.clipped).toEqual([]);
      expect(s.errors).toEqual([]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('the overview links like the full panels', () => {
  it('a click selects, what it links to lights up in every part, the rest dims; Escape clears', async () => {
    await s.open('lang=zh', { width: 1280, height: 720 });
    await s.page.locator('[data-part="funding"] [data-entity="fund-special"]').click();
    expect(await emphasisIn(s.page, 'overview', 'fund-special')).toBe('selected');
    expect(await emphasisIn(s.page, 'overview', 'fund-total')).toBe('related');
    expect(await emphasisIn(s.page, 'overview', 'support-special')).toBe('related');
    expect(await emphasisIn(s.page, 'overview', 'leader-cppcc-chair')).toBe('dimmed');
    expect((await searchParams(s.page)).get('sel')).toBe('fund-special');
    expect(await s.page.locator('[data-panel="details"] h3').textContent()).toBe('专项扶贫资金');
    // The details column never covers the selection.
    const sel = (await s.page.locator('[data-part="funding"] [data-entity="fund-special"]').boundingBox())!;
    const details = (await s.page.locator('[data-panel="details"]').boundingBox())!;
    expect(sel.x + sel.width <= details.x || sel.x >= details.x + details.width).toBe(true);
    await s.page.keyboard.press('Escape');
    expect(await emphasisIn(s.page, 'overview', 'fund-special')).toBe('idle');
    expect((await searchParams(s.page)).get('sel')).toBeNull();
  });

  it('selects with Enter and Space from the keyboard, and the link across parts works both ways', async () => {
    await s.open('lang=en', { width: 1440, height: 900 });
    await s.page.locator('[data-part="leadership"] [data-entity="leader-executive-deputy-head"]').focus();
    await s.page.keyboard.press('Enter');
    expect((await searchParams(s.page)).get('sel')).toBe('leader-executive-deputy-head');
    expect(await emphasisIn(s.page, 'overview', 'duty-finance')).toBe('related');
    await s.page.locator('[data-part="precision"] [data-entity="precision-funds"]').focus();
    await s.page.keyboard.press(' ');
    expect((await searchParams(s.page)).get('sel')).toBe('precision-funds');
    expect(await emphasisIn(s.page, 'overview', 'fund-total')).toBe('related');
    expect(await s.page.evaluate(() => window.scrollY)).toBe(0);
  });

  it('every entity element in the overview is focusable and carries an emphasis', async () => {
    await s.open('lang=zh&sel=status-safety-net', { width: 1280, height: 720 });
    const bad = await s.page.$$eval('[data-panel="overview"] [data-entity]', (els) =>
      els
        .filter((e) => (e as HTMLElement).tabIndex !== 0 || !['selected', 'related', 'dimmed'].includes(e.getAttribute('data-emphasis') ?? ''))
        .map((e) => e.getAttribute('data-entity')),
    );
    expect(bad).toEqual([]);
    expect(await emphasisIn(s.page, 'overview', 'status-safety-net')).toBe('selected');
    expect(await emphasisIn(s.page, 'overview', 'policy-minimum-allowance')).toBe('related');
  });
});

describe('drill-down and back', () => {
  it('a part opens its full panel, enlarged; the way back and the browser Back return with the selection kept', async () => {
    await s.open('lang=zh', { width: 1280, height: 720 });
    expect((await searchParams(s.page)).get('view')).toBeNull();
    await s.page.locator('[data-part="funding"] [data-entity="fund-social"]').click();
    await s.page.locator('[data-part="funding"] [data-action="open-panel"]').click();
    await waitReady(s.page);
    expect((await searchParams(s.page)).get('view')).toBe('funding');
    expect(await s.page.locator('[data-panel="overview"]').count()).toBe(0);
    const panel = (await s.page.locator('[data-panel="funding"]').boundingBox())!;
    expect(panel.width).toBeGreaterThan(1280 * 0.6);
    // The browser's Back button returns to the overview, the selection kept.
    await s.page.goBack();
    await waitReady(s.page);
    expect(await s.page.locator('[data-panel="overview"]').count()).toBe(1);
    expect((await searchParams(s.page)).get('view')).toBeNull();
    expect((await searchParams(s.page)).get('sel')).toBe('fund-social');
    expect(await emphasisIn(s.page, 'overview', 'fund-social')).toBe('selected');
    // The panel's own button leads back too.
    await s.page.locator('[data-part="timeline"] [data-action="open-panel"]').click();
    await waitReady(s.page);
    await s.page.locator('[data-panel="timeline"] [data-action="back"]').click();
    await waitReady(s.page);
    expect(await s.page.locator('[data-panel="overview"]').count()).toBe(1);
    expect((await searchParams(s.page)).get('sel')).toBe('fund-social');
    expect(s.errors).toEqual([]);
  });

  it('view=all still shows every full panel', async () => {
    await s.open('view=all&lang=zh', { width: 1280, height: 720 });
    const panels = await s.page.$$eval('[data-panel]', (els) => els.map((e) => e.getAttribute('data-panel')));
    expect(panels).toEqual(expect.arrayContaining(PARTS));
    expect(panels).not.toContain('overview');
  });
});

describe('expand', () => {
  it('a panel on its own fills the content area with larger text, and its chart still takes clicks', async () => {
    const headingHeight = async () => (await s.page.locator('[data-panel="funding"] h2').boundingBox())!.height;
    await s.open('view=all&lang=zh', { width: 1280, height: 720 });
    const inGrid = await headingHeight();
    const gridWidth = (await s.page.locator('[data-panel="funding"]').boundingBox())!.width;
    await s.page.locator('[data-panel="funding"] [data-action="expand"]').click();
    await waitReady(s.page);
    expect((await searchParams(s.page)).get('view')).toBe('funding');
    expect(await headingHeight()).toBeGreaterThan(inGrid * 1.1);
    const panel = (await s.page.locator('[data-panel="funding"]').boundingBox())!;
    expect(panel.width).toBeGreaterThan(gridWidth * 1.5);
    // Clicking the slice's label under the zoom selects that fund.
    const label = await s.page.evaluate(() => {
      const el = [...document.querySelectorAll('[data-panel="funding"] svg text')].find((e) => e.textContent?.trim() === '21.2%');
      el?.scrollIntoView({ block: 'center' });
      const r = el!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await s.page.mouse.click(label.x, label.y);
    expect((await searchParams(s.page)).get('sel')).toBe('fund-social');
    await s.page.locator('[data-panel="funding"] [data-action="back"]').click();
    expect((await searchParams(s.page)).get('view')).toBe('all');
  });
});

describe('the overview on a phone', () => {
  it('stacks the parts in reading order with no horizontal overflow, jumps to each part, and opens details in a bottom sheet', async () => {
    await s.open('lang=zh', { width: 390, height: 844 });
    expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const tops = await s.page.$$eval('[data-panel="overview"] [data-part]', (els) =>
      els.map((e) => [e.getAttribute('data-part'), e.getBoundingClientRect().top] as const),
    );
    const order = [...tops].sort((a, b) => a[1] - b[1]).map((t) => t[0]);
    expect(order).toEqual(['leadership', 'precision', 'funding', 'exit-criteria', 'four-focuses', 'policies', 'campaign-map', 'timeline']);
    // Tap targets are at least 24 px tall.
    const small = await s.page.$$eval('[data-panel="overview"] [data-entity], [data-panel="overview"] button', (els) =>
      els.filter((e) => e.getBoundingClientRect().height < 24).map((e) => e.textContent?.slice(0, 20)),
    );
    expect(small).toEqual([]);
    // The jump menu brings a part to the top of the screen.
    await s.page.locator('.ov-jump button', { hasText: '十二项政策' }).click();
    await s.page.waitForFunction(() => Math.abs(document.getElementById('ov-part-policies')!.getBoundingClientRect().top) < 80);
    // A tap opens the details in a sheet at the bottom; the tapped item stays visible above it.
    const item = s.page.locator('[data-part="policies"] [data-entity="policy-education"]');
    await item.click();
    const sheet = s.page.locator('.sidebar');
    await s.page.waitForFunction(() => document.querySelector('[data-panel="details"] h3')?.textContent === '教育扶贫');
    const sheetBox = (await sheet.boundingBox())!;
    const itemBox = (await item.boundingBox())!;
    expect(sheetBox.y + sheetBox.height).toBeGreaterThanOrEqual(843);
    expect(itemBox.y + itemBox.height).toBeLessThanOrEqual(sheetBox.y);
    expect(itemBox.y).toBeGreaterThanOrEqual(0);
  });
});
