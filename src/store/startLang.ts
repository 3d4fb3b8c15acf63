// The language a page opens in, decided in one place. The URL's `lang` wins; else the reader's
// remembered choice (localStorage); else the first of the browser's languages we have (zh-* → zh,
// en-* → en); else English, since a reader whose browser asks for neither is likelier to read it.
//
// `startLang` is self-contained on purpose (no imports, no outer names, literals only): the build
// inlines its source into the page's <head> (src/prerender/boot.ts), where it picks the
// prerendered language and sets <html lang> before the first paint, so the client and that
// script cannot disagree. Anything that opens the app (the prerendered page, a fresh render, an
// opened dataset) asks `startLangOf(window)`.
import type { Lang } from './url';

/** Where the reader's language choice is remembered between visits. */
export const LANG_STORAGE_KEY = 'lankao-lang';

export function startLang(search: string, browserLanguages: readonly string[], remembered: string | null): Lang {
  const known = ['zh', 'en', 'both'];
  // As the URL parser reads it (src/store/url.ts): the last value, short, trimmed.
  const asked = new URLSearchParams(search.slice(0, 10000)).getAll('lang').pop();
  if (asked !== undefined && asked.length <= 200 && known.includes(asked.trim())) return asked.trim() as Lang;
  if (remembered && known.includes(remembered)) return remembered as Lang;
  for (const l of browserLanguages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'zh') return 'zh';
    if (base === 'en') return 'en';
  }
  return browserLanguages.length === 0 ? 'zh' : 'en';
}

export function rememberedLang(win: Window): string | null {
  try {
    return win.localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null; // storage blocked (privacy settings, some file:// setups): fall back to the browser
  }
}

/** The language this page opens in. */
export function startLangOf(win: Window): Lang {
  return startLang(win.location.search, win.navigator.languages ?? [], rememberedLang(win));
}
