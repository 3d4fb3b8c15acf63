import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { emphasisIn, searchParams, startSession, type Session } from './browser';
import { phoneTableReport } from './phoneTable';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

const PANEL = '[data-panel="exit-criteria"]';

/**
 * The screen point of a bar: its value label is drawn just right of the bar and vertically
 * centred on it (two lines: value, pass marker), so the bar is a little left of the label.
 */
async function barPoint(page: Page, valueText: string): Promise<{ x: number; y: number }> {
  await page.locator(`${PANEL} .exit-criteria-chart`).scrollIntoViewIfNeeded();
  const box = await page.evaluate(
    ([sel, text]) => {
      const t = [...document.querySelectorAll(`${sel} svg text`)].find((el) => el.textContent?.trim() === text);
      if (!t) return null;
      const r = t.getBoundingClientRect();
      return { left: r.left, bottom: r.bottom };
    },
    [PANEL, valueText] as const,
  );
  if (!box) throw new Error(`no chart label "${valueText}"`);
  return { x: box.left - 12, y: box.bottom };
}

describe('exit-criteria panel in Chromium', () => {
  it('shows the three levels, the printed labels, the unverified notes and the county chart', async () => {
    await s.open('view=all&lang=zh');
    const panel = s.page.locator(PANEL);
    expect(await panel.getAttribute('data-ready')).toBe('true');
    const text = await panel.innerText();
    for (const label of ['贫困户退出“1+2+3”', '贫困村退出“1+7+2+5”', '贫困县退出“三率一度”']) expect(text).toContain(label);
    expect(await panel.locator('.exit-criteria-note').count()).toBe(2);
    expect(await panel.locator('.exit-criteria-note').first().innerText()).toContain('未经证实');
    const svgText = await panel.locator('svg').first().textContent();
    for (const v of ['1.27%', '0.72%', '0.75%', '98.96%', '标准 < 2%', '标准 ≥ 90%']) expect(svgText).toContain(v);
    expect(s.errors).toEqual([]);
  });

  it('selects a criterion from the companion table and shows it in the details panel', async () => {
    await s.open('view=all&lang=zh');
    const panel = s.page.locator(PANEL);
    const table = panel.locator('table.data');
    // Hidden = visually hidden (sr-only, 1 px), still in the DOM for screen readers.
    const wrap = panel.locator('.exit-criteria-tablewrap');
    expect((await wrap.boundingBox())?.width ?? 0).toBeLessThan(2);
    expect(await table.locator('tbody tr').count()).toBe(4);
    await panel.getByRole('button', { name: '显示表格' }).click();
    expect((await wrap.boundingBox())?.width ?? 0).toBeGreaterThan(200);
    await table.locator('tr[data-entity="crit-county-omission"]').click();
    expect((await searchParams(s.page)).get('sel')).toBe('crit-county-omission');
    expect(await s.page.locator('[data-panel="details"] h3').textContent()).toBe('漏评率');
    expect(await emphasisIn(s.page, 'exit-criteria', 'crit-county-omission')).toBe('selected');
    expect(await emphasisIn(s.page, 'exit-criteria', 'exit-county')).toBe('related');
    expect(await emphasisIn(s.page, 'exit-criteria', 'crit-county-incidence')).toBe('dimmed');
    expect(await emphasisIn(s.page, 'exit-criteria', 'exit-household')).toBe('dimmed');
    // The same row again clears the selection.
    await table.locator('tr[data-entity="crit-county-omission"]').click();
    expect((await searchParams(s.page)).get('sel')).toBeNull();
  });

  it('selects a criterion by clicking its bar in the chart', async () => {
    await s.open('view=all&lang=zh');
    const p = await barPoint(s.page, '0.72%');
    await s.page.mouse.click(p.x, p.y);
    await s.page.waitForFunction(() => new URL(location.href).searchParams.get('sel') === 'crit-county-wrong-exit');
    expect(await s.page.locator('[data-panel="details"] h3').textContent()).toBe('错退率');
    expect(await emphasisIn(s.page, 'exit-criteria', 'crit-county-wrong-exit')).toBe('selected');
    const q = await barPoint(s.page, '98.96%');
    await s.page.mouse.click(q.x, q.y);
    await s.page.waitForFunction(() => new URL(location.href).searchParams.get('sel') === 'crit-county-approval');
    expect(await s.page.locator('[data-panel="details"] h3').textContent()).toBe('群众认可度');
  });

  it('a press that outlasts the hover preview still selects the bar (the chart waits for the release)', async () => {
    await s.open('view=all&lang=zh');
    for (const [value, id] of [
      ['0.75%', 'crit-county-omission'],
      ['1.27%', 'crit-county-incidence'],
    ] as const) {
      const p = await barPoint(s.page, value);
      // Pointer arrives and presses at once; the hover preview's chart update lands during the press.
      await s.page.mouse.move(p.x, p.y);
      await s.page.mouse.down();
      await s.page.waitForTimeout(250);
      await s.page.mouse.up();
      await s.page.waitForFunction((want) => new URL(location.href).searchParams.get('sel') === want, id, { timeout: 5000 });
      // Released, the chart shows the selection.
      await s.page.waitForFunction(
        (want) => document.querySelector(`[data-panel="exit-criteria"] [data-entity="${want}"]`)?.getAttribute('data-emphasis') === 'selected',
        id,
      );
    }
  });

  it('previews a bar on hover across the panel, and ends the preview on leaving', async () => {
    await s.open('view=all&lang=zh');
    const p = await barPoint(s.page, '0.75%');
    await s.page.mouse.move(p.x, p.y);
    await s.page.waitForFunction(
      () =>
        document
          .querySelector('[data-panel="exit-criteria"] .exit-criteria-level [data-entity="crit-county-omission"]')
          ?.getAttribute('data-emphasis') === 'selected',
    );
    expect(await emphasisIn(s.page, 'exit-criteria', 'crit-household-income')).toBe('dimmed');
    await s.page.mouse.move(2, 2);
    await s.page.waitForFunction(
      () => document.querySelector('[data-panel="exit-criteria"] [data-entity="crit-household-income"]')?.getAttribute('data-emphasis') === 'idle',
    );
    expect((await searchParams(s.page)).get('sel')).toBeNull();
  });

  it('selects with Enter on a focused row or card and clears with Escape', async () => {
    await s.open('view=all&lang=zh');
    const panel = s.page.locator(PANEL);
    await panel.getByRole('button', { name: '显示表格' }).focus();
    await s.page.keyboard.press('Enter');
    await panel.locator('tr[data-entity="crit-county-approval"]').focus();
    await s.page.keyboard.press('Enter');
    expect((await searchParams(s.page)).get('sel')).toBe('crit-county-approval');
    expect(await emphasisIn(s.page, 'exit-criteria', 'crit-county-approval')).toBe('selected');
    await s.page.keyboard.press('Escape');
    expect((await searchParams(s.page)).get('sel')).toBeNull();
    expect(await emphasisIn(s.page, 'exit-criteria', 'crit-county-approval')).toBe('idle');
    await panel.locator('.exit-criteria-level-name[data-entity="exit-household"]').focus();
    await s.page.keyboard.press(' ');
    expect((await searchParams(s.page)).get('sel')).toBe('exit-household');
    expect(await emphasisIn(s.page, 'exit-criteria', 'crit-household-income')).toBe('related');
    expect(await emphasisIn(s.page, 'exit-criteria', 'crit-county-incidence')).toBe('dimmed');
  });

  it('switches Chinese and English labels without reloading, chart included', async () => {
    await s.open('view=all&lang=zh');
    await s.page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const panel = s.page.locator(PANEL);
    await s.page.getByRole('radio', { name: 'English' }).click();
    await expect(panel.locator('h2').textContent()).resolves.toBe('Exit standards');
    await s.page.waitForFunction(() => document.querySelector('[data-panel="exit-criteria"] svg')?.textContent?.includes('Wrong-exit rate'));
    const text = await panel.innerText();
    expect(text).toContain('Household exit: “1+2+3”');
    expect(text).toContain('Unverified');
    expect(text).toContain('贫困户退出“1+2+3”'); // the printed label stays visible beside the translation
    expect(await panel.locator('svg').first().textContent()).toContain('Standard ≥ 90%');
    expect(await panel.locator('table.data th').first().textContent()).toBe('Criterion');
    expect(await s.page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(s.errors).toEqual([]);
  });

  it('fits a phone: no horizontal overflow from the panel, levels stacked', async () => {
    await s.open('view=all&lang=en', { width: 390, height: 844 });
    const overflow = await s.page.evaluate(() => {
      const panel = document.querySelector('[data-panel="exit-criteria"]') as HTMLElement;
      const r = panel.getBoundingClientRect();
      const outside = [...panel.querySelectorAll('*')].filter((el) => {
        if (el.closest('.sr-only, svg')) return false;
        const b = el.getBoundingClientRect();
        return b.width > 0 && (b.right > r.right + 1 || b.left < r.left - 1);
      });
      return { right: r.right, vw: window.innerWidth, outside: outside.length };
    });
    expect(overflow.right).toBeLessThanOrEqual(overflow.vw);
    expect(overflow.outside).toBe(0);
    const lefts = await s.page.$$eval('[data-panel="exit-criteria"] .exit-criteria-level', (els) =>
      els.map((e) => Math.round(e.getBoundingClientRect().left)),
    );
    expect(new Set(lefts).size).toBe(1);
    await s.page.setViewportSize({ width: 1280, height: 900 });
  });

  it.each(['zh', 'en'])('stacks its table into labelled rows at 390 px in %s, long source addresses wrapped, the source visible', async (lang) => {
    await s.open(`view=all&lang=${lang}&table=exit-criteria`, { width: 390, height: 844 });
    const P = '[data-panel="exit-criteria"]';
    const report = await phoneTableReport(s.page, `${P} .exit-criteria-table`, `${P} tbody tr .exit-criteria-table-sources`);
    expect(report.narrow).toEqual([]);
    expect(report.overflows).toBe(false);
    expect(report.pageOverflow).toBeLessThanOrEqual(0);
    expect(report.sourceVisible).toBe(true);
    expect(report.firstRowLabels.at(-1)).toBe(lang === 'en' ? '"Sources"' : '"来源"');
    await s.page.setViewportSize({ width: 1280, height: 900 });
  });

  it('keeps every column of its table at least four characters wide beside the sources on a wide screen', async () => {
    // 1920 px: the half-width panel is wide enough for the table form; a source's address must not squeeze the other columns.
    await s.open('view=all&lang=zh&table=exit-criteria', { width: 1920, height: 900 });
    const P = '[data-panel="exit-criteria"]';
    expect(
      await s.page
        .locator(`${P} .exit-criteria-table tbody td`)
        .first()
        .evaluate((td) => getComputedStyle(td).display),
    ).toBe('table-cell');
    const report = await phoneTableReport(s.page, `${P} .exit-criteria-table`, `${P} tbody tr .exit-criteria-table-sources`);
    expect(report.narrow).toEqual([]);
    expect(report.sourceVisible).toBe(true);
    await s.page.setViewportSize({ width: 1280, height: 900 });
  });
});
