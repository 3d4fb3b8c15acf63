// Which states the build's static HTML is rendered in, and how the client decides whether it may
// hydrate that HTML.
//
// The state lives in the query string (?lang=en&view=all&sel=…), and a static host (or the single
// file) serves the same index.html for every query, so the build renders the overview in each
// language into that one file: Chinese in #root (what a reader with scripts blocked sees) and
// English in a <template>. A tiny inline script in <head> decides the language before the first
// paint, with the same function as the client (src/store/startLang.ts), and moves the right page
// into #root (src/prerender/boot.ts). The client therefore:
//   - hydrates #root when it holds the wanted language and view, and applies the selection right
//     after hydration (it only changes data-emphasis attributes and the details panel; the
//     picture's boxes stay where they are); a presentation step is another tree altogether, so a
//     link with ?step= renders afresh;
//   - renders afresh (createRoot) for the full-panel views (`all` and one panel): their SVG
//     layouts are computed from measured widths, which no build-time render can know, so their
//     static HTML is only the picture for a reader without scripts;
//   - renders afresh for a language that is not prerendered (`both`, rare: a mixed audience).
// Measured on the overview at 1280 / 390 px (Chrome's layout-shift entries), before English was
// prerendered: hydrating Chinese and then switching to English in place scored 0.33 / 0.73 (every
// text box re-wraps and slides), a fresh English render over the Chinese picture 0.70 / 0.01 (the
// :lang(en) styles applied only once React set <html lang>). Now both languages hydrate: 0.
// (tests/e2e/prerender.e2e.test.ts measures every way a page opens.)
import { DEFAULT_URL_STATE, type Lang } from '../store/url';
import { isPartName } from '../parts/registry';

export interface PrerenderedState {
  lang: Lang;
  view: string;
}

export const PRERENDERED_STATE: PrerenderedState = { lang: DEFAULT_URL_STATE.lang, view: DEFAULT_URL_STATE.view };

/** Every prerendered page: the default first (it fills #root), then one per other language. */
export const PRERENDERED_STATES: readonly PrerenderedState[] = [PRERENDERED_STATE, { lang: 'en', view: DEFAULT_URL_STATE.view }];

/** The attribute on #root that names the state its static HTML was rendered in. */
export const PRERENDER_ATTRIBUTE = 'data-prerendered';

export function encodeState(s: PrerenderedState): string {
  return `lang=${s.lang}&view=${s.view}`;
}

/**
 * True when HTML rendered in `baked` (the #root attribute) is exactly what the client's first
 * render of `wanted` produces: same language and view, and a view that reads no layout.
 */
export function canHydrate(baked: string | null, wanted: PrerenderedState & { step: number | null }): boolean {
  // A presentation step is another tree altogether (and applies its panel state as it opens).
  return baked !== null && baked === encodeState(wanted) && !isFullPanelView(wanted.view) && wanted.step === null;
}

/** A view of full panels, whose layouts are computed from measured sizes. */
export function isFullPanelView(view: string): boolean {
  return view === 'all' || isPartName(view);
}
