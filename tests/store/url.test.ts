import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState } from '../../src/store/url';

const ctx = { isKnownId: (id: string) => ['fund-total', 'cm-root'].includes(id), views: ['all', 'funding'] };

describe('parseUrlState', () => {
  it('reads a valid state', () => {
    expect(parseUrlState('?sel=fund-total&lang=en&view=funding&step=3', ctx)).toEqual({ sel: 'fund-total', lang: 'en', view: 'funding', step: 3 });
  });

  it.each([
    ['', DEFAULT_URL_STATE],
    ['?sel=unknown-id', DEFAULT_URL_STATE],
    ['?sel=__proto__&lang=constructor', DEFAULT_URL_STATE],
    ['?sel=%E0%A4%A&lang=%', DEFAULT_URL_STATE],
    ['?lang=EN&view=../../etc&step=-1', DEFAULT_URL_STATE],
    [`?sel=${'a'.repeat(100_000)}`, DEFAULT_URL_STATE],
    ['?step=99999999999999999999', DEFAULT_URL_STATE],
    ['?sel=FUND-TOTAL', DEFAULT_URL_STATE],
  ])('falls back to the default for %s', (search, expected) => {
    expect(parseUrlState(search, ctx)).toEqual(expected);
  });

  it('keeps the valid fields when others are garbage, and takes the last of repeated params', () => {
    expect(parseUrlState('?sel=nope&lang=en&lang=zh&sel=cm-root', ctx)).toEqual({ ...DEFAULT_URL_STATE, sel: 'cm-root', lang: 'zh' });
  });

  it('does not pollute Object.prototype', () => {
    parseUrlState('?__proto__[polluted]=1&constructor[prototype][polluted]=1&sel=__proto__', ctx);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('serializeUrlState', () => {
  it('writes only non-default fields and round-trips', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('');
    const s = { sel: 'cm-root', lang: 'both' as const, view: 'funding', step: 2 };
    expect(parseUrlState(serializeUrlState(s), ctx)).toEqual(s);
  });
  it('keeps unrelated parameters', () => {
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, lang: 'en' }, '?utm=x&sel=old')).toBe('?lang=en&utm=x');
  });
  it('drops foreign parameters rather than write a query too long to read back', () => {
    const long = `?junk=${'x'.repeat(20_000)}`;
    const s = { ...DEFAULT_URL_STATE, view: 'funding' };
    expect(parseUrlState(serializeUrlState(s, long), ctx)).toEqual(s);
  });
});
