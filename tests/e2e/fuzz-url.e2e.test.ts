// The nastiest of the fuzzed URLs (tests/store/url-fuzz.test.ts fuzzes 1,000 of them against
// parseUrlState) opened in the real page: it renders, every panel reports ready, the address bar
// is cleaned to a valid state, nothing reaches Object.prototype and the console stays clean.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchParams, startSession, type Session } from './browser';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s.close();
});

const NASTY: Array<[string, string]> = [
  ['prototype keys and values', '__proto__[polluted]=1&constructor[prototype][polluted]=1&sel=__proto__&lang=constructor&view=toString&step=valueOf'],
  ['broken percent-encoding', 'sel=%E0%A4%A&lang=%&view=%ZZ&step=%uD800&%C0%AF=%FF%FE'],
  // (Node's HTTP server, like most, refuses request lines over 16 KB: stay under that.)
  ['a 12,000-character value', `sel=${'a'.repeat(12_000)}&lang=en`],
  ['huge and negative numbers', 'step=99999999999999999999&step=-1&step=1e3&view=../../etc/passwd'],
  ['repeated parameters, the last one valid', 'sel=nope&sel=%F0%9F%98&sel=fund-total&lang=EN&lang=en&view=funding&view=ALL'],
  [
    'unicode and direction overrides',
    `sel=${encodeURIComponent('\u202Efund-total')}&lang=${encodeURIComponent('ｅｎ')}&view=${encodeURIComponent('兰考')}&${encodeURIComponent('😀')}=1`,
  ],
  [
    'markup in values',
    `sel=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')}&view=${encodeURIComponent('"><script>window.__pwned=2</script>')}`,
  ],
];

describe('nasty URLs in Chromium', () => {
  it.each(NASTY)('%s: renders, cleans the address bar, pollutes nothing', async (_name, query) => {
    s.errors.length = 0;
    await s.open(query);
    const state = await s.page.evaluate(() => ({
      polluted: ({} as Record<string, unknown>).polluted ?? null,
      protoKeys: Object.getOwnPropertyNames(Object.prototype).filter((k) => k === 'polluted'),
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      panels: document.querySelectorAll('[data-panel]').length,
      errorPanels: document.querySelectorAll('[data-error="true"]').length,
    }));
    expect(state.polluted).toBeNull();
    expect(state.protoKeys).toEqual([]);
    expect(state.pwned).toBeNull();
    expect(state.panels).toBeGreaterThan(1);
    expect(state.errorPanels).toBe(0);
    const p = await searchParams(s.page);
    // Whatever is left in the address bar is a valid state (or nothing at all).
    const sel = p.get('sel');
    if (sel !== null) expect(await s.page.locator(`[data-panel="details"] h3`).count()).toBe(1);
    expect([null, 'en', 'both']).toContain(p.get('lang'));
    expect(p.getAll('lang').length).toBeLessThanOrEqual(1);
    expect(p.getAll('sel').length).toBeLessThanOrEqual(1);
    if (query.includes('sel=fund-total&lang=EN&lang=en')) {
      // The last valid value of a repeated parameter wins; an invalid last value falls back.
      expect([p.get('sel'), p.get('lang'), p.get('view')]).toEqual(['fund-total', 'en', null]);
    }
    expect(s.errors).toEqual([]);
  });
});
