// The leadership org chart in Chromium: selection, keyboard, linking to the precision panel,
// language, reconstructed marks, phone layout and axe.
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emphasisIn, searchParams, startSession, type Session } from './browser';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

const node = (id: string) => s.page.locator(`[data-panel="leadership"] [data-entity="${id}"]`);

/** Boxes of every selectable node in the panel, in page pixels. */
async function boxes() {
  return s.page.$$eval('[data-panel="leadership"] [data-entity] > rect.leadership-box', (rects) =>
    rects.map((r) => {
      const b = r.getBoundingClientRect();
      return { id: r.parentElement!.getAttribute('data-entity')!, x: b.x, y: b.y, w: b.width, h: b.height };
    }),
  );
}

describe('leadership panel in Chromium', () => {
  it('draws every leader and duty, selects a leader on click and links its duty', async () => {
    await s.open('view=all&lang=zh');
    for (const id of [
      'leader-secretary-head',
      'leader-deputy-secretary',
      'dept-poverty-office',
      'leader-united-front-dept',
      'support-social',
      'duty-overall',
    ])
      expect(await node(id).count(), id).toBe(1);
    await node('leader-cppcc-chair').click();
    expect(await emphasisIn(s.page, 'leadership', 'leader-cppcc-chair')).toBe('selected');
    expect(await emphasisIn(s.page, 'leadership', 'duty-industry')).toBe('related');
    expect(await emphasisIn(s.page, 'leadership', 'leader-deputy-secretary')).toBe('related');
    expect(await emphasisIn(s.page, 'leadership', 'leader-npc-director')).toBe('dimmed');
    expect(await emphasisIn(s.page, 'leadership', 'duty-living-environment')).toBe('dimmed');
    expect(await s.page.locator('[data-panel="details"] h3').textContent()).toBe('政协主席');
    expect((await searchParams(s.page)).get('sel')).toBe('leader-cppcc-chair');
    // The dimmed leader is drawn muted (grey text that still meets 4.5:1), the selected one red.
    const fill = (id: string) =>
      node(id)
        .locator('text')
        .evaluate((el) => getComputedStyle(el).fill);
    expect(await fill('leader-npc-director')).toBe('rgb(119, 110, 104)');
    expect(await fill('leader-cppcc-chair')).toBe('rgb(155, 28, 28)');
    // A second click on the same node clears the selection.
    await node('leader-cppcc-chair').click();
    expect((await searchParams(s.page)).get('sel')).toBeNull();
    expect(s.errors).toEqual([]);
  });

  it('works from the keyboard: Enter selects, Space toggles off, Escape clears', async () => {
    await s.open('view=all&lang=zh');
    await node('leader-publicity-head').focus();
    await s.page.keyboard.press('Enter');
    expect(await emphasisIn(s.page, 'leadership', 'leader-publicity-head')).toBe('selected');
    expect(await emphasisIn(s.page, 'leadership', 'duty-publicity')).toBe('related');
    expect((await searchParams(s.page)).get('sel')).toBe('leader-publicity-head');
    await s.page.keyboard.press('Space');
    expect(await emphasisIn(s.page, 'leadership', 'leader-publicity-head')).toBe('idle');
    expect((await searchParams(s.page)).get('sel')).toBeNull();
    await node('duty-train-teams').focus();
    await s.page.keyboard.press('Space');
    expect(await emphasisIn(s.page, 'leadership', 'duty-train-teams')).toBe('selected');
    expect(await emphasisIn(s.page, 'leadership', 'dept-poverty-office')).toBe('related');
    await s.page.keyboard.press('Escape');
    expect(await emphasisIn(s.page, 'leadership', 'duty-train-teams')).toBe('idle');
    expect((await searchParams(s.page)).get('sel')).toBeNull();
    // Tab reaches the nodes in reading order: banner, then the top leader and its duty.
    await node('principle-joint-management').focus();
    await s.page.keyboard.press('Tab');
    expect(await s.page.evaluate(() => document.activeElement?.getAttribute('data-entity'))).toBe('leader-secretary-head');
    await s.page.keyboard.press('Tab');
    expect(await s.page.evaluate(() => document.activeElement?.getAttribute('data-entity'))).toBe('duty-overall');
  });

  it('selecting duty-industry here shows precision-programs as related in the precision panel', async () => {
    await s.open('view=all&lang=zh');
    await node('duty-industry').click();
    expect(await emphasisIn(s.page, 'leadership', 'duty-industry')).toBe('selected');
    expect(await emphasisIn(s.page, 'leadership', 'leader-cppcc-chair')).toBe('related');
    expect(await emphasisIn(s.page, 'precision', 'precision-programs')).toBe('related');
    expect(await emphasisIn(s.page, 'precision', 'precision-households')).toBe('dimmed');
  });

  it('re-renders its labels in English and in both languages without reloading', async () => {
    await s.open('view=all&lang=zh');
    expect(await node('duty-overall').locator('text').textContent()).toBe('总负责');
    await s.page.getByRole('radio', { name: 'English' }).click();
    expect(await node('duty-overall').locator('text').textContent()).toBe('Overall responsibility');
    expect(await node('leader-cppcc-chair').getAttribute('aria-label')).toBe('Chair of the county CPPCC committee');
    const words = (await node('leader-cppcc-chair').locator('tspan').allTextContents()).join(' ');
    expect(words).toBe('Chair of the county CPPCC committee');
    await s.page.getByRole('radio', { name: /中英|Both/ }).click();
    const lines = await node('leader-cppcc-chair').locator('tspan').allTextContents();
    expect(lines[0]).toBe('政协主席');
    expect(lines.slice(1).join(' ')).toBe('Chair of the county CPPCC committee');
  });

  it('marks reconstructed readings with ※ and shows the printed text on hover', async () => {
    await s.open('view=all&lang=zh');
    for (const [id, printed] of [
      ['duty-discipline', '和工作纪律'],
      ['duty-finance', '和金融扶贫'],
      ['duty-team-building', '党建队伍建设和脱贫攻坚'],
      ['duty-social-governance', '乱社治理'],
      ['leader-deputy-secretary', '副书'],
    ] as const) {
      expect(await node(id).locator('text').textContent(), id).toContain('※');
      expect(await node(id).locator('title').textContent(), id).toContain(printed);
    }
    expect(await node('duty-industry').locator('text').textContent()).not.toContain('※');
  });

  it.each([
    [1280, 'zh'],
    [1280, 'en'],
    [390, 'zh'],
    [390, 'both'],
  ])('fits at %i px in %s: no overlapping boxes, no panel overflow, nothing cut', async (width, lang) => {
    await s.open(`view=all&lang=${lang}`, { width, height: 900 });
    // The panel itself never needs a horizontal scroll and ends inside the viewport (the page's
    // own overflow also depends on the other panels, so it is checked on this panel only).
    const fit = await s.page.locator('[data-panel="leadership"]').evaluate((el) => ({
      inner: el.scrollWidth - el.clientWidth,
      right: el.getBoundingClientRect().right - window.innerWidth,
    }));
    expect(fit.inner).toBeLessThanOrEqual(0);
    expect(fit.right).toBeLessThanOrEqual(0);
    const panel = (await s.page.locator('[data-panel="leadership"]').boundingBox())!;
    const all = await boxes();
    expect(all.length).toBe(26);
    for (const b of all) {
      expect(b.x).toBeGreaterThanOrEqual(panel.x);
      expect(b.x + b.w).toBeLessThanOrEqual(panel.x + panel.width + 0.5);
    }
    // Leaders' boxes and duty chips never overlap one another (the banner spans the top).
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++) {
        const a = all[i]!;
        const b = all[j]!;
        const hit = a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
        expect(hit, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    // Every line of text stays inside its box (real font metrics, not the layout's estimate).
    const spill = await s.page.$$eval('[data-panel="leadership"] [data-entity]', (gs) =>
      gs.flatMap((g) => {
        const box = g.querySelector('rect.leadership-box')!.getBoundingClientRect();
        return [...g.querySelectorAll('tspan')]
          .map((t) => t.getBoundingClientRect())
          .filter((t) => t.right > box.right + 0.5 || t.left < box.left - 0.5)
          .map(() => g.getAttribute('data-entity'));
      }),
    );
    expect(spill).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  it('has no axe-core violations in the panel (WCAG 2.2 A/AA), idle and with a selection', async () => {
    for (const q of ['view=all&lang=zh', 'view=all&lang=en&sel=leader-organization-dept']) {
      await s.open(q, { width: 1280, height: 900 });
      const r = await new AxeBuilder({ page: s.page })
        .include('[data-panel="leadership"]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(r.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    }
  }, 180_000);
});
