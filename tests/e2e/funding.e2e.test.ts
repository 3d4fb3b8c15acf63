import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { emphasisIn, searchParams, startSession, type Session } from './browser';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

const PANEL = '[data-panel="funding"]';

/** The centre of a chart text (a slice's share label sits on its slice). */
async function textPoint(page: Page, text: string): Promise<{ x: number; y: number; left: number; bottom: number }> {
  await page.locator(`${PANEL} .funding-chart`).scrollIntoViewIfNeeded();
  const box = await page.evaluate(
    ([sel, t]) => {
      const el = [...document.querySelectorAll(`${sel} svg text`)].find((e) => e.textContent?.trim() === t);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, left: r.left, bottom: r.bottom };
    },
    [PANEL, text] as const,
  );
  if (!box) throw new Error(`no chart text "${text}"`);
  return box;
}

const waitSel = (page: Page, id: string | null) => page.waitForFunction((want) => new URL(location.href).searchParams.get('sel') === want, id);

async function downloadCsv(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .locator(PANEL)
      .getByRole('button', { name: /下载 CSV|Download CSV/ })
      .click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
}

describe('funding panel in Chromium', () => {
  it('shows the total, the period, the source, the derived per-beneficiary figure and the shares', async () => {
    await s.open('view=all&lang=zh');
    const panel = s.page.locator(PANEL);
    const text = await panel.innerText();
    expect(text).toContain('9.33 亿元');
    expect(text).toContain('2014–2016');
    expect(text).toContain('开篇「兰考脱贫了」');
    expect(text).toContain('1,589 元/人次');
    expect(text).toContain('9.33 亿元 ÷ 58.7 万人次');
    const svg = await panel.locator('svg').first().textContent();
    for (const v of ['44.5%', '34.3%', '21.2%', '4.15 亿元']) expect(svg).toContain(v);
    expect(s.errors).toEqual([]);
  });

  it('selects a fund from the companion table and lights up what it links to', async () => {
    await s.open('view=all&lang=zh');
    const panel = s.page.locator(PANEL);
    const wrap = panel.locator('.funding-tablewrap');
    expect((await wrap.boundingBox())?.width ?? 0).toBeLessThan(2);
    await panel.getByRole('button', { name: '显示表格' }).click();
    expect((await wrap.boundingBox())?.width ?? 0).toBeGreaterThan(200);
    await panel.locator('tr[data-entity="fund-social"]').click();
    expect((await searchParams(s.page)).get('sel')).toBe('fund-social');
    expect(await s.page.locator('[data-panel="details"] h3').textContent()).toBe('社会扶贫资金');
    expect(await emphasisIn(s.page, 'funding', 'fund-social')).toBe('selected');
    expect(await emphasisIn(s.page, 'funding', 'support-social')).toBe('related');
    expect(await emphasisIn(s.page, 'funding', 'fund-total')).toBe('related');
    expect(await emphasisIn(s.page, 'funding', 'fund-special')).toBe('dimmed');
    expect(await emphasisIn(s.page, 'funding', 'support-special')).toBe('dimmed');
    expect(await emphasisIn(s.page, 'details', 'support-social')).toBe('related');
    // The department responsible for social poverty alleviation is related wherever it is shown.
    const leader = await s.page.$$eval('[data-entity="leader-united-front-dept"]', (els) => els.map((e) => e.getAttribute('data-emphasis')));
    expect(leader.every((e) => e === 'related')).toBe(true);
  });

  it('selects a fund by clicking its slice, and by clicking its bar in the comparison view', async () => {
    await s.open('view=all&lang=zh');
    const slice = await textPoint(s.page, '21.2%');
    await s.page.mouse.click(slice.x, slice.y);
    await waitSel(s.page, 'fund-social');
    expect(await s.page.locator('[data-panel="details"] h3').textContent()).toBe('社会扶贫资金');
    await s.page.locator(PANEL).getByRole('radio', { name: '并列比较' }).check();
    await s.page.waitForFunction(() => document.querySelector('[data-panel="funding"] svg')?.textContent?.includes('3.20 亿元'));
    const label = await textPoint(s.page, '3.20 亿元');
    await s.page.mouse.click(label.left - 12, label.bottom);
    await waitSel(s.page, 'fund-sector');
    expect(await s.page.locator('[data-panel="details"] h3').textContent()).toBe('行业扶贫资金');
    expect(await emphasisIn(s.page, 'funding', 'support-sector')).toBe('related');
  });

  it('a click the moment the chart is drawn lands on the mark under the pointer: nothing sweeps in or moves', async () => {
    // ECharts' pie sweeps in for a second by default; while it did, a quick click on a slice's label
    // selected the wrong fund or nothing, and each selection started a 500 ms transition.
    for (const [text, id] of [
      ['21.2%', 'fund-social'],
      ['34.3%', 'fund-sector'],
    ] as const) {
      await s.open('view=funding&lang=zh', { width: 1280, height: 720 });
      const slice = await textPoint(s.page, text);
      await s.page.mouse.click(slice.x, slice.y);
      await waitSel(s.page, id);
    }
  });

  it('selects with Enter on a focused row and clears with Escape', async () => {
    await s.open('view=all&lang=zh');
    await s.page.mouse.move(0, 0);
    const panel = s.page.locator(PANEL);
    await panel.locator('tr[data-entity="fund-special"]').focus();
    await s.page.keyboard.press('Enter');
    expect((await searchParams(s.page)).get('sel')).toBe('fund-special');
    expect(await emphasisIn(s.page, 'funding', 'support-special')).toBe('related');
    await s.page.keyboard.press('Escape');
    expect((await searchParams(s.page)).get('sel')).toBeNull();
    expect(await emphasisIn(s.page, 'funding', 'support-special')).toBe('idle');
  });

  it('shows the amounts as the book prints them: 3.20, in the overview, its printed page and the panel', async () => {
    await s.open('lang=zh');
    expect(await s.page.locator('[data-panel="overview"] [data-part="funding"]').innerText()).toContain('3.20 亿元');
    expect(await s.page.locator('.print-appendix').evaluate((e) => e.textContent)).toContain('3.20 亿元');
    await s.open('view=all&lang=zh');
    expect(await s.page.locator(PANEL).innerText()).toContain('3.20');
    expect(await s.page.locator(PANEL).innerText()).not.toMatch(/3\.2(?!\d)/);
  });

  it('downloads the same columns under every unit, with the source and date first, in the reader’s language', async () => {
    await s.open('view=all&lang=zh');
    const yi = await downloadCsv(s.page);
    expect(yi.name).toBe('lankao-funding-2014-2016-zh.csv');
    expect(yi.text.charCodeAt(0)).toBe(0xfeff);
    const lines = yi.text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(
      /^来源：国务院扶贫办 组织编写《中国脱贫攻坚·兰考故事》，研究出版社，2020，开篇「兰考脱贫了」；下载于 \d{4}-\d{2}-\d{2}$/,
    );
    const header = lines[1]!;
    const rows = parse(yi.text, { bom: true, relax_column_count: true }) as string[][];
    expect(rows[1]!.slice(0, 7)).toEqual([
      '类别',
      '标记（※ 重构解读，† 公开来源）',
      '可信度（verbatim 原文 / reconstructed 重构 / external 公开来源）',
      '金额（亿元）',
      '金额（万元）',
      '每人次金额（派生，元/人次）',
      '占总额（%）',
    ]);
    expect(rows.slice(2).map((r) => r.slice(0, 7))).toEqual([
      ['专项扶贫资金', '', 'verbatim', '4.15', '41500', '707', '44.5'],
      ['行业扶贫资金', '', 'verbatim', '3.20', '32000', '545', '34.3'],
      ['社会扶贫资金', '', 'verbatim', '1.98', '19800', '337', '21.2'],
      ['扶贫资金投入', '※', 'reconstructed', '9.33', '93300', '1589', '100.0'],
    ]);
    expect(lines[2]).toContain('“专项扶贫资金4.15亿元”');

    const panel = s.page.locator(PANEL);
    for (const unit of ['万元', /元\/人次/] as const) {
      await panel.getByRole('radio', { name: unit, exact: typeof unit === 'string' }).check();
      const again = (await downloadCsv(s.page)).text.slice(1).trimEnd().split('\r\n');
      expect(again[1]).toBe(header);
      expect(again.slice(2)).toEqual(lines.slice(2));
    }
    expect(await panel.locator('.funding-note').first().innerText()).toContain('派生');
    expect(await panel.locator('[data-note="person-times"]').innerText()).toMatch(/^人次：一人每得到一项扶持计一次/);

    await s.page.getByRole('radio', { name: 'English' }).click();
    const en = await downloadCsv(s.page);
    expect(en.name).toBe('lankao-funding-2014-2016-en.csv');
    const enLines = en.text.slice(1).split('\r\n');
    expect(enLines[0]).toMatch(/^"Source: State Council Leading Group Office/); // one cell, quoted: it holds commas
    // The same numbers in English: plain, no thousands separators.
    const enRows = parse(en.text, { bom: true, relax_column_count: true }) as string[][];
    expect(enRows[2]!.slice(0, 7)).toEqual(['Special poverty-alleviation funds', '', 'verbatim', '4.15', '41500', '707', '44.5']);
    expect(enRows.slice(2).map((r) => r.slice(3, 7))).toEqual(rows.slice(2).map((r) => r.slice(3, 7)));
    expect(s.errors).toEqual([]);
  });

  it('switches Chinese and English without reloading, chart and controls included', async () => {
    await s.open('view=all&lang=zh');
    await s.page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const panel = s.page.locator(PANEL);
    await s.page.getByRole('radio', { name: 'English' }).click();
    await expect(panel.locator('h2').textContent()).resolves.toBe('Funding');
    await s.page.waitForFunction(() =>
      document.querySelector('[data-panel="funding"] svg')?.textContent?.includes('Special poverty-alleviation funds'),
    );
    expect(await panel.getByRole('radio', { name: 'Side by side' }).count()).toBe(1);
    expect(await panel.innerText()).toContain('1,589 yuan per person-time');
    await s.page.getByRole('radio', { name: '中文' }).click();
    await s.page.waitForFunction(() => document.querySelector('[data-panel="funding"] svg')?.textContent?.includes('专项扶贫资金'));
    expect(await s.page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(s.errors).toEqual([]);
  });

  it('fits a phone without horizontal overflow from the panel', async () => {
    await s.open('view=all&lang=en', { width: 390, height: 844 });
    const outside = await s.page.evaluate(() => {
      const panel = document.querySelector('[data-panel="funding"]') as HTMLElement;
      const r = panel.getBoundingClientRect();
      if (r.right > window.innerWidth) return -1;
      return [...panel.querySelectorAll('*')].filter((el) => {
        if (el.closest('.sr-only, svg')) return false;
        const b = el.getBoundingClientRect();
        return b.width > 0 && (b.right > r.right + 1 || b.left < r.left - 1);
      }).length;
    });
    expect(outside).toBe(0);
    await s.page.setViewportSize({ width: 1280, height: 900 });
  });
});
