// The household-policies matrix in Chromium: real clicks and keys select, Escape clears, the
// links reach other panels and the details list, the URL round-trips, the language switches
// without reloading, on a phone the matrix stacks into labelled rows (still linked), and axe finds nothing.
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emphasisIn, searchParams, startSession, type Session, waitReady } from './browser';
import { phoneTableReport } from './phoneTable';

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
    expect((await searchParams(s.page)).get('sel')).toBe('status-safety-net');
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
    expect((await searchParams(s.page)).get('sel')).toBeNull();
    expect(s.errors).toEqual([]);
  });

  it('selects a policy with Enter and a cell with Space; Escape clears', async () => {
    await s.open('view=all&lang=zh');
    await s.page.locator(`${P} tbody th [data-entity="policy-insurance"]`).focus();
    await s.page.keyboard.press('Enter');
    expect((await searchParams(s.page)).get('sel')).toBe('policy-insurance');
    expect(await emphasisIn(s.page, 'policies', 'status-exited')).toBe('related');
    expect(await emphasisIn(s.page, 'policies', 'status-not-exited')).toBe('related');
    expect(await emphasisIn(s.page, 'policies', 'status-safety-net')).toBe('dimmed');
    await s.page.keyboard.press('Escape');
    expect((await searchParams(s.page)).get('sel')).toBeNull();
    expect(await emphasisIn(s.page, 'policies', 'status-exited')).toBe('idle');
    // A filled cell names the pair and selects its policy.
    const cell = s.page.locator(`${P} td [data-entity="policy-minimum-allowance"]`).last();
    expect(await cell.getAttribute('aria-label')).toMatch(/最低生活保障.*兜底户/);
    await cell.focus();
    await s.page.keyboard.press(' ');
    expect((await searchParams(s.page)).get('sel')).toBe('policy-minimum-allowance');
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

  it.each([
    ['zh', ['已脱贫', '未脱贫', '兜底户'], ['书中分组', '我们的解读 (a)', '未列出']],
    [
      'en',
      ['Households already out of poverty', 'Households not yet out of poverty', 'Safety-net households'],
      ['book’s grouping', 'our reading (a)', 'not listed'],
    ],
  ] as const)(
    'stacks into labelled rows on a 390 px phone in %s, the categories and the source visible, still linked',
    async (lang, statuses, values) => {
      await s.open(`view=all&lang=${lang}`, { width: 390, height: 844 });
      const report = await phoneTableReport(s.page, `${P} .policies-table`, `${P} .policies-source`);
      expect(report.narrow).toEqual([]);
      expect(report.overflows).toBe(false);
      expect(report.pageOverflow).toBeLessThanOrEqual(0);
      expect(report.sourceVisible).toBe(true);
      // Each policy's cells are lines labelled by their household status, the dot spelled out.
      expect(report.firstRowLabels).toEqual(statuses.map((t) => `"${t}"`));
      const first = s.page.locator(`${P} tbody tr`).first();
      const lines = await first.locator('td').allInnerTexts();
      values.forEach((v, i) => expect(lines[i]).toContain(v));
      expect(await s.page.locator(`${P} .policies-source`).innerText()).toContain(lang === 'en' ? 'The Lankao Story' : '兰考故事');
      // The statuses are a key above the rows, the five safety-net categories under 兜底户.
      const net = (await s.page.locator(`${P} thead [data-entity="status-safety-net"]`).boundingBox())!;
      const cats = s.page.locator(`${P} thead [data-entity^="cat-"]`);
      expect(await cats.count()).toBe(5);
      for (const box of await Promise.all((await cats.all()).map((c) => c.boundingBox()))) {
        expect(box!.y).toBeGreaterThan(net.y);
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      }
      // Still linked on the phone: a click on a stacked cell, Escape, Enter on a status, Space on a cell.
      await first.locator('td [data-entity="policy-insurance"]').first().click();
      expect((await searchParams(s.page)).get('sel')).toBe('policy-insurance');
      expect(await emphasisIn(s.page, 'policies', 'status-exited')).toBe('related');
      expect(await emphasisIn(s.page, 'policies', 'status-safety-net')).toBe('dimmed');
      await s.page.keyboard.press('Escape');
      expect((await searchParams(s.page)).get('sel')).toBeNull();
      expect(await emphasisIn(s.page, 'policies', 'status-exited')).toBe('idle');
      await s.page.locator(`${P} thead [data-entity="status-safety-net"]`).focus();
      await s.page.keyboard.press('Enter');
      expect((await searchParams(s.page)).get('sel')).toBe('status-safety-net');
      expect(await emphasisIn(s.page, 'policies', 'cat-orphans')).toBe('related');
      await s.page.locator(`${P} td [data-entity="policy-minimum-allowance"]`).last().focus();
      await s.page.keyboard.press(' ');
      expect((await searchParams(s.page)).get('sel')).toBe('policy-minimum-allowance');
      expect(s.errors).toEqual([]);
      await s.page.setViewportSize({ width: 1280, height: 900 });
    },
  );

  it('stays a table of columns at 1280 px', async () => {
    await s.open('view=all&lang=en', { width: 1280, height: 900 });
    const display = await s.page
      .locator(`${P} tbody td`)
      .first()
      .evaluate((td) => getComputedStyle(td).display);
    expect(display).toBe('table-cell');
    expect(await s.page.locator(`${P} .policies-how`).first().isVisible()).toBe(false);
  });

  it('has no axe violations, with and without a selection', async () => {
    for (const [q, width] of [
      ['view=all&lang=zh', 1280],
      ['view=all&lang=en&sel=status-safety-net', 1280],
      ['view=all&lang=en&sel=status-safety-net', 390], // stacked
    ] as const) {
      await s.open(q, { width, height: 900 });
      const r = await new AxeBuilder({ page: s.page }).include(P).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(r.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    }
  }, 180_000);
});
