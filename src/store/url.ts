// The URL carries the shareable state: ?sel=<entity id>&lang=zh|en|both&view=<view>&step=<n>.
// Parsing is defensive — anything unknown, malformed or hostile falls back to the default for
// that field and never throws — because links get pasted from chat apps and slide notes.
import { ID_PATTERN } from '../model/files';

export const LANGS = ['zh', 'en', 'both'] as const;
export type Lang = (typeof LANGS)[number];

export interface UrlState {
  sel: string | null;
  lang: Lang;
  view: string;
  step: number | null;
}

export const DEFAULT_URL_STATE: UrlState = Object.freeze({ sel: null, lang: 'zh', view: 'overview', step: null });

const MAX_VALUE_LENGTH = 200;
/** The parser reads at most this much of a query string. */
const MAX_QUERY_LENGTH = 10_000;
const OWN_KEYS = ['sel', 'lang', 'view', 'step'] as const;
const MAX_STEP = 999;

export interface UrlContext {
  isKnownId: (id: string) => boolean;
  views: readonly string[];
}

function safeParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search.length > MAX_QUERY_LENGTH ? search.slice(0, MAX_QUERY_LENGTH) : search);
  } catch {
    return new URLSearchParams();
  }
}

/** The last value of a parameter, if it is short enough to be meaningful. */
function param(params: URLSearchParams, key: string): string | null {
  const all = params.getAll(key);
  const v = all.length > 0 ? all[all.length - 1]! : null;
  return v !== null && v.length <= MAX_VALUE_LENGTH ? v.trim() : null;
}

export function parseUrlState(search: string, ctx: UrlContext): UrlState {
  const params = safeParams(search);
  const state: UrlState = { ...DEFAULT_URL_STATE };
  const sel = param(params, 'sel');
  if (sel && ID_PATTERN.test(sel) && ctx.isKnownId(sel)) state.sel = sel;
  const lang = param(params, 'lang');
  if (lang && (LANGS as readonly string[]).includes(lang)) state.lang = lang as Lang;
  const view = param(params, 'view');
  if (view && ctx.views.includes(view)) state.view = view;
  const step = param(params, 'step');
  if (step && /^\d{1,3}$/.test(step) && Number(step) <= MAX_STEP) state.step = Number(step);
  return state;
}

/**
 * Only non-default fields are written, so a plain link stays plain. Our keys come first and other
 * parameters are kept after them — unless that would make the query longer than the parser reads,
 * in which case the foreign parameters are dropped so the app can always read back what it wrote.
 */
export function serializeUrlState(state: UrlState, currentSearch = ''): string {
  const own = new URLSearchParams();
  if (state.sel !== null) own.set('sel', state.sel);
  if (state.lang !== DEFAULT_URL_STATE.lang) own.set('lang', state.lang);
  if (state.view !== DEFAULT_URL_STATE.view) own.set('view', state.view);
  if (state.step !== null) own.set('step', String(state.step));
  const foreign = safeParams(currentSearch);
  for (const key of OWN_KEYS) foreign.delete(key);
  const ownText = own.toString();
  const foreignText = foreign.toString();
  const joined = [ownText, foreignText].filter(Boolean).join('&');
  const s = joined.length + 1 > MAX_QUERY_LENGTH ? ownText : joined;
  return s ? `?${s}` : '';
}
