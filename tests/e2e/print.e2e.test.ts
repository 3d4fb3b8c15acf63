// The printed handout: the overview prints as the poster on page 1 of an A4 landscape sheet (A3
// too), every part whole; page 2 holds the funding table and the sources; two pages in all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from './browser';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

/** The number of pages in a PDF Chromium wrote (its page tree's /Count). */
function pageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const counts = [...text.matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1]));
  return Math.max(...counts);
}

// A4 landscape at 96 px per inch, less the 8 mm page margins of the print stylesheet.
const A4 = { width: Math.floor(((297 - 16) / 25.4) * 96), height: Math.floor(((210 - 16) / 25.4) * 96) };
const A3 = { width: Math.floor(((420 - 16) / 25.4) * 96), height: Math.floor(((297 - 16) / 25.4) * 96) };

describe('printing the overview', () => {
  it.each(['zh', 'en'])('gives two A4 landscape pages in %s', async (lang) => {
    await s.open(`lang=${lang}`, { width: 1280, height: 720 });
    const pdf = await s.page.pdf({ format: 'A4', landscape: true, printBackground: true });
    expect(pageCount(pdf)).toBe(2);
    const a3 = await s.page.pdf({ format: 'A3', landscape: true, printBackground: true });
    expect(pageCount(a3)).toBe(2);
  });

  it.each([
    ['zh', 'A4', A4],
    ['en', 'A4', A4],
    ['zh', 'A3', A3],
  ] as const)('lays the whole poster on page 1 with no part cut (%s, %s)', async (lang, _paper, page) => {
    await s.open(`lang=${lang}`, page);
    // The print line's date is written once the print sheet has hydrated (its own chunk, after the picture's).
    await s.page.waitForFunction(() => /\d{4}-\d{2}-\d{2}/.test(document.querySelector('.print-line')?.textContent ?? ''));
    await s.page.emulateMedia({ media: 'print' });
    const layout = await s.page.evaluate(() => {
      const parts = [...document.querySelectorAll<HTMLElement>('[data-panel="overview"] [data-part]')].map((p) => {
        const r = p.getBoundingClientRect();
        return { name: p.dataset.part!, top: r.top, bottom: r.bottom, left: r.left, right: r.right, cut: p.scrollHeight > p.clientHeight + 1 };
      });
      const line = document.querySelector('.print-line')!.getBoundingClientRect();
      const appendix = document.querySelector('.print-appendix')!;
      return {
        parts,
        line: { top: line.top, bottom: line.bottom, text: document.querySelector('.print-line')!.textContent },
        appendixText: appendix.textContent,
        hiddenControls: [...document.querySelectorAll('.ov-open, .header-controls, .app-header .search, [data-panel="details"]')].every(
          (e) => e.getBoundingClientRect().height === 0,
        ),
      };
    });
    await s.page.emulateMedia({ media: 'screen' });
    expect(layout.parts).toHaveLength(8);
    for (const p of layout.parts) {
      expect(p.top, p.name).toBeGreaterThanOrEqual(0);
      expect(p.bottom, p.name).toBeLessThanOrEqual(page.height);
      expect(p.right, p.name).toBeLessThanOrEqual(page.width);
      expect(p.cut, `${p.name} is cut`).toBe(false);
    }
    // Title, date, source and language under the poster, still on page 1.
    expect(layout.line.bottom).toBeLessThanOrEqual(page.height);
    expect(layout.line.text).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(layout.line.text).toContain('中国脱贫攻坚·兰考故事');
    expect(layout.line.text).toContain(lang === 'zh' ? '中文' : 'English');
    expect(layout.appendixText).toContain(lang === 'zh' ? '4.15 亿元' : '415 million yuan');
    expect(layout.appendixText).toContain('http');
    expect(layout.hiddenControls).toBe(true);
  });
});
