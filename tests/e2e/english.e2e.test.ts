// An English-speaking visitor and a student, in a real browser (issue 13): the first-visit language,
// English-first details with our translation of the book's quote, glossary explanations on focus,
// the honest wording of a relation read from the layout, "cite this" in both styles, the funding
// table stacked on a phone and the panel view restored from the URL.
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchParams, startSession, waitReady, type Session } from './browser';
import { phoneTableReport } from './phoneTable';

let s: Session;
beforeAll(async () => {
  s = await startSession({ locale: 'en-US' });
});
afterAll(async () => {
  await s?.close();
});

const details = () => s.page.locator('[data-panel="details"]');

describe('an English-speaking visitor', { timeout: 120_000 }, () => {
  it('opens in English when the browser asks for English and the URL names no language, remembers a choice, and obeys ?lang=', async () => {
    await s.open('');
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await s.page.locator('h1').innerText()).toBe('Lankao’s exit from poverty at a glance');

    await s.open('lang=zh');
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');

    // The reader switches to Chinese; the next visit without ?lang= remembers it.
    await s.open('');
    await s.page.getByRole('radio', { name: '中文' }).click();
    await s.page.goto(s.page.url().split('?')[0]!);
    await waitReady(s.page);
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await s.page.getByRole('radio', { name: 'English' }).click();
    await s.page.goto(s.page.url().split('?')[0]!);
    await waitReady(s.page);
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(s.errors).toEqual([]);
  });

  it('keeps a chosen Chinese over a reload, in the audience window and in the presenter view', async () => {
    const htmlLang = (p: Page) => p.evaluate(() => document.documentElement.lang);
    // Nothing remembered: only the URL says Chinese.
    await s.open('');
    await s.page.evaluate(() => localStorage.removeItem('lankao-lang'));
    await s.open('lang=zh&sel=fund-total');
    expect((await searchParams(s.page)).get('lang')).toBe('zh');
    await s.page.reload();
    await waitReady(s.page);
    expect(await htmlLang(s.page)).toBe('zh-CN');
    expect(await s.page.locator('h1').innerText()).toBe('一张图看懂兰考脱贫');
    expect((await searchParams(s.page)).get('sel')).toBe('fund-total');

    // Presenting: P opens the presenter view in the page's language, and it reloads in it too.
    await s.open('step=2&lang=zh', { width: 1280, height: 720 });
    const popup = s.context.waitForEvent('page');
    await s.page.keyboard.press('p');
    const presenter = await popup;
    await presenter.waitForSelector('.presenter-view');
    expect(await htmlLang(presenter)).toBe('zh-CN');
    await presenter.reload();
    await presenter.waitForSelector('.presenter-view');
    expect(await htmlLang(presenter)).toBe('zh-CN');
    await presenter.close();
    await s.page.reload();
    await waitReady(s.page);
    expect(await htmlLang(s.page)).toBe('zh-CN');

    // Switched to Chinese, with storage that remembers nothing (a page of its own): the URL alone carries the choice.
    const blocked = await s.context.newPage();
    blocked.on('pageerror', (e) => s.errors.push(`pageerror: ${e.message}`));
    await blocked.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
    });
    await blocked.goto(s.page.url().split('?')[0]!);
    await waitReady(blocked);
    expect(await htmlLang(blocked)).toBe('en');
    await blocked.getByRole('radio', { name: '中文' }).click();
    await expect.poll(async () => (await searchParams(blocked)).get('lang')).toBe('zh');
    await blocked.reload();
    await waitReady(blocked);
    expect(await htmlLang(blocked)).toBe('zh-CN');
    await blocked.close();
    expect(s.errors).toEqual([]);
  });

  it('leads the details with English, keeps the Chinese original, and shows the book quote in our translation', async () => {
    await s.open('view=all&sel=leader-secretary-head&lang=en');
    const heading = details().locator('h3');
    expect(await heading.innerText()).toBe('County Party secretary and county head');
    expect(await heading.getAttribute('lang')).toBe('en');
    expect(await details().locator('.details-other').innerText()).toBe('县委书记、县长');
    const source = details().locator('.sources > li').first();
    const text = await source.innerText();
    expect(text).toContain('China’s Fight against Poverty: The Lankao Story');
    expect(text).toContain('Opening, diagram: “Lankao’s exit from poverty at a glance”');
    expect(text).toContain('The Party secretary and the county head bear overall responsibility');
    expect(text).toContain('(our translation)');
    expect(text).toContain('书记县长总负责');
    // English before Chinese in reading order.
    expect(text.indexOf('overall responsibility')).toBeLessThan(text.indexOf('书记县长总负责'));
  });

  it('names a relation read from the poster’s layout as such, never “part of” a person', async () => {
    await s.open('view=all&sel=leader-cppcc-chair&lang=en');
    const groups = await details().locator('.link-group h5').allInnerTexts();
    expect(groups).toContain('Drawn under, in the poster (our reading of the layout)');
    expect(groups).not.toContain('Part of');
    await s.open('view=all&sel=leader-cppcc-chair&lang=zh');
    expect(await details().locator('.link-group h5').allInnerTexts()).toContain('在原图中画在其下（我们对版式的解读）');
  });

  it('explains a glossary term when its label gets keyboard focus, and in the details on focus', async () => {
    await s.open('view=all&lang=en');
    await s.page.locator('[data-panel="leadership"] [data-entity="leader-cppcc-chair"]').first().focus();
    const hint = s.page.locator('.term-hint');
    await hint.waitFor({ state: 'visible' });
    expect(await hint.innerText()).toContain('Chinese People’s Political Consultative Conference');
    const describedBy = await s.page.locator('[data-panel="leadership"] [data-entity="leader-cppcc-chair"]').first().getAttribute('aria-describedby');
    expect(describedBy).toBe(await hint.getAttribute('id'));

    await s.open('view=all&sel=leader-cppcc-chair&lang=en');
    const term = details().locator('h3 .term-button', { hasText: 'CPPCC' });
    await term.focus();
    const tip = details().locator(`#${await term.getAttribute('aria-describedby')}`);
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toContain('advisory body');
    await s.page.keyboard.press('Escape'); // closes the explanation first, the selection stays
    expect((await searchParams(s.page)).get('sel')).toBe('leader-cppcc-chair');
    await s.page.keyboard.press('Enter'); // pins it, as a tap does
    expect(await term.getAttribute('aria-expanded')).toBe('true');
    expect(await tip.isVisible()).toBe(true);
    expect((await searchParams(s.page)).get('sel')).toBe('leader-cppcc-chair');
  });

  it('lets a long term in the details heading wrap with the words around it', async () => {
    await s.open('sel=cm-reform-models-finance&lang=en');
    const heading = details().locator('h3').first();
    const term = heading.locator('.term-button', { hasText: 'poverty alleviation through finance' });
    await term.waitFor();
    // An atomic box (a <button>) is one rectangle, indented and centred on lines of its own; an inline
    // term breaks into one rectangle per line, each continuation starting at the heading's left edge.
    const headingLeft = await heading.evaluate((h) => Math.round(h.getBoundingClientRect().left));
    const lefts = await term.evaluate((t) => [...t.getClientRects()].map((r) => Math.round(r.left)));
    expect(lefts.length).toBeGreaterThan(1);
    for (const left of lefts.slice(1)) expect(Math.abs(left - headingLeft)).toBeLessThanOrEqual(2);
  });
});

