// The search box's results (SearchBox.tsx keeps the box itself in the start JavaScript): the searcher,
// the result list, its status line, moving through it with ↑/↓ and opening a result. One chunk with the
// engine (the index, the scorer, the readings table), fetched when the box first gets focus or "/" is
// pressed; whatever was typed before it arrived is searched as soon as it is here.
import type { KeyboardEvent } from 'react';
import { VIEWS } from '../../store/views';
import { tr } from '../../i18n/text';
import { KIND_LABEL } from '../../shared/kindLabel';
import type { Model } from '../../model/types';
import type { Lang } from '../../store/url';
import { createSearcher, type Searcher, type SearchHit } from './engine';
import { panelName } from './panelOf';
import { revealEntity } from './reveal';
import { loadBuiltInWords } from '../../model/dataset';

/** The results' words (the box's own are text.ts). */
const T = {
  none: { zh: '没有找到', en: 'Nothing found' },
  count: { zh: '{n} 个结果，用 ↑↓ 选择，回车打开', en: '{n} results; ↑↓ to choose, Enter to open' },
  countOf: {
    zh: '{total} 个结果中的前 {n} 个（输入更多字可缩小范围），用 ↑↓ 选择，回车打开',
    en: 'First {n} of {total} results (type more to narrow them); ↑↓ to choose, Enter to open',
  },
  inPanel: { zh: '位于', en: 'in' },
  under: { zh: '属于', en: 'under' },
  source: { zh: '来源原文', en: 'source' },
  alias: { zh: '也称', en: 'also called' },
  fuzzy: { zh: '拼写相近', en: 'closest spelling' },
} as const;

const searchers = new WeakMap<Model, Promise<Searcher>>();

/** The model's searcher, built once; the index covers the book's quotes, which arrive with the later texts (model/dataset.ts). */
export function searcherFor(model: Model): Promise<Searcher> {
  let s = searchers.get(model);
  if (!s) {
    s = loadBuiltInWords().then(() => createSearcher(model));
    searchers.set(model, s);
    s.catch(() => searchers.delete(model));
  }
  return s;
}

/** What it is, where it is and what it hangs from: "Campaign map · under 从…衔接". */
function resultMeta(h: SearchHit, lang: Lang): string {
  const kind = tr(KIND_LABEL[h.kind], lang);
  const panel = tr(panelName(h.panel), lang);
  const parts = [kind === panel ? kind : `${kind} · ${tr(T.inPanel, lang)} ${panel}`];
  if (h.parent) parts.push(`${tr(T.under, lang)} ${tr(h.parent, lang)}`);
  return parts.join(' · ');
}

/** Opens a result: selects it and brings its panel into view (reveal.ts). */
export function chooseHit(hit: SearchHit): void {
  revealEntity(hit.id, hit.panel, VIEWS);
}

export interface ResultKeys {
  expanded: boolean;
  hits: readonly SearchHit[];
  /** The active result's index, or -1. */
  current: number;
  setOpen: (open: boolean) => void;
  setActive: (index: number) => void;
  choose: (hit: SearchHit | undefined) => void;
}

/** ↓/↑ move through the results, Enter opens the active one (or the first); true when the key was the list's. */
export function onResultKey(e: KeyboardEvent<HTMLInputElement>, { expanded, hits, current, setOpen, setActive, choose }: ResultKeys): boolean {
  switch (e.key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      e.preventDefault();
      if (!expanded) setOpen(true);
      if (!hits.length) return true;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive(current < 0 ? (step > 0 ? 0 : hits.length - 1) : (current + step + hits.length) % hits.length);
      return true;
    }
    case 'Enter':
      if (!expanded || !hits.length) return true;
      e.preventDefault();
      choose(hits[current < 0 ? 0 : current]);
      return true;
  }
  return false;
}

/** The status line under the results: how many, or that there are none. */
export function resultsStatus(hits: readonly SearchHit[], total: number, lang: Lang): string {
  if (!hits.length) return tr(T.none, lang);
  return (total > hits.length ? tr(T.countOf, lang) : tr(T.count, lang)).replace('{n}', String(hits.length)).replace('{total}', String(total));
}

export function SearchResultItems({
  hits,
  current,
  optionId,
  choose,
  lang,
}: {
  hits: readonly SearchHit[];
  current: number;
  optionId: (i: number) => string;
  choose: (hit: SearchHit) => void;
  lang: Lang;
}) {
  const sep = lang === 'en' ? ': ' : '：';
  return hits.map((h, i) => (
    <li
      key={h.id}
      id={optionId(i)}
      role="option"
      aria-selected={i === current}
      data-result={h.id}
      className="search-result"
      // Keep the focus in the box: the list closes on blur.
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => choose(h)}
    >
      <span className="search-result-label">{tr(h.label, lang)}</span>
      <span className="search-result-meta">{resultMeta(h, lang)}</span>
      {h.field === 'source' && h.quote ? (
        <span className="search-result-quote">
          {tr(T.source, lang)}
          {sep}“{h.quote}”
        </span>
      ) : null}
      {h.field === 'alias' && h.alias ? (
        <span className="search-result-quote">
          {tr(T.alias, lang)}
          {sep}
          {h.alias}
        </span>
      ) : null}
      {h.field === 'fuzzy' ? <span className="search-result-quote">{tr(T.fuzzy, lang)}</span> : null}
    </li>
  ));
}
