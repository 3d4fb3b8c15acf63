// Everyday queries (issue 22): the fixture's queries, scored by the search chunk's searcher over the
// real data; the browser test (tests/e2e/search-everyday.e2e.test.ts) types the same ones into the page.
import { describe, expect, it } from 'vitest';
import fixture from '../../fixtures/search-queries.json';
import { createSearcher } from '../../../src/features/search/engine';
import { realGraph } from '../../helpers/data';

const model = realGraph().model;

describe('everyday queries', () => {
  it('has at least 40, in Chinese, English and pinyin, each naming an item the data holds', () => {
    expect(fixture.queries.length).toBeGreaterThanOrEqual(40);
    for (const lang of ['zh', 'en', 'pinyin']) expect(fixture.queries.filter((q) => q.lang === lang).length, lang).toBeGreaterThanOrEqual(10);
    for (const q of fixture.queries) expect(model.entities.has(q.expect), q.expect).toBe(true);
  });

  it('puts the expected item first for at least 95% of them', async () => {
    const find = await createSearcher(model);
    const missed = fixture.queries.filter((q) => find(q.q).hits[0]?.id !== q.expect).map((q) => `${q.q} → ${find(q.q).hits[0]?.id ?? 'nothing'}`);
    expect(missed.length / fixture.queries.length, missed.join('; ')).toBeLessThanOrEqual(0.05);
  });
});
