// No English label cut in the one-screen overview on a laptop (issue 22 item 5): at 1280x720 and
// 1366x768 no element ends in … (text-overflow: ellipsis with more text than room), no line clamp
// hides lines, no part scrolls its own content, and the page itself does not scroll at 1280x720.
// Where the overview draws a short English form, the item's title and accessible text keep the full label.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from './browser';

let s: Session;
beforeAll(async () => {
  s = await startSession({ locale: 'en-US' });
});
afterAll(async () => {
  await s?.close();
});

/** Every drawn element of the overview whose text is cut, and every part whose content is taller than the part. */
async function cuts() {
  await s.page.evaluate(() => document.fonts.ready);
  return s.page.evaluate(() => {
    const cut: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('[data-panel="overview"] *')) {
      if (el.closest('[hidden]')) continue;
      const cs = getComputedStyle(el);
      if (cs.display === 'none') continue;
      const clamp = cs.webkitLineClamp;
      const ellipsis = cs.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth;
      const clamped = clamp !== '' && clamp !== 'none' && el.scrollHeight > el.clientHeight;
      if (ellipsis || clamped) cut.push(`${el.className}: ${el.textContent?.slice(0, 60)}`);
    }
    const overflowing = [...document.querySelectorAll<HTMLElement>('[data-panel="overview"] .ov-part')]
      .filter((p) => p.scrollHeight > p.clientHeight + 1 || p.scrollWidth > p.clientWidth + 1)
      .map((p) => `${p.dataset.part}: ${p.scrollHeight - p.clientHeight} px`);
    return { cut, overflowing, pageScroll: document.documentElement.scrollHeight - window.innerHeight };
  });
}

describe('the English overview on a laptop', { timeout: 120_000 }, () => {
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1366, height: 768 },
  ]) {
    it(`cuts no label at ${size.width}x${size.height}`, async () => {
      await s.open('lang=en', size);
      const r = await cuts();
      expect(r.cut).toEqual([]);
      expect(r.overflowing).toEqual([]);
      if (size.width === 1280) expect(r.pageScroll).toBeLessThanOrEqual(0);
      expect(s.errors).toEqual([]);
    });
  }

  it('draws a short form where the data has one, and keeps the full label in the title and the accessible text', async () => {
    await s.open('lang=en', { width: 1280, height: 720 });
    const item = s.page.locator('[data-panel="overview"] [data-entity="leader-npc-director"]');
    expect(await item.locator('.ov-short').innerText()).toBe('People’s Congress Standing Committee director');
    expect(await item.getAttribute('title')).toContain('Director of the county People’s Congress Standing Committee');
    expect(await item.locator('.ov-full').textContent()).toBe('Director of the county People’s Congress Standing Committee');
    // The details keep the full label.
    await item.click();
    expect(await s.page.locator('[data-panel="details"] h3').innerText()).toBe('Director of the county People’s Congress Standing Committee');
  });

  it('draws the full label where the overview is not compact (a phone)', async () => {
    await s.open('lang=en', { width: 390, height: 844 });
    const item = s.page.locator('[data-panel="overview"] [data-entity="leader-npc-director"]');
    expect(await item.innerText()).toBe('Director of the county People’s Congress Standing Committee');
    expect(await item.locator('.ov-short').isVisible()).toBe(false);
  });

  it('leaves the Chinese overview as it was: full labels, nothing cut, no page scroll at 1280x720', async () => {
    await s.open('lang=zh', { width: 1280, height: 720 });
    expect(await s.page.locator('[data-panel="overview"] .ov-short').count()).toBe(0);
    expect(await s.page.locator('[data-panel="overview"] [data-entity="leader-npc-director"]').innerText()).toBe('人大常委会主任');
    const r = await cuts();
    expect(r.cut).toEqual([]);
    expect(r.pageScroll).toBeLessThanOrEqual(0);
  });
});
