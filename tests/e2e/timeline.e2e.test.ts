// The timeline in Chromium: events select by click and key and reach what they concern (here
// and in the details list), the baseline's disagreeing figures each keep their source, the
// exit's three dates, the county fact box, the URL, the language, a phone, axe.
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emphasisIn, searchParams, startSession, type Session, waitReady } from './browser';

const P = '[data-panel="timeline"]';
let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

describe('timeline panel in Chromium', () => {
  it('clicking the end-2016 event shows the incidence criterion it concerns as related', async () => {
    await s.open('view=all&lang=zh');
    await s.page.locator(`${P} svg [data-entity="ev-2016-incidence"]`).click();
    expect((await searchParams(s.page)).get('sel')).toBe('ev-2016-incidence');
    expect(await emphasisIn(s.page, 'timeline', 'ev-2016-incidence')).toBe('selected');
    expect(await emphasisIn(s.page, 'timeline', 'crit-county-incidence')).toBe('related');
    expect(await emphasisIn(s.page, 'details', 'crit-county-incidence')).toBe('related');
    expect(await emphasisIn(s.page, 'timeline', 'ev-1962-jiao-yulu')).toBe('dimmed');
    await s.page.reload();
    // Full panels mount when scrolled near: scroll like a reader until every one has drawn.
    await waitReady(s.page);
    expect(await emphasisIn(s.page, 'timeline', 'ev-2016-incidence')).toBe('selected');
    expect(await s.page.locator('[data-panel="details"] h3').textContent()).toBe('贫困发生率降至1.27%');
    expect(s.errors).toEqual([]);
  });

  it('selects with Enter and Space, Escape clears; the county box links to its events', async () => {
    await s.open('view=all&lang=zh');
    await s.page.locator(`${P} svg [data-entity="ev-2017-02-27-approved"]`).focus();
    await s.page.keyboard.press('Enter');
    expect((await searchParams(s.page)).get('sel')).toBe('ev-2017-02-27-approved');
    expect(await emphasisIn(s.page, 'timeline', 'lankao-exit')).toBe('related');
    // The assessment's approval figure has no period, so the timeline no longer shows it; the link remains.
    expect(await emphasisIn(s.page, 'exit-criteria', 'crit-county-approval')).toBe('related');
    await s.page.keyboard.press('Escape');
    expect((await searchParams(s.page)).get('sel')).toBeNull();
    expect(await emphasisIn(s.page, 'timeline', 'lankao-exit')).toBe('idle');
    await s.page.locator(`${P} .tl-county [data-entity="lankao-county"]`).focus();
    await s.page.keyboard.press(' ');
    expect((await searchParams(s.page)).get('sel')).toBe('lankao-county');
    expect(await emphasisIn(s.page, 'timeline', 'ev-1962-jiao-yulu')).toBe('related');
    expect(await emphasisIn(s.page, 'timeline', 'ev-2014-baseline')).toBe('related');
    expect(await emphasisIn(s.page, 'timeline', 'ev-2016-incidence')).toBe('dimmed');
    expect(s.errors).toEqual([]);
  });

  it('shows every baseline figure with its source, the disagreement, and each exit date with its sources', async () => {
    await s.open('view=all&lang=zh');
    const base = s.page.locator(`${P} .tl-card`, { has: s.page.locator('[data-entity="ev-2014-baseline"]') });
    const text = await base.innerText();
    for (const v of ['7.21 万人', '7.9 万人', '7.735 万人', '10.2%', '11.8%', '115 个']) expect(text).toContain(v);
    expect(await base.locator('.tl-disagree-badge').count()).toBe(2);
    expect(await base.locator('.tl-value').count()).toBe(6);
    for (const v of await base.locator('.tl-value').all()) expect(await v.locator('.sources li').count()).toBeGreaterThan(0);
    const exit = s.page.locator(`${P} .tl-exit`);
    const exitText = await exit.innerText();
    for (const d of ['2017年2月24日', '2017年2月27日', '2017年3月27日', '书中日期']) expect(exitText).toContain(d);
    // The assessment's figures give no period: they are not pinned to an exit date.
    expect(exitText).not.toContain('98.96%');
    expect(await exit.locator('.tl-exit-dates > li').count()).toBe(3);
    const all = await s.page.locator(P).innerText();
    for (const v of ['9.33 亿元', '1.27%', '1,116 平方千米', '450 个', '16 个']) expect(all).toContain(v);
    // External facts carry †.
    expect(await s.page.locator(`${P} svg [data-entity="ev-2017-03-27-announced"]`).getAttribute('aria-label')).toContain('†');
  });

  it('switches language without reloading', async () => {
    await s.open('view=all&lang=zh');
    const ev = s.page.locator(`${P} svg [data-entity="ev-1962-jiao-yulu"]`);
    // ※: the label is our summary of the preface's sentence (a reconstructed reading).
    expect(await ev.locator('text').textContent()).toBe('焦裕禄到兰考 ※');
    await s.page.getByRole('radio', { name: 'English' }).click();
    expect(await ev.locator('text').textContent()).toBe('Jiao Yulu comes to Lankao ※');
    expect(await s.page.locator(`${P} .tl-exit`).innerText()).toContain('27 Feb 2017');
    expect(s.errors).toEqual([]);
  });

  it('fits a phone without overflowing the panel, labels inside the drawing', async () => {
    await s.open('view=all&lang=en', { width: 390, height: 844 });
    const panel = await s.page.locator(P).evaluate((e) => ({ sw: e.scrollWidth, cw: e.clientWidth, right: e.getBoundingClientRect().right }));
    expect(panel.sw).toBeLessThanOrEqual(panel.cw);
    expect(panel.right).toBeLessThanOrEqual(390);
    const svg = (await s.page.locator(`${P} svg`).boundingBox())!;
    const texts = await s.page.$$eval(`${P} svg text`, (els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.right]));
    for (const [l, r] of texts) {
      expect(l).toBeGreaterThanOrEqual(svg.x - 1);
      expect(r).toBeLessThanOrEqual(svg.x + svg.width + 1);
    }
    await s.page.setViewportSize({ width: 1280, height: 900 });
  });

  it('has no axe violations, with and without a selection', async () => {
    for (const q of ['view=all&lang=zh', 'view=all&lang=en&sel=ev-2014-baseline']) {
      await s.open(q);
      const r = await new AxeBuilder({ page: s.page }).include(P).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(r.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    }
  }, 180_000);
});
