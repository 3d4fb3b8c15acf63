// The header's search box: an ARIA combobox (input + listbox, aria-activedescendant) over every
// entity. This file is all that ships with the page; the results (SearchResults.tsx) with the index,
// the scorer and the readings table come in the search chunk, fetched when the box first gets focus
// or "/" is pressed. The box itself works from the first paint: what is typed before the chunk
// arrives stays in it and is searched when it does.
//
// Keys in the box: ↓/↑ move through the results, Enter opens the active one (or the first),
// Escape closes the list (a second Escape empties the box) and never clears the selection —
// the app's global Escape does that, so the box keeps the key to itself.
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useGraph } from '../../shared/GraphProvider';
import { tr } from '../../i18n/text';
import { useLang } from '../../shared/useEntity';
import { onDemand } from '../../shared/useOnDemand';
import type { Model } from '../../model/types';
import type { Searcher, SearchHit } from './engine';
import { SEARCH_START_TEXT as T } from './text';
import './search.css';

type Results = typeof import('./SearchResults');
// Loaded once; a chunk that failed to load (offline, a new deploy) is asked for again on the next focus or keystroke.
const searchResults = onDemand((): Promise<Results> => import('./SearchResults'));

async function loadSearch(model: Model): Promise<{ results: Results; searcher: Searcher }> {
  const results = await searchResults.preload();
  return { results, searcher: await results.searcherFor(model) };
}

function isTextField(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
}

const NO_HITS = { hits: [] as SearchHit[], total: 0 };

export function SearchBox() {
  const lang = useLang();
  const graph = useGraph();
  const id = useId();
  const listId = `${id}-list`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [search, setSearch] = useState<{ results: Results; searcher: Searcher } | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const load = useCallback(() => {
    setLoadFailed(false);
    loadSearch(graph.model).then(setSearch, () => setLoadFailed(true));
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

  const { hits, total } = useMemo(() => (search && query.trim() ? search.searcher(query) : NO_HITS), [search, query]);
  const expanded = open && query.trim() !== '';
  const current = active >= 0 && active < hits.length ? active : -1;

  const choose = (hit: SearchHit | undefined) => {
    if (!hit || !search) return;
    setOpen(false);
    setActive(-1);
    search.results.chooseHit(hit);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (search?.results.onResultKey(e, { expanded, hits, current, setOpen, setActive, choose })) return;
    switch (e.key) {
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
  const status = search ? search.results.resultsStatus(hits, total, lang) : tr(loadFailed ? T.failed : T.loading, lang);

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
          {expanded && search ? (
            <search.results.SearchResultItems hits={hits} current={current} optionId={optionId} choose={choose} lang={lang} />
          ) : null}
        </ul>
        <p className="search-status" role="status">
          {expanded ? status : ''}
        </p>
      </div>
    </div>
  );
}
