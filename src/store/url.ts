// The URL carries the shareable state: ?sel=<entity id>&lang=zh|en|both&view=<view>&step=<n>.
// Parsing is defensive — anything unknown, malformed or hostile falls back to the default for
// that field and never throws — because links get pasted from chat apps and slide notes.
import { ID_PATTERN } from '../model/files';
import { startLang } from './startLang';
import { PARTS } from '../parts/registry';

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
  /** The language when the URL names none: the reader's remembered choice, else the browser's (see preferredLang). */
  defaultLang?: Lang;
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
  else if (ctx.defaultLang) state.lang = ctx.defaultLang;
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
 * `defaultLang` is the language this page opens in when the URL names none (the remembered choice,
 * else the browser's): Chinese is left out only when it is that default too, so a reader whose
 * browser asks for English and who chose Chinese (by `?lang=zh` or the switch) reloads in Chinese.
 */
export function serializeUrlState(state: UrlState, currentSearch = '', defaultLang: Lang = DEFAULT_URL_STATE.lang): string {
  const own = new URLSearchParams();
  if (state.sel !== null) own.set('sel', state.sel);
  if (state.lang !== DEFAULT_URL_STATE.lang || state.lang !== defaultLang) own.set('lang', state.lang);
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

// ── First-visit language ────────────────────────────────────────────────────────────────────

/** The language to open in when the URL does not say (see src/store/startLang.ts, the one place that decides it). */
export function preferredLang(browserLanguages: readonly string[], remembered: string | null): Lang {
  return startLang('', browserLanguages, remembered);
}

// ── Panel view state: unit, comparison view and which tables are open ───────────────────────
// Kept apart from UrlState (selection, language, view, step) and written as extra parameters,
// which serializeUrlState keeps as it keeps any parameter it does not own.

export const FUND_UNITS = ['yi', 'wan', 'per'] as const;
export type FundUnit = (typeof FUND_UNITS)[number];
export const FUND_VIEWS = ['share', 'compare'] as const;
export type FundView = (typeof FUND_VIEWS)[number];
/** Panels with a chart/table toggle: the parts whose URL state has `table` (src/parts/registry.ts). */
export const TABLE_PANELS: readonly string[] = PARTS.filter((p) => p.urlKeys?.includes('table')).map((p) => p.name);

export interface PanelViewState {
  unit: FundUnit;
  fundView: FundView;
  /** Panels showing their table under the chart. */
  tables: readonly string[];
}

export const DEFAULT_PANEL_VIEW: PanelViewState = Object.freeze({ unit: 'yi', fundView: 'share', tables: Object.freeze([]) as readonly string[] });
const PANEL_VIEW_KEYS = ['unit', 'fview', 'table'] as const;

export function parsePanelView(search: string): PanelViewState {
  const params = safeParams(search);
  const unit = param(params, 'unit');
  const fview = param(params, 'fview');
  const table = param(params, 'table');
  return {
    unit: unit && (FUND_UNITS as readonly string[]).includes(unit) ? (unit as FundUnit) : DEFAULT_PANEL_VIEW.unit,
    fundView: fview && (FUND_VIEWS as readonly string[]).includes(fview) ? (fview as FundView) : DEFAULT_PANEL_VIEW.fundView,
    tables: table ? TABLE_PANELS.filter((p) => table.split(',').includes(p)) : DEFAULT_PANEL_VIEW.tables,
  };
}

/** The query with the panel view's parameters set (non-defaults only), after everything else. */
export function withPanelView(search: string, view: PanelViewState): string {
  const params = safeParams(search);
  for (const key of PANEL_VIEW_KEYS) params.delete(key);
  if (view.unit !== DEFAULT_PANEL_VIEW.unit) params.set('unit', view.unit);
  if (view.fundView !== DEFAULT_PANEL_VIEW.fundView) params.set('fview', view.fundView);
  if (view.tables.length > 0) params.set('table', view.tables.join(','));
  const s = params.toString();
  return s ? `?${s}` : '';
}
