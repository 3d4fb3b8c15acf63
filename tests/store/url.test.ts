import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PANEL_VIEW,
  DEFAULT_URL_STATE,
  parsePanelView,
  parseUrlState,
  preferredLang,
  serializeUrlState,
  withPanelView,
} from '../../src/store/url';

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

describe('first-visit language', () => {
  it('follows the browser when nothing is remembered, the remembered choice first', () => {
    expect(preferredLang(['en-US', 'en'], null)).toBe('en');
    expect(preferredLang(['zh-CN', 'en-US'], null)).toBe('zh');
    expect(preferredLang(['fr-FR', 'zh-TW'], null)).toBe('zh');
    expect(preferredLang(['fr-FR', 'de'], null)).toBe('en');
    expect(preferredLang([], null)).toBe('zh');
    expect(preferredLang(['en-US'], 'both')).toBe('both');
    expect(preferredLang(['en-US'], 'klingon')).toBe('en');
  });

  it('keeps a chosen Chinese in the URL when the page would otherwise open in another language', () => {
    const zh = { ...DEFAULT_URL_STATE, lang: 'zh' as const };
    // An English browser (nothing remembered): ?lang=zh must survive a reload.
    expect(serializeUrlState(zh, '', 'en')).toBe('?lang=zh');
    expect(parseUrlState(serializeUrlState(zh, '', 'en'), { ...ctx, defaultLang: 'en' }).lang).toBe('zh');
    // A Chinese browser: Chinese is the default and stays out of a plain link; English is always written.
    expect(serializeUrlState(zh, '', 'zh')).toBe('');
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, lang: 'en' }, '', 'en')).toBe('?lang=en');
  });

  it('uses it only when the URL names no valid language', () => {
    const en = { ...ctx, defaultLang: 'en' as const };
    expect(parseUrlState('', en).lang).toBe('en');
    expect(parseUrlState('?lang=zh', en).lang).toBe('zh');
    expect(parseUrlState('?lang=fr', en).lang).toBe('en');
  });
});

describe('panel view state', () => {
  it('reads the unit, the comparison view and the open tables, each falling back alone', () => {
    expect(parsePanelView('?unit=wan&fview=compare&table=funding,exit-criteria')).toEqual({
      unit: 'wan',
      fundView: 'compare',
      // In the parts' reading order (src/parts/registry.ts), whatever the URL's.
      tables: ['exit-criteria', 'funding'],
    });
    expect(parsePanelView('?unit=usd&fview=pie&table=<script>')).toEqual(DEFAULT_PANEL_VIEW);
    expect(parsePanelView('?unit=per&table=nope,funding')).toEqual({ ...DEFAULT_PANEL_VIEW, unit: 'per', tables: ['funding'] });
  });

  it('writes only non-defaults, after the other parameters, and round-trips', () => {
    const v = { unit: 'per' as const, fundView: 'compare' as const, tables: ['funding'] };
    expect(withPanelView('?sel=fund-total&lang=en', v)).toBe('?sel=fund-total&lang=en&unit=per&fview=compare&table=funding');
    expect(withPanelView('?sel=x&unit=wan', DEFAULT_PANEL_VIEW)).toBe('?sel=x');
    expect(parsePanelView(withPanelView('', v))).toEqual(v);
  });
});
