// The language a page opens in is decided once (src/store/startLang.ts); the <head> script runs
// the same function's source before the first paint, and the swap script moves the prerendered
// page in that language into #root (src/prerender/boot.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { headScript, LANG_PENDING_ATTRIBUTE, swapScript } from '../../src/prerender/boot';
import { PRERENDER_ATTRIBUTE } from '../../src/prerender/state';
import { LANG_STORAGE_KEY, startLang } from '../../src/store/startLang';
import { parseUrlState, preferredLang, type Lang } from '../../src/store/url';

const searches = [
  '',
  '?lang=en',
  '?lang=zh',
  '?lang=both',
  '?lang=klingon',
  '?lang=en&lang=zh',
  '?lang=%20en%20',
  `?lang=${'e'.repeat(300)}`,
  '?sel=x',
];
const browsers = [[], ['en-US'], ['zh-TW', 'en'], ['fr-FR', 'de'], ['fr', 'zh-Hans-CN']];
const remembered = [null, 'en', 'zh', 'both', 'klingon'];

describe('startLang', () => {
  it('is self-contained: its source alone, as inlined into <head>, decides the same', () => {
    const inlined = new Function(`return (${startLang.toString()});`)() as typeof startLang;
    for (const q of searches) for (const b of browsers) for (const r of remembered) expect(inlined(q, b, r)).toBe(startLang(q, b, r));
  });

  it('agrees with the URL parser: the URL’s valid lang, else the remembered choice, else the browser’s', () => {
    const ctx = { isKnownId: () => true, views: ['overview'] };
    for (const q of searches)
      for (const b of browsers)
        for (const r of remembered) expect(startLang(q, b, r)).toBe(parseUrlState(q, { ...ctx, defaultLang: preferredLang(b, r) }).lang);
    expect(startLang('?lang=en', ['zh-CN'], 'zh')).toBe('en');
    expect(startLang('', ['zh-CN'], 'en')).toBe('en');
    expect(startLang('', ['en-GB'], null)).toBe('en');
    expect(startLang('', [], null)).toBe('zh');
  });
});

describe('boot scripts', () => {
  afterEach(() => {
    document.documentElement.removeAttribute(LANG_PENDING_ATTRIBUTE);
    document.documentElement.lang = '';
    localStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  /** The built body: #root in Chinese, English in a template; then both scripts as the page runs them. */
  function boot(search: string): HTMLElement {
    window.history.replaceState(null, '', `/${search}`);
    document.body.innerHTML =
      `<div id="root" ${PRERENDER_ATTRIBUTE}="lang=zh&amp;view=overview"><h1>一张图看懂兰考脱贫</h1></div>` +
      `<template data-lang="en" ${PRERENDER_ATTRIBUTE}="lang=en&amp;view=overview"><h1>Lankao</h1></template>`;
    new Function(headScript())();
    expect(document.documentElement.getAttribute(LANG_PENDING_ATTRIBUTE)).not.toBeNull();
    new Function(swapScript(PRERENDER_ATTRIBUTE))();
    expect(document.documentElement.getAttribute(LANG_PENDING_ATTRIBUTE)).toBeNull();
    expect(document.querySelectorAll('template').length).toBe(0);
    return document.getElementById('root')!;
  }

  it.each<[string, string | null, Lang, string]>([
    ['?lang=en', null, 'en', 'Lankao'],
    ['?lang=zh', 'en', 'zh', '一张图看懂兰考脱贫'],
    ['', 'en', 'en', 'Lankao'],
    ['?lang=both', null, 'both', '一张图看懂兰考脱贫'],
  ])('%s (remembered %s) opens in %s with #root holding that page', (search, stored, lang, title) => {
    if (stored) localStorage.setItem(LANG_STORAGE_KEY, stored);
    const root = boot(search);
    expect(root.querySelector('h1')!.textContent).toBe(title);
    expect(root.getAttribute(PRERENDER_ATTRIBUTE)).toBe(lang === 'en' ? 'lang=en&view=overview' : 'lang=zh&view=overview');
    expect(document.documentElement.lang).toBe(lang === 'en' ? 'en' : 'zh-CN');
  });
});
