// The header's search box: an ARIA combobox (input + listbox, aria-activedescendant) over every
// entity. This file is all that ships with the page; the index, the scorer and pinyin-pro come
// in the search chunk (engine.ts), fetched when the box first gets focus or "/" is pressed.
//
// Keys in the box: ↓/↑ move through the results, Enter opens the active one (or the first),
// Escape closes the list (a second Escape empties the box) and never clears the selection —
// the app's global Escape does that, so the box keeps the key to itself.
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useGraph } from '../../shared/GraphProvider';
import { VIEWS } from '../../store/views';
import { tr } from '../../i18n/text';
import { KIND_LABEL } from '../../shared/entityText';
import { useLang } from '../../shared/useEntity';
import type { Model } from '../../model/types';
import type { Lang } from '../../store/url';
import type { Searcher, SearchHit } from './engine';
import { PANEL_NAME } from './panelOf';
import { revealEntity } from './reveal';
import { SEARCH_TEXT as T } from './text';
import './search.css';

let loading: Promise<typeof import('./engine')> | null = null;
const searchers = new WeakMap<Model, Promise<Searcher>>();

function loadSearcher(model: Model): Promise<Searcher> {
  loading ??= import('./engine');
  const searcher = loading.then(({ createSearcher }) => {
    let s = searchers.get(model);
    if (!s) {
      s = createSearcher(model);
      searchers.set(model, s);
    }
    return s;
  });
  // A chunk that failed to load (offline, a new deploy) is asked for again on the next focus.
  searcher.catch(() => {
    loading = null;
    searchers.delete(model);
  });
  return searcher;
}

function isTextField(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
}

/** What it is, where it is and what it hangs from: "Campaign map · under 从…衔接". */
function resultMeta(h: SearchHit, lang: Lang): string {
  const kind = tr(KIND_LABEL[h.kind], lang);
  const panel = tr(PANEL_NAME[h.panel] ?? PANEL_NAME.details!, lang);
  const parts = [kind === panel ? kind : `${kind} · ${tr(T.inPanel, lang)} ${panel}`];
  if (h.parent) parts.push(`${tr(T.under, lang)} ${tr(h.parent, lang)}`);
  return parts.join(' · ');
}

export function SearchBox() {
  const lang = useLang();
  const graph = useGraph();
  const id = useId();
  const listId = `${id}-list`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [searcher, setSearcher] = useState<Searcher | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const load = useCallback(() => {
    // A function in setState is an updater: wrap the searcher.
    setLoadFailed(false);
    loadSearcher(graph.model).then(
      (s) => setSearcher(() => s),
      () => setLoadFailed(true),
    );
  }, [graph]);

  // "/" focuses the box from anywhere except a text field (where it is just a character).
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTextField(e.target)) return;
      e.preventDefault();
      inputRef.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const { hits, total } = useMemo(() => (searcher && query.trim() ? searcher(query) : { hits: [] as SearchHit[], total: 0 }), [searcher, query]);
  const expanded = open && query.trim() !== '';
  const current = active >= 0 && active < hits.length ? active : -1;

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    setOpen(false);
    setActive(-1);
    revealEntity(hit.id, hit.panel, VIEWS);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        e.preventDefault();
        if (!expanded) setOpen(true);
        if (!hits.length) return;
        const step = e.key === 'ArrowDown' ? 1 : -1;
        setActive(current < 0 ? (step > 0 ? 0 : hits.length - 1) : (current + step + hits.length) % hits.length);
        return;
      }
      case 'Enter':
        if (!expanded || !hits.length) return;
        e.preventDefault();
        choose(hits[current < 0 ? 0 : current]);
        return;
      case 'ArrowLeft':
      case 'ArrowRight':
      case 'Home':
      case 'End':
      case 'PageUp':
      case 'PageDown':
        // Caret keys belong to the text, not to the page (they page the presentation there).
        e.stopPropagation();
        return;
      case 'Escape':
        e.preventDefault();
        e.stopPropagation();
        if (expanded) setOpen(false);
        else setQuery('');
        setActive(-1);
        return;
    }
  };

  const optionId = (i: number) => `${id}-opt-${i}`;
  const status = !searcher
    ? tr(loadFailed ? T.failed : T.loading, lang)
    : !hits.length
      ? tr(T.none, lang)
      : (total > hits.length ? tr(T.countOf, lang) : tr(T.count, lang)).replace('{n}', String(hits.length)).replace('{total}', String(total));
  const sep = lang === 'en' ? ': ' : '：';

  return (
    <div className="search" role="search">
      <label htmlFor={`${id}-input`} className="sr-only">
        {tr(T.label, lang)}
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        className="search-input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && current >= 0 ? optionId(current) : undefined}
        aria-keyshortcuts="/"
        placeholder={tr(T.placeholder, lang)}
        value={query}
        onFocus={load}
        onChange={(e) => {
          if (loadFailed) load();
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <kbd className="search-key" aria-hidden="true">
        /
      </kbd>
      <div className="search-popup" hidden={!expanded}>
        <ul id={listId} role="listbox" aria-label={tr(T.results, lang)} className="search-results">
          {expanded
            ? hits.map((h, i) => (
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
                </li>
              ))
            : null}
        </ul>
        <p className="search-status" role="status">
          {expanded ? status : ''}
        </p>
      </div>
    </div>
  );
}
