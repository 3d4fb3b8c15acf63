import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchParams, startSession, type Session } from './browser';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

describe('app shell in Chromium', () => {
  it('loads with every panel ready and no console error', async () => {
    await s.open('view=all');
    const panels = await s.page.$$eval('[data-panel]', (els) => els.map((e) => e.getAttribute('data-panel')));
    expect(panels).toEqual(expect.arrayContaining(['leadership', 'precision', 'exit-criteria', 'funding', 'details']));
    expect(s.errors).toEqual([]);
  });

  it('shows the title and headline figures in Chinese, then English, without reloading', async () => {
    await s.open('view=all&lang=zh');
    await expect(s.page.locator('h1').textContent()).resolves.toBe('一张图看懂兰考脱贫');
    const zh = await s.page.locator('.headline').innerText();
    expect(zh).toContain('1.27%');
    expect(zh).toContain('98.96%');
    expect(zh).toContain('9.33 亿元');
    expect(zh).toContain('2017年2月27日');
    await s.page.getByRole('radio', { name: 'English' }).click();
    await expect(s.page.locator('h1').textContent()).resolves.toMatch(/Lankao/);
    const en = await s.page.locator('.headline').innerText();
    expect(en).toContain('933 million yuan');
    expect(en).toContain('587,000 person-times');
    expect(en).toContain('27 Feb 2017');
    expect((await searchParams(s.page)).get('lang')).toBe('en');
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('shows a headline figure’s sources on keyboard focus', async () => {
    await s.open('view=all&lang=zh');
    const fig = s.page.locator('.headline [data-entity="crit-county-approval"]');
    await fig.focus();
    const tip = s.page.locator('.headline .figure-item', { has: s.page.locator('[data-entity="crit-county-approval"]') }).locator('[role="tooltip"]');
    await expect(tip.isVisible()).resolves.toBe(true);
    expect(await tip.innerText()).toContain('群众认可度98.96%');
  });

  it('round-trips the selection and language through the URL', async () => {
    await s.open('view=all&sel=fund-special&lang=en');
    // English first in English mode (issue 13); the Chinese original follows the heading.
    expect(await s.page.locator('[data-panel="details"] h3').textContent()).toBe('Special poverty-alleviation funds');
    expect(await s.page.locator('[data-panel="details"] .details-other').textContent()).toBe('专项扶贫资金');
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('en');
    await s.page.keyboard.press('Escape');
    expect((await searchParams(s.page)).get('sel')).toBeNull();
    expect((await searchParams(s.page)).get('lang')).toBe('en');
    const fig = s.page.locator('.headline [data-entity="fund-total"]').first();
    await fig.focus();
    await s.page.keyboard.press('Enter');
    expect((await searchParams(s.page)).get('sel')).toBe('fund-total');
    await s.page.reload();
    expect(await s.page.locator('[data-panel="details"] h3').textContent()).toBe('Poverty-alleviation funding');
  });

  it('drops an unknown or hostile selection from the URL and still renders', async () => {
    // No remembered language choice: a bad ?lang= falls back to the browser's language (zh-CN here).
    await s.page.evaluate(() => localStorage.clear());
    await s.open('view=all&sel=__proto__&lang=xx&view=%E0%A4%A');
    expect((await searchParams(s.page)).get('sel')).toBeNull();
    expect((await searchParams(s.page)).get('lang')).toBeNull();
    // Nothing selected: the details column shows the introduction (issue 22).
    expect(await s.page.locator('[data-panel="details"] .intro').count()).toBe(1);
    expect(s.errors).toEqual([]);
  });
});
