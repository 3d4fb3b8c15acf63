// 1,000 fuzzed query strings (seeded, so a failure reproduces): unknown ids, prototype keys,
// huge values, broken percent-encoding, repeated parameters, odd separators and unicode. Each
// must parse to a valid state, survive a serialise/parse round trip, and leave
// Object.prototype untouched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, LANGS, parseUrlState, serializeUrlState, type UrlState } from '../../src/store/url';
import { ID_PATTERN } from '../../src/model/schema';
import { realGraph } from '../helpers/data';

/** mulberry32: a tiny seeded PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VIEWS = ['overview', 'all', 'leadership', 'precision', 'four-focuses', 'exit-criteria', 'funding', 'policies', 'campaign-map', 'timeline'];
const graph = realGraph();
const KNOWN = [...graph.model.entities.keys()];
const ctx = { isKnownId: (id: string) => graph.model.entities.has(id), views: VIEWS };

const PROTO_WORDS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  'constructor.prototype',
  '__proto__[polluted]',
  'constructor[prototype][polluted]',
];
const BROKEN_PCT = ['%', '%%', '%E0%A4%A', '%ZZ', '%uD800', '%C0%AF', '%ED%A0%80', '%F0%9F%98', '%00', '%2', '%%32%33', '%25', '%FF%FE'];
const UNICODE = [
  '兰考',
  '\u202Efund-total',
  'fund\u200B-total',
  'ｆｕｎｄ-total',
  '😀',
  '\uD800',
  'е n',
  'funding\u0000',
  'zh\u00A0',
  '١٢',
  'İ',
  'ǅ',
  '\u2028',
];
const NUMBERS = ['0', '1', '15', '999', '1000', '-1', '1e3', '0x10', '00012', ' 5', '5 ', 'NaN', 'Infinity', '9'.repeat(40), '3.5', '+3', '٣'];
const VALID_KEYS = ['sel', 'lang', 'view', 'step'];
const KEYS = [
  ...VALID_KEYS,
  ...VALID_KEYS,
  ...VALID_KEYS,
  ...VALID_KEYS,
  'SEL',
  'Lang',
  'sel ',
  ' sel',
  '%73el',
  'sel[]',
  'sel.x',
  '',
  'x',
  ...PROTO_WORDS,
];

/** encodeURIComponent, with lone surrogates (which it refuses) replaced. */
const encodeWellFormed = (s: string) =>
  encodeURIComponent(
    s.replace(/[\uD800-\uDFFF]/g, (c, i: number, all: string) =>
      /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(all.slice(i - 1, i + 1)) || /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(all.slice(i, i + 2)) ? c : '\uFFFD',
    ),
  );

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function value(r: () => number, key: string): string {
  if (r() < 0.45) {
    // a plausible value for the key: sometimes valid, sometimes nearly
    if (key === 'sel') return pick(r, [...KNOWN.slice(0, 40), 'unknown-id', 'fund-total-', 'FUND-TOTAL', 'fund--total']);
    if (key === 'lang') return pick(r, [...LANGS, 'EN', 'zh-CN', 'de', '']);
    if (key === 'view') return pick(r, [...VIEWS, 'details', '../../etc/passwd', 'ALL']);
    if (key === 'step') return pick(r, NUMBERS);
  }
  const roll = r();
  if (roll < 0.15) return pick(r, PROTO_WORDS);
  if (roll < 0.35) return pick(r, BROKEN_PCT) + pick(r, ['', 'fund-total', 'en']);
  if (roll < 0.5) return pick(r, UNICODE);
  if (roll < 0.6) return pick(r, NUMBERS);
  if (roll < 0.7) return pick(r, ['a', 'fund-total', '%41', '<', '"']).repeat(1 + Math.floor(r() * 20_000));
  if (roll < 0.85) return encodeWellFormed(pick(r, [...UNICODE, ...PROTO_WORDS, '<script>alert(1)</script>', 'a&b=c', '#x', '?sel=x']));
  return Array.from({ length: 1 + Math.floor(r() * 12) }, () => String.fromCharCode(Math.floor(r() * 0x3000))).join('');
}

