// Everyday queries in the page (issue 22): each query of the fixture is typed into the header's search
// box of the default page and Enter pressed; at least 95% must select the item the fixture expects.
// The aliases come with the search chunk (the glossary), not with the page's start JavaScript.
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fixture from '../fixtures/search-queries.json';
import { searchParams, startSession, type Session } from './browser';

const INPUT = 'header input[role="combobox"]';
let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

describe('everyday queries, typed and Enter', () => {
  it('land on the expected item for at least 95% of the fixture', async () => {
    const scripts: string[] = [];
    const onRequest = (r: Request) => void (r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    s.page.on('request', onRequest);
    const missed: string[] = [];
    for (const { q, expect: expected } of fixture.queries) {
      // Each from the default page, as a visitor arriving would (a result opens its panel).
      await s.open('lang=en', { width: 1280, height: 720 });
      await s.page.locator(INPUT).focus();
      await s.page.keyboard.type(q);
      // The results for the whole query (they follow each keystroke), then Enter opens the first.
      await s.page.waitForSelector('[role="listbox"] [role="option"]', { timeout: 5000 }).catch(() => {});
      await s.page.waitForTimeout(100);
      await s.page.keyboard.press('Enter');
      await s.page.waitForFunction(() => new URLSearchParams(location.search).has('sel'), null, { timeout: 2000 }).catch(() => {});
      const sel = (await searchParams(s.page)).get('sel');
      if (sel !== expected) missed.push(`${q} → ${sel ?? 'nothing'} (expected ${expected})`);
    }
    s.page.off('request', onRequest);
    expect(missed.length / fixture.queries.length, missed.join('\n')).toBeLessThanOrEqual(0.05);
    // Not a start script: the glossary (with its aliases) arrived in a later chunk.
    expect(scripts.some((p) => /\/SearchResults-[\w-]+\.js$/.test(p))).toBe(true);
    expect(s.errors).toEqual([]);
  }, 300_000);
});
