// Zero axe-core violations (WCAG 2.2 A/AA tags) on the whole dashboard, with and without a
// selection, in Chinese and English, at phone and laptop widths.
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from './browser';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

async function violations() {
  const result = await new AxeBuilder({ page: s.page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × e.g. ${v.nodes[0]?.target.join(' ')}`);
}

describe('accessibility (axe-core, WCAG 2.2 A/AA)', () => {
  it.each([
    ['lang=zh', 1280],
    ['view=all&lang=zh&sel=fund-special', 1280],
    ['lang=en&sel=cm-reform-models-finance', 1280],
    ['lang=en', 390],
    ['lang=zh&sel=status-safety-net', 390],
  ])('has no violations with %s at %i px', async (query, width) => {
    await s.open(query, { width, height: 900 });
    expect(await violations()).toEqual([]);
  });
});
