// Latin punctuation in the drawn panels (issue 22, item 5): in English the curly quotes and
// apostrophes of SVG labels are set in a Latin face, narrow ("People’s", not "People’ s"); in Chinese
// they stay full-width, as the CJK font draws them. shared/textMetrics.ts measures them the same way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from './browser';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

/** Each curly quote's advance in the panel's SVG labels, in em of its font size, with its text. */
async function quoteWidths(view: string): Promise<{ em: number; text: string }[]> {
  await s.page.waitForSelector(`[data-panel="${view}"][data-ready="true"]`);
  return s.page.evaluate(
    (v) =>
      [...document.querySelectorAll<SVGTextContentElement>(`[data-panel="${v}"] svg :is(text, tspan)`)]
        .filter((t) => !t.querySelector('tspan'))
        .flatMap((t) => {
          const text = t.textContent ?? '';
          const size = parseFloat(getComputedStyle(t).fontSize);
          return [...text.matchAll(/[‘’“”]/g)].map((m) => ({ em: t.getSubStringLength(m.index, 1) / size, text }));
        }),
    view,
  );
}

describe('curly quotes in the drawn panels', () => {
  for (const view of ['leadership', 'campaign-map', 'four-focuses', 'timeline']) {
    it(`are Latin (narrow) in English: ${view}`, async () => {
      await s.open(`lang=en&view=${view}`, { width: 1280, height: 900 });
      const widths = await quoteWidths(view);
      expect(widths.length, 'the panel draws a label with a curly quote').toBeGreaterThan(0);
      for (const w of widths) expect(w.em, w.text).toBeLessThan(0.5);
      expect(s.errors).toEqual([]);
    });
  }

  it('stay full-width among Chinese', async () => {
    await s.open('lang=zh&view=campaign-map', { width: 1280, height: 900 });
    const widths = await quoteWidths('campaign-map');
    expect(widths.length).toBeGreaterThan(0);
    for (const w of widths) expect(w.em, w.text).toBeGreaterThan(0.9);
  });
});
