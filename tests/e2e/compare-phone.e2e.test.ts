// The comparison on a phone: at 390 px, in Chinese and in English, every figure's label stacks above
// its value and no text overprints another. Measured on the text boxes themselves: each text node's
// line boxes (Range.getClientRects) and each stacked cell's label (a ::before: its used box, as wide as
// its text where it may not wrap) may not overlap any other's.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { writeExampleCounty } from '../fixtures/example-county/example';
import { DATA_DIR } from '../helpers/data';
import { searchParams, startSession, waitReady, type Session } from './browser';
import { pickThroughMenu, userBanner } from './datasets';

let s: Session;
let tmp: string;
let exampleId: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lankao-compare-phone-'));
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

interface Overlap {
  a: string;
  b: string;
  area: number;
}

/** Every pair of text boxes in `root` that overlap by more than a sliver, with their texts. */
async function overlaps(page: Page, root: string): Promise<{ boxes: number; overlaps: Overlap[] }> {
  return page.evaluate((sel) => {
    const scope = document.querySelector(sel)!;
    const boxes: { text: string; node: number; r: { left: number; right: number; top: number; bottom: number } }[] = [];
    // The stacked cells' labels are ::before boxes, which no Range reaches: their box from the cell's content
    // edge and the pseudo-element's used size, as wide as its text where it may not wrap (then it runs over its box).
    const ctx = document.createElement('canvas').getContext('2d')!;
    let n = 0;
    for (const cell of scope.querySelectorAll<HTMLElement>('td[data-label]')) {
      const before = getComputedStyle(cell, '::before');
      if (before.content === 'none' || before.display === 'none') continue;
      const td = cell.getBoundingClientRect();
      const cs = getComputedStyle(cell);
      ctx.font = before.font;
      const text = cell.dataset.label ?? '';
      const width = before.whiteSpace === 'nowrap' ? Math.max(parseFloat(before.width), ctx.measureText(text).width) : parseFloat(before.width);
      const left = td.left + parseFloat(cs.paddingLeft) + parseFloat(cs.borderLeftWidth);
      const top = td.top + parseFloat(cs.paddingTop) + parseFloat(cs.borderTopWidth);
      n++;
      boxes.push({ text: `::before ${text}`, node: n, r: { left, right: left + width, top, bottom: top + parseFloat(before.height) } });
    }
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (!t.textContent?.trim()) continue;
      const el = t.parentElement!;
      if (el.closest('.sr-only, [hidden], thead') || getComputedStyle(el).visibility === 'hidden') continue;
      const range = document.createRange();
      range.selectNodeContents(t);
      n++;
      for (const r of range.getClientRects())
        if (r.width > 0.5 && r.height > 0.5) boxes.push({ text: t.textContent.trim().slice(0, 40), node: n, r });
    }
    const found: { a: string; b: string; area: number }[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.node === b.node) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        // Line boxes of neighbouring lines may touch by a pixel; text drawn over text overlaps by much more.
        if (w > 2 && h > 3) found.push({ a: a.text, b: b.text, area: Math.round(w * h) });
      }
    return { boxes: boxes.length, overlaps: found };
  }, root);
}

describe('the comparison at 390 px', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`stacks each label above its value and overprints nothing, in ${lang === 'zh' ? 'Chinese' : 'English'}`, async () => {
      await s.open(`ds=lankao&vs=${exampleId}&lang=${lang}`, { width: 390, height: 844 });
      await s.page.locator('[data-compare]').waitFor();
      await waitReady(s.page);
      // Label above value: the value starts below the label's top, at the same left edge.
      const cell = s.page.locator('.compare-summary tr[data-row="fund-total"] td').first();
      const [label, value] = await cell.evaluate((td) => {
        const before = getComputedStyle(td, '::before');
        const range = document.createRange();
        range.selectNodeContents(td.lastChild!);
        const v = range.getBoundingClientRect();
        return [parseFloat(before.height) || 0, v.top - td.getBoundingClientRect().top] as const;
      });
      expect(value).toBeGreaterThanOrEqual(label - 1);
      const sideways = await s.page.$$eval('.compare-table-wrap', (els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).length);
      expect(sideways).toBe(0);
      const { boxes, overlaps: found } = await overlaps(s.page, '.compare-summary');
      expect(boxes).toBeGreaterThan(60);
      expect(found).toEqual([]);
      const titles = await overlaps(s.page, '.compare-halves');
      expect(titles.overlaps.filter((o) => o.area > 20)).toEqual([]);
      expect(s.errors).toEqual([]);
    });
  }
});
