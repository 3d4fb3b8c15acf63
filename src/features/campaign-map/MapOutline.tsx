// The whole campaign map as an HTML outline under the drawing, in a <details> that starts
// closed. Why: the SVG draws only the open branches, and SVG cannot be hidden="until-found", so
// without this the browser's find (Ctrl+F, a screen reader's page search, a #:~:text= link)
// could not see a folded node. Here every node is a row; rows under a folded branch are
// hidden="until-found". When find matches one, the browser opens the <details>, shows the row
// and fires beforematch on it: the map then unfolds to that node and pans to it (the same
// 'reveal' as a selection from another panel). The rows mirror the map's folding both ways:
// the +/− buttons here fold the map, and the map's toggles fold these rows.
//
// Rows carry data-outline-row, not data-entity: the drawing keeps the one data-entity per
// node inside the panel that the testing contract and the tests rely on.
import { memo, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useGraph } from '../../shared/GraphProvider';
import { tr } from '../../i18n/text';
import { confidenceMark } from '../../shared/entityText';
import { useFollowerProps, useLang } from '../../shared/useEntity';
import { useAppStore } from '../../store/store';
import type { Lang } from '../../store/url';
import { outlineRows, type OutlineRow } from './outline';
import { MAP_OUTLINE_TEXT, MAP_TEXT } from './text';
import type { MapAction, TreeIndex } from './tree';

const MAX_INDENT = 6;

export const MapOutline = memo(function MapOutline({
  index,
  expanded,
  dispatch,
}: {
  index: TreeIndex;
  expanded: ReadonlySet<string>;
  dispatch: (a: MapAction) => void;
}) {
  const lang = useLang();
  const rows = useMemo(() => outlineRows(index, expanded), [index, expanded]);
  const listRef = useRef<HTMLUListElement>(null);

  // React writes hidden as a boolean (hidden=""); until-found is set here, before paint.
  useLayoutEffect(() => {
    listRef.current?.querySelectorAll('li[hidden]').forEach((li) => li.setAttribute('hidden', 'until-found'));
  }, [rows]);

  // beforematch bubbles: one listener for every row.
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const onMatch = (e: Event) => {
      const id = (e.target as Element).getAttribute('data-outline-row');
      if (id) dispatch({ type: 'reveal', id });
    };
    list.addEventListener('beforematch', onMatch);
    return () => list.removeEventListener('beforematch', onMatch);
  }, [dispatch]);

  return (
    <details className="campaign-map-outline" data-export="skip">
      <summary>{tr(MAP_OUTLINE_TEXT.summary, lang).replace('{n}', String(rows.length))}</summary>
      <ul ref={listRef} aria-label={tr(MAP_OUTLINE_TEXT.label, lang)}>
        {rows.map((row) => (
          <OutlineItem key={row.id} row={row} lang={lang} dispatch={dispatch} />
        ))}
      </ul>
    </details>
  );
});

const OutlineItem = memo(function OutlineItem({ row, lang, dispatch }: { row: OutlineRow; lang: Lang; dispatch: (a: MapAction) => void }) {
  const graph = useGraph();
  // Pressed state and emphasis come from the emphasis writer, not from a store subscription per row.
  const follow = useFollowerProps(row.id);
  const entity = graph.model.entities.get(row.id);
  if (!entity) return null;
  const label = tr(entity.label, lang);
  const mark = confidenceMark(entity.confidence);
  const sep = lang === 'en' ? ': ' : '：';
  return (
    <li
      data-outline-row={row.id}
      aria-level={row.level}
      className={`campaign-map-outline-row campaign-map-outline-l${Math.min(row.level, MAX_INDENT)}`}
      hidden={row.hidden || undefined}
    >
      {row.hasChildren ? (
        <button
          type="button"
          className="campaign-map-outline-toggle"
          aria-expanded={row.expanded}
          aria-label={`${tr(row.expanded ? MAP_TEXT.collapseNode : MAP_TEXT.expandNode, lang)}${sep}${label}`}
          onClick={() => dispatch({ type: 'toggle', id: row.id })}
        >
          <span aria-hidden="true">{row.expanded ? '−' : '+'}</span>
        </button>
      ) : (
        <span className="campaign-map-outline-leaf" aria-hidden="true" />
      )}
      <button
        type="button"
        {...follow}
        className="campaign-map-outline-entry"
        aria-pressed="false"
        onClick={() => useAppStore.getState().toggle(row.id)}
      >
        {label}
        {mark ? <span className="mark"> {mark}</span> : null}
      </button>
    </li>
  );
});
