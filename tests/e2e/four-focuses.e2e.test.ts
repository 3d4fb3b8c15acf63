// The four-priorities radial tree in Chromium: clicks and keys select, a focus item lights up its
// focus, labels do not overlap at 1280 px (measured by the browser), a phone gets the indented
// tree, the URL round-trips, the language switches, axe finds nothing.
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emphasisIn, searchParams, startSession, type Session } from './browser';

const P = '[data-panel="four-focuses"]';
let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

describe('four-focuses panel in Chromium', () => {
  it('clicking a focus item shows its focus, the centre and the duty-holder as related', async () => {
    await s.open('view=all&lang=zh');
    expect(await s.page.locator(`${P} svg`).count()).toBe(1);
    await s.page.locator(`${P} svg [data-entity="fi-village-teams"]`).click();
    expect((await searchParams(s.page)).get('sel')).toBe('fi-village-teams');
    expect(await emphasisIn(s.page, 'four-focuses', 'fi-village-teams')).toBe('selected');
    expect(await emphasisIn(s.page, 'four-focuses', 'focus-party-building')).toBe('related');
    expect(await emphasisIn(s.page, 'four-focuses', 'lankao-exit')).toBe('related');
    expect(await emphasisIn(s.page, 'four-focuses', 'fi-home-furnishing')).toBe('dimmed');
    expect(await emphasisIn(s.page, 'four-focuses', 'dept-poverty-office')).toBe('related');
    expect(await emphasisIn(s.page, 'details', 'focus-party-building')).toBe('related');
    await s.page.reload();
    await s.page.waitForSelector(`${P}[data-ready="true"]`);
    expect(await emphasisIn(s.page, 'four-focuses', 'fi-village-teams')).toBe('selected');
    expect(await emphasisIn(s.page, 'four-focuses', 'focus-party-building')).toBe('related');
    expect(s.errors).toEqual([]);
  });

  it('selects with Enter and Space, Escape clears', async () => {
    await s.open('view=all&lang=zh');
    await s.page.locator(`${P} svg [data-entity="fi-central-towns"]`).focus();
    await s.page.keyboard.press('Enter');
    expect((await searchParams(s.page)).get('sel')).toBe('fi-central-towns');
    expect(await emphasisIn(s.page, 'four-focuses', 'focus-urbanisation')).toBe('related');
    await s.page.keyboard.press('Escape');
    expect((await searchParams(s.page)).get('sel')).toBeNull();
    expect(await emphasisIn(s.page, 'four-focuses', 'focus-urbanisation')).toBe('idle');
    await s.page.locator(`${P} .ff-duties [data-entity="duty-industry"]`).focus();
    await s.page.keyboard.press(' ');
    expect((await searchParams(s.page)).get('sel')).toBe('duty-industry');
    expect(await emphasisIn(s.page, 'four-focuses', 'fi-food-processing')).toBe('related');
    expect(await emphasisIn(s.page, 'four-focuses', 'leader-cppcc-chair')).toBe('related');
    expect(s.errors).toEqual([]);
  });

  for (const lang of ['zh', 'en', 'both']) {
    it(`draws no overlapping labels at 1280 px (${lang})`, async () => {
      await s.open(`view=all&lang=${lang}`);
      const rects = await s.page.$$eval(`${P} svg [data-entity] text`, (els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return { id: e.closest('[data-entity]')!.getAttribute('data-entity'), x: r.x, y: r.y, w: r.width, h: r.height };
        }),
      );
      expect(rects).toHaveLength(17);
      const panel = (await s.page.locator(`${P} svg`).boundingBox())!;
      const hits: string[] = [];
      for (let i = 0; i < rects.length; i++) {
        const a = rects[i]!;
        expect(a.x).toBeGreaterThanOrEqual(panel.x - 1);
        expect(a.x + a.w).toBeLessThanOrEqual(panel.x + panel.width + 1);
        for (let j = i + 1; j < rects.length; j++) {
          const b = rects[j]!;
          if (a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1) hits.push(`${a.id} × ${b.id}`);
        }
      }
      expect(hits).toEqual([]);
    });
  }

  it('switches language without reloading', async () => {
    await s.open('view=all&lang=zh');
    const node = s.page.locator(`${P} svg [data-entity="fi-main-urban-area"]`);
    expect(await node.getAttribute('aria-label')).toBe('主城区');
    expect(await node.locator('text').textContent()).toBe('主城区');
    await s.page.getByRole('radio', { name: 'English' }).click();
    expect(await node.locator('text').textContent()).toBe('Main urban area');
    expect(await node.getAttribute('aria-label')).toBe('Main urban area');
    expect(s.errors).toEqual([]);
  });

  it('falls back to an indented tree on a phone, every entity still selectable', async () => {
    await s.open('view=all&lang=zh', { width: 390, height: 844 });
    expect(await s.page.locator(`${P} svg`).count()).toBe(0);
    expect(await s.page.locator(`${P} .ff-tree [data-entity]`).count()).toBe(17);
    const panel = await s.page.locator(P).evaluate((e) => ({ sw: e.scrollWidth, cw: e.clientWidth, right: e.getBoundingClientRect().right }));
    expect(panel.sw).toBeLessThanOrEqual(panel.cw);
    expect(panel.right).toBeLessThanOrEqual(390);
    await s.page.locator(`${P} .ff-tree [data-entity="fi-countryside"]`).click();
    expect(await emphasisIn(s.page, 'four-focuses', 'focus-urbanisation')).toBe('related');
    await s.page.setViewportSize({ width: 1280, height: 900 });
  });

  it('has no axe violations, with and without a selection', async () => {
    for (const q of ['view=all&lang=zh', 'view=all&lang=en&sel=fi-village-teams']) {
      await s.open(q);
      const r = await new AxeBuilder({ page: s.page }).include(P).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(r.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    }
  }, 180_000);
});
