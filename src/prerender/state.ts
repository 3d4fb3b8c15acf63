// Which state the build's static HTML is rendered in, and how the client decides whether it may
// hydrate that HTML.
//
// Why one state (the default language and view, nothing selected) and not one file per language
// or view: the state lives in the query string (?lang=en&view=all&sel=…) and a static host serves
// the same index.html for every query, so no other file could be picked without a script, and the
// single-file build is one file by definition. The client therefore:
//   - hydrates the static HTML when the wanted language and view are the prerendered ones, and
//     applies the selection right after hydration (it only changes data-emphasis attributes and
//     the details panel; the picture's boxes stay where they are); a presentation step is another
//     tree altogether, so a link with ?step= renders afresh;
//   - renders afresh (createRoot) for the full-panel views (`all` and one panel): their SVG
//     layouts are computed from measured widths, which no build-time render can know, so their
//     static HTML is only the picture for a reader without scripts;
//   - renders afresh (createRoot) when the language or view differ. Measured on the overview at
//     1280 / 390 px (Chrome's layout-shift entries): hydrating Chinese and then switching to
//     English in place scored 0.33 / 0.73 (every text box re-wraps and slides), a fresh render over
//     the static Chinese picture 0.05 / 0.002, and it costs one render instead of two. (The later
//     English overview, which grows downwards, measured 0.68 at 1280 px on this path.) What
//     remains is the price of one static file for a query-string state; a language served
//     from its own path (/en/) could be prerendered too, but that changes the URL contract.
//     (tests/e2e/prerender.e2e.test.ts keeps both paths measured.)
import { DEFAULT_URL_STATE, type Lang } from '../store/url';
import { PANEL_NAMES } from '../store/views';

export interface PrerenderedState {
  lang: Lang;
  view: string;
}

export const PRERENDERED_STATE: PrerenderedState = { lang: DEFAULT_URL_STATE.lang, view: DEFAULT_URL_STATE.view };

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

const FULL_PANEL_VIEWS: readonly string[] = ['all', ...PANEL_NAMES];

/** A view of full panels, whose layouts are computed from measured sizes. */
export function isFullPanelView(view: string): boolean {
  return FULL_PANEL_VIEWS.includes(view);
}
