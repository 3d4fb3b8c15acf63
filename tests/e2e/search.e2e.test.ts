// The header's search box in Chromium: every kind of query, the keyboard (combobox pattern),
// choosing a result (selects, reveals in its panel, unfolds the map, URL), and "/".
import { AxeBuilder } from '@axe-core/playwright';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emphasisIn, searchParams, startSession, type Session } from './browser';
import { panelName, panelOf } from '../../src/features/search/panelOf';
import { realGraph } from '../helpers/data';

const INPUT = 'header input[role="combobox"]';
let s: Session;

beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

/** Types a query into the box and returns the results' entity ids, best first. */
async function query(text: string): Promise<string[]> {
  const box = s.page.locator(INPUT);
  await box.fill('');
  await box.focus();
  await s.page.keyboard.type(text);
  await s.page.waitForSelector('[role="listbox"] [role="option"]');
  return s.page.$$eval('[role="listbox"] [role="option"]', (els) => els.map((e) => e.getAttribute('data-result')!));
}

const drawnOnMap = (id: string) => s.page.evaluate((e) => !!document.querySelector(`[data-panel="campaign-map"] svg [data-entity="${e}"]`), id);

describe('search', () => {
  it('finds by Chinese, English, pinyin with and without tones, and initials', async () => {
    await s.open('view=all&lang=zh');
    const scripts: string[] = [];
    const onRequest = (r: Request) => void (r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    s.page.on('request', onRequest);
    expect((await query('兜底户'))[0]).toBe('status-safety-net');
    expect((await query('rain and dew'))[0]).toBe('policy-rain-dew');
    expect((await query('yǔlù jìhuà'))[0]).toBe('policy-rain-dew');
    expect((await query('yulu jihua'))[0]).toBe('policy-rain-dew');
    expect((await query('cxjrfp'))[0]).toBe('cm-reform-models-finance');
    // A source's own words, shown with the result.
    expect((await query('视察指导'))[0]).toBe('ev-2014-03-visit');
    expect(await s.page.locator('[role="option"][data-result="ev-2014-03-visit"]').textContent()).toContain('视察指导');
    // The built-in labels' pinyin was made at build time: the search chunk (the results with the engine) came, pinyin-pro did not.
    expect(scripts.some((p) => /\/SearchResults-[\w-]+\.js$/.test(p))).toBe(true);
    expect(scripts.filter((p) => /\/pinyin-[\w-]+\.js$/.test(p))).toEqual([]);
    s.page.off('request', onRequest);
    expect(s.errors).toEqual([]);
  });

  it('each result says what it is and which panel it is in', async () => {
    await s.open('view=all&lang=en');
    await query('四面红旗村');
    const text = await s.page.locator('[role="option"]').first().textContent();
    expect(text).toContain('Select and commend the “four red flags” villages');
    expect(text).toContain('Map of the fight against poverty');
  });

  it('choosing a folded mind-map node by keyboard unfolds the map, selects it, shows it and puts it in the URL', async () => {
    await s.open('view=all&lang=zh');
    expect(await drawnOnMap('cm-party-teams-coverage')).toBe(false);
    await query('三联三全覆盖');
    const box = s.page.locator(INPUT);
    await s.page.keyboard.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(active).not.toBeNull();
    expect(await s.page.getAttribute(`[id="${active}"]`, 'aria-selected')).toBe('true');
    expect(await s.page.getAttribute(`[id="${active}"]`, 'data-result')).toBe('cm-party-teams-coverage');
    await s.page.keyboard.press('Enter');
    await s.page.waitForFunction(() => document.activeElement?.getAttribute('data-entity') === 'cm-party-teams-coverage');
    expect(await drawnOnMap('cm-party-teams-coverage')).toBe(true);
    expect(await emphasisIn(s.page, 'campaign-map', 'cm-party-teams-coverage')).toBe('selected');
    expect((await searchParams(s.page)).get('sel')).toBe('cm-party-teams-coverage');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    const inViewport = await s.page.evaluate(() => {
      const r = document.activeElement!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inViewport).toBe(true);
  });

  it('Escape closes the list and keeps the selection; a second Escape empties the box', async () => {
    await s.open('view=all&sel=fund-social&lang=zh');
    await query('精准');
    const box = s.page.locator(INPUT);
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    await s.page.keyboard.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await box.inputValue()).toBe('精准');
    expect((await searchParams(s.page)).get('sel')).toBe('fund-social');
    await s.page.keyboard.press('Escape');
    expect(await box.inputValue()).toBe('');
    expect((await searchParams(s.page)).get('sel')).toBe('fund-social');
  });

  it('"/" focuses the box, except while typing in a field', async () => {
    await s.open('view=all&lang=en');
    await s.page.locator('[data-panel="leadership"] [data-entity]').first().focus();
    await s.page.keyboard.press('/');
    expect(await s.page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await s.page.keyboard.type('a/b');
    expect(await s.page.locator(INPUT).inputValue()).toBe('a/b');
  });

  it('while presenting, the caret keys edit the query instead of paging the presentation', async () => {
    await s.open('view=all&step=2&lang=en');
    await query('toilet');
    for (const key of ['ArrowLeft', 'Home', 'ArrowRight', 'End']) await s.page.keyboard.press(key);
    expect((await searchParams(s.page)).get('step')).toBe('2');
    await s.page.keyboard.press('Home');
    await s.page.keyboard.type('x');
    expect(await s.page.locator(INPUT).inputValue()).toBe('xtoilet');
  });

  it('switches to the panel of the result when the current view does not show it', async () => {
    await s.open('view=all&view=funding&lang=zh');
    expect(await s.page.locator('[data-panel="campaign-map"]').count()).toBe(0);
    await query('四面红旗村');
    await s.page.keyboard.press('Enter');
    await s.page.waitForFunction(() => document.activeElement?.getAttribute('data-entity') === 'cm-party-incentives-red-flags');
    expect((await searchParams(s.page)).get('view')).toBe('campaign-map');
    expect((await searchParams(s.page)).get('sel')).toBe('cm-party-incentives-red-flags');
  });

  it('has no axe violations with the results open, and with the map outline open', async () => {
    await s.open('view=all&lang=zh', { width: 390, height: 844 });
    await query('fupin');
    await s.page.keyboard.press('ArrowDown');
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    const header = await new AxeBuilder({ page: s.page }).include('header').withTags(tags).analyze();
    expect(header.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    await s.page.keyboard.press('Escape');
    await s.page.locator('[data-panel="campaign-map"] details.campaign-map-outline summary').click();
    const map = await new AxeBuilder({ page: s.page }).include('[data-panel="campaign-map"]').withTags(tags).analyze();
    expect(map.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });

  it("every entity's home panel (where search reveals it) draws it", async () => {
    const graph = realGraph();
    await s.open('view=all&lang=zh');
    await s.page.locator('[data-panel="campaign-map"] [data-action="open-all"]').click();
    const pairs = graph.model.entityList.map((e) => [e.id, panelOf(graph.model, e.id)] as const);
    const missing = await s.page.evaluate(
      (list) => list.filter(([id, panel]) => !document.querySelector(`[data-panel="${panel}"] [data-entity="${id}"]`)),
      pairs,
    );
    expect(missing).toEqual([]);
    // Results name a panel by the heading the reader sees there.
    for (const panel of new Set(pairs.map(([, p]) => p))) {
      expect(await s.page.locator(`[data-panel="${panel}"] h2`).first().textContent()).toBe(panelName(panel).zh);
    }
  });
});
