// Two pictures side by side with one selection: Lankao and the example county (a fixture, not
// real). Selecting 专项扶贫资金 on one side lights its counterpart on the other; the summary
// compares funding, the exit figures and what only one side has; the URL holds it; 390 px stacks.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeExampleCounty } from '../fixtures/example-county/example';
import { DATA_DIR } from '../helpers/data';
import { searchParams, startSession, waitReady, type Session } from './browser';
import { openDataMenu, pickThroughMenu, userBanner } from './datasets';

let s: Session;
let tmp: string;
let exampleId: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lankao-compare-'));
  const dir = path.join(tmp, '示例县 example');
  writeExampleCounty(DATA_DIR, dir);
  s = await startSession();
  await s.open();
  await pickThroughMenu(s.page, 'folder', dir);
  await userBanner(s.page).waitFor();
  exampleId = (await searchParams(s.page)).get('ds')!;
});

afterAll(async () => {
  await s?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const half = (side: 'a' | 'b') => s.page.locator(`.compare-half[data-side="${side}"]`);
const emphasis = (side: 'a' | 'b', panel: string, id: string) =>
  half(side).locator(`[data-panel="${panel}"] [data-entity="${id}"]`).first().getAttribute('data-emphasis');

async function openCompare(viewport: { width: number; height: number }) {
  await s.open(`ds=lankao&vs=${exampleId}`, viewport);
  await s.page.locator('[data-compare]').waitFor();
  await waitReady(s.page);
}

describe('comparing two pictures', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`one selection across both halves, matched by id and kind, at ${viewport.width} px`, async () => {
      await openCompare(viewport);
      const boxA = await half('a').boundingBox();
      const boxB = await half('b').boundingBox();
      if (viewport.width === 1280)
        expect(boxB!.x).toBeGreaterThan(boxA!.x + boxA!.width - 1); // side by side
      else expect(boxB!.y).toBeGreaterThan(boxA!.y + boxA!.height - 1); // stacked
      // The summary's tables stack into labelled rows on a phone: nothing scrolls sideways.
      const sideways = await s.page.$$eval('.compare-table-wrap', (els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).length);
      expect(sideways).toBe(0);
      const item = half('a').locator('[data-panel="funding"] [data-entity="fund-special"]').first();
      await item.scrollIntoViewIfNeeded();
      await item.click();
      expect(await emphasis('a', 'funding', 'fund-special')).toBe('selected');
      expect(await emphasis('b', 'funding', 'fund-special')).toBe('selected');
      expect(await emphasis('b', 'funding', 'fund-social')).toBe('dimmed');
      expect(await half('b').locator('[data-panel="details"] h3').first().textContent()).toBe('示例·专项扶贫资金');
      expect(await half('a').locator('[data-panel="details"] h3').first().textContent()).toBe('专项扶贫资金');
      expect((await searchParams(s.page)).get('sel')).toBe('fund-special');
      // From the other side back: a criterion selected in B lights in A.
      const crit = half('b').locator('[data-panel="exit-criteria"] [data-entity="crit-county-omission"]').first();
      await crit.scrollIntoViewIfNeeded();
      await crit.click();
      expect(await emphasis('a', 'exit-criteria', 'crit-county-omission')).toBe('selected');
      await s.page.keyboard.press('Escape');
      expect(await emphasis('a', 'exit-criteria', 'crit-county-omission')).toBe('idle');
      expect(await emphasis('b', 'funding', 'fund-special')).toBe('idle');
      expect(s.errors).toEqual([]);
    });
  }

  it('compares funding, the exit figures against the thresholds, and what only one side has', async () => {
    await openCompare({ width: 1280, height: 800 });
    const row = async (id: string) => s.page.locator(`.compare-summary tr[data-row="${id}"] td`).allInnerTexts();
    expect(await row('fund-total')).toEqual(['9.33', '100.0%', '1,589', '4.00', '100.0%', '2,000']);
    expect(await row('fund-special')).toEqual(['4.15', '44.5%', '707', '2.10', '52.5%', '1,050']);
    const omission = await row('crit-county-omission');
    expect(omission[0]).toMatch(/^0\.75% \(< 2%\) 达标$/);
    expect(omission[1]).toMatch(/^2\.4% \(< 2%\) 未达标$/);
    const onlyA = s.page.locator('[data-diff="policies"] [data-only="a"] li');
    expect(await onlyA.count()).toBe(1);
    expect(await s.page.locator('[data-diff="policies"] [data-only="b"] li').count()).toBe(0);
    expect(await s.page.locator('[data-diff="responsibilities"] [data-only="a"] li').count()).toBe(1);
    // A name in the summary selects in both halves; an entity only A has leaves B idle, with a note.
    const policy = await onlyA.locator('[data-compare-entity]').getAttribute('data-compare-entity');
    await onlyA.locator('button').click();
    expect((await searchParams(s.page)).get('sel')).toBe(policy);
    expect(await emphasis('a', 'policies', policy!)).toBe('selected');
    expect(await half('b').locator('.compare-missing').isVisible()).toBe(true);
    expect(await half('b').locator('[data-panel="policies"] [data-emphasis="dimmed"]').count()).toBe(0);
  });

  it('the URL holds the comparison: a reload restores both pictures and the selection; Back to Lankao ends it', async () => {
    await s.open(`ds=lankao&vs=${exampleId}&sel=fund-sector`, { width: 1280, height: 800 });
    await s.page.locator('[data-compare]').waitFor();
    await waitReady(s.page);
    expect(await emphasis('b', 'funding', 'fund-sector')).toBe('selected');
    expect(await (await openDataMenu(s.page)).locator('[data-compare-select]').inputValue()).toBe(exampleId);
    await s.page.keyboard.press('Escape');
    await s.page.getByRole('button', { name: '返回兰考' }).click();
    await waitReady(s.page);
    expect(await s.page.locator('[data-compare]').count()).toBe(0);
    expect((await searchParams(s.page)).get('vs')).toBeNull();
    expect(await s.page.locator('h1').innerText()).toBe('一张图看懂兰考脱贫');
  });

  it("starts from the header's data dialog: Compare with… a kept dataset", async () => {
    await s.open('', { width: 1280, height: 800 });
    await openDataMenu(s.page);
    await s.page.locator(`[data-compare-select] option[value="${exampleId}"]`).waitFor({ state: 'attached' });
    await s.page.locator('[data-compare-select]').selectOption(exampleId);
    await s.page.locator('[data-compare]').waitFor();
    expect((await searchParams(s.page)).get('vs')).toBe(exampleId);
    expect((await searchParams(s.page)).get('ds')).toBe('lankao');
  });
});
