// The household-policies matrix in Chromium: real clicks and keys select, Escape clears, the
// links reach other panels and the details list, the URL round-trips, the language switches
// without reloading, the phone layout scrolls inside the panel, and axe finds nothing.
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emphasisIn, searchParams, startSession, type Session, waitReady } from './browser';

const P = '[data-panel="policies"]';
let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

describe('policies panel in Chromium', () => {
  it('selecting 兜底户 by click lights up its policy, categories and exit standard, here and in the details', async () => {
    await s.open('view=all&lang=zh');
    await s.page.locator(`${P} thead [data-entity="status-safety-net"]`).click();
    expect(searchParams(s.page).get('sel')).toBe('status-safety-net');
    expect(await emphasisIn(s.page, 'policies', 'status-safety-net')).toBe('selected');
    expect(await emphasisIn(s.page, 'policies', 'policy-minimum-allowance')).toBe('related');
    expect(await emphasisIn(s.page, 'policies', 'cat-orphans')).toBe('related');
    expect(await emphasisIn(s.page, 'policies', 'policy-insurance')).toBe('dimmed');
    expect(await emphasisIn(s.page, 'details', 'exit-household')).toBe('related');
    expect(await emphasisIn(s.page, 'details', 'policy-minimum-allowance')).toBe('related');
    expect(await emphasisIn(s.page, 'details', 'cat-orphans')).toBe('related');
    // The URL restores it after a reload.
    await s.page.reload();
    // Full panels mount when scrolled near: scroll like a reader until every one has drawn.
    await waitReady(s.page);
    expect(await emphasisIn(s.page, 'policies', 'status-safety-net')).toBe('selected');
    expect(await s.page.locator('[data-panel="details"] h3').textContent()).toBe('兜底户');
    // Clicking the same header again clears the selection.
    await s.page.locator(`${P} thead [data-entity="status-safety-net"]`).click();
    expect(searchParams(s.page).get('sel')).toBeNull();
    expect(s.errors).toEqual([]);
  });

  it('selects a policy with Enter and a cell with Space; Escape clears', async () => {
    await s.open('view=all&lang=zh');
    await s.page.locator(`${P} tbody th [data-entity="policy-insurance"]`).focus();
    await s.page.keyboard.press('Enter');
    expect(searchParams(s.page).get('sel')).toBe('policy-insurance');
    expect(await emphasisIn(s.page, 'policies', 'status-exited')).toBe('related');
    expect(await emphasisIn(s.page, 'policies', 'status-not-exited')).toBe('related');
    expect(await emphasisIn(s.page, 'policies', 'status-safety-net')).toBe('dimmed');
    await s.page.keyboard.press('Escape');
    expect(searchParams(s.page).get('sel')).toBeNull();
    expect(await emphasisIn(s.page, 'policies', 'status-exited')).toBe('idle');
    // A filled cell names the pair and selects its policy.
    const cell = s.page.locator(`${P} td [data-entity="policy-minimum-allowance"]`).last();
    expect(await cell.getAttribute('aria-label')).toMatch(/最低生活保障.*兜底户/);
    await cell.focus();
    await s.page.keyboard.press(' ');
    expect(searchParams(s.page).get('sel')).toBe('policy-minimum-allowance');
    expect(await emphasisIn(s.page, 'policies', 'status-safety-net')).toBe('related');
    expect(await emphasisIn(s.page, 'policies', 'cat-minimum-allowance')).toBe('related');
    expect(s.errors).toEqual([]);
  });

  it('shows the book’s grouping apart from our reading, the printed text with ※, amounts and the 2018 note', async () => {
    await s.open('view=all&lang=zh');
    const row = (id: string) => s.page.locator(`${P} tbody tr`, { has: s.page.locator(`th [data-entity="${id}"]`) });
    expect(await row('policy-insurance').locator('.policies-dot-book').count()).toBe(1);
    expect(await row('policy-insurance').locator('.policies-dot-reading').count()).toBe(1);
    expect(await row('policy-minimum-allowance').locator('.policies-dot-reading').getAttribute('title')).toContain('2018');
    const text = await s.page.locator(P).innerText();
    // The quotation marks are drawn by <q>, so they are not in innerText.
    expect(text).toContain('※ 印刷原文：大学生跨省劳务工补贴');
    expect(text).toContain('5,000 元/年/人');
    expect(text).toContain('≤ 1,000 元');
    expect(text).toContain('光伏收益');
    expect(await s.page.locator(`${P} tbody tr`).count()).toBe(12);
    expect(await s.page.locator(`${P} thead [data-entity^="cat-"]`).count()).toBe(5);
  });

  it('switches language without reloading', async () => {
    await s.open('view=all&lang=zh');
    const name = s.page.locator(`${P} tbody th [data-entity="policy-insurance"]`);
    expect(await name.innerText()).toContain('保险');
    await s.page.getByRole('radio', { name: 'English' }).click();
    expect(await name.innerText()).toContain('Insurance');
    expect(await s.page.locator(`${P} thead [data-entity="status-safety-net"]`).innerText()).toContain('Safety-net');
    await s.page.getByRole('radio', { name: /中英|Both/ }).click();
    const both = await name.innerText();
    expect(both).toContain('保险');
    expect(both).toContain('Insurance');
    expect(s.errors).toEqual([]);
  });

  it('fits a phone: the table scrolls inside the panel, names stay readable', async () => {
    await s.open('view=all&lang=en', { width: 390, height: 844 });
    const box = await s.page.locator(P).boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    const panel = await s.page.locator(P).evaluate((e) => ({ sw: e.scrollWidth, cw: e.clientWidth }));
    expect(panel.sw).toBeLessThanOrEqual(panel.cw);
    const nameWidth = await s.page
      .locator(`${P} tbody th`)
      .first()
      .evaluate((e) => e.getBoundingClientRect().width);
    expect(nameWidth).toBeGreaterThanOrEqual(120);
    await s.page.setViewportSize({ width: 1280, height: 900 });
  });

  it('has no axe violations, with and without a selection', async () => {
    for (const q of ['view=all&lang=zh', 'view=all&lang=en&sel=status-safety-net']) {
      await s.open(q);
      const r = await new AxeBuilder({ page: s.page }).include(P).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(r.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    }
  }, 180_000);
});