function fuzzQuery(r: () => number): string {
  const n = Math.floor(r() * 7);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const key = pick(r, KEYS);
    const eq = pick(r, ['=', '=', '=', '', '==']);
    parts.push(`${key}${eq}${value(r, key.trim().toLowerCase())}`);
  }
  const sep = pick(r, ['&', '&', '&&', ';', '&amp;']);
  return pick(r, ['?', '?', '', '??', '?&']) + parts.join(sep) + pick(r, ['', '', '#sel=fund-total', '&', '%']);
}

function protoSnapshot() {
  return [Object.getOwnPropertyNames(Object.prototype).sort().join(','), Object.getOwnPropertyNames(Array.prototype).length];
}

function assertValid(s: UrlState, q: string) {
  const msg = `for query ${JSON.stringify(q.slice(0, 200))}`;
  expect(Object.keys(s).sort(), msg).toEqual(['lang', 'sel', 'step', 'view']);
  expect(Object.getPrototypeOf(s), msg).toBe(Object.prototype);
  if (s.sel !== null) {
    expect(ID_PATTERN.test(s.sel), msg).toBe(true);
    expect(graph.model.entities.has(s.sel), msg).toBe(true);
  }
  expect(LANGS, msg).toContain(s.lang);
  expect(VIEWS, msg).toContain(s.view);
  if (s.step !== null) {
    expect(Number.isInteger(s.step), msg).toBe(true);
    expect(s.step, msg).toBeGreaterThanOrEqual(0);
    expect(s.step, msg).toBeLessThanOrEqual(999);
  }
}

describe('URL fuzzing (1,000 seeded queries)', () => {
  const r = prng(20170227);
  const queries = Array.from({ length: 1000 }, () => fuzzQuery(r));
  let before: unknown;
  beforeAll(() => {
    before = protoSnapshot();
  });
  afterAll(() => {
    expect(protoSnapshot()).toEqual(before);
  });

  it('every query gives a valid state that round-trips, and never throws', () => {
    let nonDefault = 0;
    let roundTrips = 0;
    for (const q of queries) {
      const s = parseUrlState(q, ctx);
      assertValid(s, q);
      // The address the app writes back parses to the same state — as long as it fits the
      // parser's 10,000-character window. (Known gap, reported: serializeUrlState keeps foreign
      // parameters in front and re-encodes them longer, so a state field can move past the cut.)
      const written = serializeUrlState(s, q);
      if (written.length <= 10_000) {
        expect(parseUrlState(written, ctx), `round trip of ${JSON.stringify(q.slice(0, 200))}`).toEqual(s);
        roundTrips++;
      }
      if (JSON.stringify(s) !== JSON.stringify(DEFAULT_URL_STATE)) nonDefault++;
    }
    // The corpus is not all garbage: valid values do get through (otherwise this test proves little).
    expect(nonDefault).toBeGreaterThan(50);
    expect(nonDefault).toBeLessThan(1000);
    expect(roundTrips).toBeGreaterThan(900);
  });

  it('a valid parameter after any garbage is honoured (the last value wins)', () => {
    const r2 = prng(42);
    for (let i = 0; i < 200; i++) {
      const id = pick(r2, KNOWN);
      // Garbage first (kept under the parser's 10,000-character cut), then one valid sel.
      const junk = fuzzQuery(r2)
        .replace(/^\?+/, '')
        .split(/[&;]/)
        .filter((p) => p.length < 500);
      const q = `?${[...junk, `sel=${id}`].join('&')}`;
      expect(parseUrlState(q, ctx).sel, q.slice(0, 200)).toBe(id);
    }
  });

  it('leaves Object.prototype and the defaults clean', () => {
    for (const q of queries) parseUrlState(q, ctx);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    expect(DEFAULT_URL_STATE).toEqual({ sel: null, lang: 'zh', view: 'overview', step: null });
    expect(Object.isFrozen(DEFAULT_URL_STATE)).toBe(true);
  });
});