describe('a student', { timeout: 120_000 }, () => {
  it('cites a panel and the selection in GB/T 7714-2015 and APA, with the page’s state (tests/e2e/cite.e2e.test.ts: each work)', async () => {
    await s.open('view=all&sel=fund-social&lang=en&unit=wan');
    const cite = s.page.locator('[data-cite="funding"]');
    await cite.getByRole('button', { name: 'Cite this' }).click();
    // The citations' code loads on the click: read them once they are drawn.
    await cite.locator('[data-cite-style="gbt"] .cite-text').nth(1).waitFor();
    const gbt = await cite.locator('[data-cite-style="gbt"] .cite-text').allInnerTexts();
    expect(gbt[0]).toMatch(/^国务院扶贫办 组织编写\. 中国脱贫攻坚·兰考故事\[M\]\. 北京: 研究出版社, 2020（开篇「兰考脱贫了」/);
    expect(gbt[1]).toContain('sel=fund-social');
    expect(gbt[1]).toContain('unit=wan');
    // The selection's own citation, in the details.
    await details().getByRole('button', { name: 'Cite this item' }).click();
    expect(await details().locator('[data-cite-style="gbt"] .cite-text').first().innerText()).toContain('研究出版社, 2020');
    expect(s.errors).toEqual([]);
  });

  it('downloads CSV from every tabular panel in both languages: the source first, a short file name, the same columns, plain numbers', async () => {
    const files: Record<string, Record<string, string[][]>> = {};
    for (const lang of ['zh', 'en'] as const) {
      await s.open(`view=all&lang=${lang}`);
      for (const panel of ['precision', 'policies', 'exit-criteria', 'funding']) {
        const [download] = await Promise.all([
          s.page.waitForEvent('download'),
          s.page
            .locator(`[data-panel="${panel}"]`)
            .getByRole('button', { name: lang === 'en' ? 'Download CSV' : '下载 CSV' })
            .click(),
        ]);
        const name = download.suggestedFilename();
        expect(new TextEncoder().encode(name).length).toBeLessThan(100);
        expect(name).toMatch(new RegExp(`^lankao-${panel === 'funding' ? 'funding-2014-2016' : panel}-${lang}\\.csv$`));
        // An independent CSV parser reads what a spreadsheet would.
        const rows = parse(fs.readFileSync((await download.path())!, 'utf8'), { bom: true, relax_column_count: true }) as string[][];
        expect(rows[0]).toHaveLength(1);
        expect(rows[0]![0]).toMatch(
          lang === 'en' ? /^Source: State Council Leading Group Office of Poverty Alleviation and Development/ : /^来源：国务院扶贫办/,
        );
        expect(rows.length).toBeGreaterThan(3);
        for (const r of rows.slice(2)) expect(r).toHaveLength(rows[1]!.length);
        (files[panel] ??= {})[lang] = rows;
      }
    }
    for (const [panel, { zh, en }] of Object.entries(files)) {
      expect(en!.length, panel).toBe(zh!.length);
      expect(en![1]!.length, panel).toBe(zh![1]!.length);
      // Every column holding a number in Chinese holds the same plain number in English.
      zh![1]!.forEach((_, col) => {
        const zhCol = zh!.slice(2).map((r) => r[col]!);
        if (!zhCol.every((c) => /^\d+(\.\d+)?$/.test(c))) return;
        expect(
          en!.slice(2).map((r) => r[col]),
          `${panel} column ${col}`,
        ).toEqual(zhCol);
      });
      for (const rows of [zh!, en!]) for (const r of rows.slice(2)) expect(r[0], panel).not.toMatch(/[※†]/);
    }
    expect(files.funding!.en!.slice(2).map((r) => Number(r[3]))).toEqual([4.15, 3.2, 1.98, 9.33]);
    expect(files['exit-criteria']!.en!.slice(2).map((r) => Number(r[3]))).toEqual([1.27, 0.72, 0.75, 98.96]);
    expect(s.errors).toEqual([]);
  });

  it('restores the unit, the comparison view and the table from the URL, and writes changes back', async () => {
    await s.open('view=all&lang=en&unit=wan&fview=compare&table=funding');
    const panel = s.page.locator('[data-panel="funding"]');
    expect(await panel.getByRole('radio', { name: 'yuan', exact: true }).isChecked()).toBe(true);
    expect(await panel.getByRole('radio', { name: 'Side by side' }).isChecked()).toBe(true);
    expect(await panel.locator('.funding-tablewrap').isVisible()).toBe(true);
    expect(await panel.locator('.funding-table thead th').nth(1).innerText()).toBe('Amount (yuan)');
    await panel.getByRole('radio', { name: /yuan per person-time/ }).check();
    expect((await searchParams(s.page)).get('unit')).toBe('per');
    await panel.getByRole('radio', { name: 'Part of the whole' }).check();
    expect((await searchParams(s.page)).get('fview')).toBeNull();
    await s.open('view=all&unit=bogus&fview=pie&table=nope&lang=en');
    expect(await panel.getByRole('radio', { name: 'million yuan', exact: true }).isChecked()).toBe(true);
    expect(s.errors).toEqual([]);
  });

  it('stacks the funding table into labelled rows at 390 px, no cell narrower than 4 characters, the source visible', async () => {
    await s.open('view=all&lang=en&table=funding', { width: 390, height: 844 });
    const result = await phoneTableReport(s.page, '[data-panel="funding"] .funding-table', '[data-panel="funding"] tbody tr .funding-table-sources');
    expect(result.narrow).toEqual([]);
    expect(result.sourceVisible).toBe(true);
    expect(result.firstRowLabels.at(-1)).toBe('"Sources"');
    expect(result.overflows).toBe(false);
    expect(result.pageOverflow).toBeLessThanOrEqual(0);
    await s.page.setViewportSize({ width: 1280, height: 900 });
  });
});
