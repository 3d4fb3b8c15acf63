// The URL carries the shareable state: ?sel=<entity id>&lang=zh|en|both&view=<view>&step=<n>.
// Parsing is defensive — anything unknown, malformed or hostile falls back to the default for
// that field and never throws — because links get pasted from chat apps and slide notes.
import { ID_PATTERN } from '../model/schema';

export const LANGS = ['zh', 'en', 'both'] as const;
export type Lang = (typeof LANGS)[number];

export interface UrlState {
  sel: string | null;
  lang: Lang;
  view: string;
  step: number | null;
}

export const DEFAULT_URL_STATE: UrlState = Object.freeze({ sel: null, lang: 'zh', view: 'all', step: null });

const MAX_VALUE_LENGTH = 200;
const MAX_STEP = 999;

export interface UrlContext {
  isKnownId: (id: string) => boolean;
  views: readonly string[];
}

function safeParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search.length > 10_000 ? search.slice(0, 10_000) : search);
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

/** Only non-default fields are written, so a plain link stays plain. Other parameters are kept. */
export function serializeUrlState(state: UrlState, currentSearch = ''): string {
  const params = safeParams(currentSearch);
  const set = (key: string, value: string | null, fallback: string | null) => {
    if (value === null || value === fallback) params.delete(key);
    else params.set(key, value);
  };
  set('sel', state.sel, null);
  set('lang', state.lang, DEFAULT_URL_STATE.lang);
  set('view', state.view, DEFAULT_URL_STATE.view);
  set('step', state.step === null ? null : String(state.step), null);
  const s = params.toString();
  return s ? `?${s}` : '';
}
