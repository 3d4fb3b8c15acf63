// 脱贫攻坚图: the book's campaign map as an interactive mind map. The tree, its folding and the
// keyboard moves are pure (tree.ts), positions come from d3-hierarchy (layout.ts), d3-zoom pans
// and zooms (useZoom.ts); this file wires them to the store and draws.
//
// Keyboard: every drawn node is in the tab order (tabIndex=0, as the testing contract asks of
// every selectable thing, in reading order) and the arrow keys move between nodes as on screen;
// so Tab walks the map and the arrows take the short way. Folding is the panel's own state.
import { shownPartTitle } from '../../shared/partTitle';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useReducer, useRef, type KeyboardEvent } from 'react';
import { useGraph } from '../../shared/GraphProvider';
import { tr } from '../../i18n/text';
import { PanelFrame, usePanelReady } from '../../shared/PanelFrame';
import { useFollowerRef, useLang } from '../../shared/useEntity';
import { useAppStore } from '../../store/store';
import type { Lang } from '../../store/url';
import { labelLines } from './labels';
import { layoutMap, panToShow, keepAnchor, readableFit, fitTransform, type PlacedLink } from './layout';
import { MapNode } from './MapNode';
import { MapOutline } from './MapOutline';
import { MAP_TEXT } from './text';
import { useMeasuredSize } from '../../shared/useElementSize';
import { useStepPanelState } from '../../shared/useStepPanelState';
import { useZoom } from './useZoom';
import {
  ancestorsToExpand,
  branchFor,
  contains,
  createMapReducer,
  flatten,
  indexFromGraph,
  initialMapState,
  kidsOf,
  navigate,
  topBranchOf,
  visibleTree,
  type MapAction,
  type MapState,
  type TreeIndex,
} from './tree';
import './campaign-map.css';

const FALLBACK_SIZE = { width: 800, height: 640 };
const ZOOM_STEP = 1.25;

/** Phones start with the five branches only; wider screens with their sub-branches too. */
function defaultLevel(): number {
  return typeof window !== 'undefined' && window.matchMedia?.('(max-width: 600px)').matches ? 1 : 2;
}

function LevelButtons({ dispatch, lang }: { dispatch: (a: MapAction) => void; lang: Lang }) {
  return (
    <div className="campaign-map-levels" role="group" aria-label={tr(MAP_TEXT.levels, lang)}>
      <button type="button" data-level="1" data-action="open-level-1" onClick={() => dispatch({ type: 'level', level: 1 })}>
        {tr(MAP_TEXT.level1, lang)}
      </button>
      <button type="button" data-level="2" data-action="open-level-2" onClick={() => dispatch({ type: 'level', level: 2 })}>
        {tr(MAP_TEXT.level2, lang)}
      </button>
      <button type="button" data-level="all" data-action="open-all" onClick={() => dispatch({ type: 'level', level: Infinity })}>
        {tr(MAP_TEXT.levelAll, lang)}
      </button>
    </div>
  );
}

export default function CampaignMapPanel() {
  const lang = useLang();
  const graph = useGraph();
  const index = useMemo(() => indexFromGraph(graph), [graph]);
  const reducer = useMemo(() => createMapReducer(index), [index]);
  const stepLevel = useStepPanelState()?.mapLevel;
  const [state, dispatch] = useReducer(reducer, index, (ix) =>
    initialMapState(ix, stepLevel === undefined ? defaultLevel() : stepLevel === 'all' ? Infinity : stepLevel, useAppStore.getState().selectedId),
  );
  // A node chosen anywhere (another panel, the URL, the details list) opens its branch here.
  // A store subscription, not a selector: the panel need not re-render for every selection,
  // only when a hidden campaign node has to be revealed (the reducer ignores the rest).
  useEffect(
    () =>
      useAppStore.subscribe((s, prev) => {
        if (s.selectedId !== prev.selectedId && s.selectedId !== null && contains(index, s.selectedId))
          dispatch({ type: 'reveal', id: s.selectedId });
      }),
    [index],
  );
  return (
    <PanelFrame
      name="campaign-map"
      title={shownPartTitle(graph.model, 'campaign-map', lang)}
      subtitle={tr(MAP_TEXT.subtitle, lang)}
      className="campaign-map"
      actions={<LevelButtons dispatch={dispatch} lang={lang} />}
    >
      <MapBody index={index} state={state} dispatch={dispatch} />
    </PanelFrame>
  );
}

function MapBody({ index, state, dispatch }: { index: TreeIndex; state: MapState; dispatch: (a: MapAction) => void }) {
  const graph = useGraph();
  const lang = useLang();
  const markReady = usePanelReady();
  const standalone = useAppStore((s) => s.view === 'campaign-map');
  const hintId = useId();
  const boxRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const canvasRef = useRef<SVGGElement>(null);
  const size = useMeasuredSize(boxRef, FALLBACK_SIZE);
  const zoomApi = useZoom(svgRef, canvasRef, size, standalone);

  const visible = useMemo(() => visibleTree(index, state.viewRoot, state.expanded), [index, state.viewRoot, state.expanded]);
  const figureState = useMemo(() => JSON.stringify({ root: state.viewRoot, expanded: [...state.expanded] }), [state.viewRoot, state.expanded]);
  const layout = useMemo(
    () =>
      layoutMap(visible, (n) => {
        const e = graph.model.entities.get(n.id);
        return e ? labelLines(e.label, e.confidence, lang, n.level) : [];
      }),
    [visible, graph, lang],
  );
  const hues = useMemo(() => {
    const branches = kidsOf(index, index.root);
    const m = new Map<string, string>();
    for (const id of index.order) {
      const b = topBranchOf(index, id);
      m.set(id, b === null ? 'root' : String(branches.indexOf(b) % 5));
    }
    return m;
  }, [index]);

  // Refs for handlers that must stay stable (the nodes are memoised).
  const latest = useRef({ layout, visible, size });
  useLayoutEffect(() => {
    latest.current = { layout, visible, size };
  });

  // Apply the view requests from the state once each: fit, keep the toggled node still, show a revealed node.
  const applied = useRef({ fit: 0, anchor: 0, reveal: 0 });
  const prevLayout = useRef(layout);
  useLayoutEffect(() => {
    const before = prevLayout.current;
    prevLayout.current = layout;
    if (!size.measured) return;
    let t = zoomApi.get();
    let changed = false;
    if (state.fitSeq !== applied.current.fit) {
      applied.current.fit = state.fitSeq;
      t = readableFit(layout.bounds, size.width, size.height, layout.nodes[0]);
      changed = true;
    } else if (state.anchor && state.anchor.seq !== applied.current.anchor) {
      applied.current.anchor = state.anchor.seq;
      const id = state.anchor.id;
      const a = before.nodes.find((n) => n.id === id);
      const b = layout.nodes.find((n) => n.id === id);
      if (a && b) {
        t = keepAnchor(t, a, b);
        changed = true;
      }
    }
    if (state.reveal && state.reveal.seq !== applied.current.reveal) {
      applied.current.reveal = state.reveal.seq;
      const id = state.reveal.id;
      const n = layout.nodes.find((x) => x.id === id);
      const moved = n ? panToShow(t, n, size.width, size.height) : null;
      if (moved) {
        t = moved;
        changed = true;
      }
    }
    if (changed) zoomApi.set(t);
    markReady(true);
  }, [layout, size, state.fitSeq, state.anchor, state.reveal, zoomApi, markReady]);

  const focusNode = useCallback((id: string) => {
    const el = svgRef.current?.querySelector<SVGGElement>(`.campaign-map-hit[data-entity="${id}"]`);
    el?.focus({ preventScroll: true });
  }, []);
  const onNavKey = useCallback(
    (e: KeyboardEvent, id: string) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const r = navigate(e.key, id, latest.current.visible);
      if (e.key.startsWith('Arrow') || r) e.preventDefault();
      if (!r) return;
      if (r.type === 'focus') focusNode(r.id);
      else dispatch({ type: r.type, id: r.id });
    },
    [dispatch, focusNode],
  );
  // Keyboard focus pans a node into view; pointer focus must not: the pan ran between
  // pointerdown and pointerup, so the button came up over another spot and the click was lost.
  const pointerFocus = useRef(false);
  const onFocusNode = useCallback(
    (id: string) => {
      dispatch({ type: 'current', id });
      if (pointerFocus.current) return;
      const { layout: l, size: s } = latest.current;
      const n = l.nodes.find((x) => x.id === id);
      const moved = n ? panToShow(zoomApi.get(), n, s.width, s.height) : null;
      if (moved) zoomApi.set(moved);
    },
    [dispatch, zoomApi],
  );
  const onToggle = useCallback(
    (id: string) => {
      dispatch({ type: 'current', id });
      dispatch({ type: 'toggle', id });
    },
    [dispatch],
  );
  const fit = useCallback(() => {
    const { layout: l, size: s } = latest.current;
    zoomApi.set(fitTransform(l.bounds, s.width, s.height));
  }, [zoomApi]);

  const total = index.order.length;
  const shown = flatten(visible).length;
  const branch = branchFor(index, state.current);
  const canFocus = branch !== null && branch !== state.viewRoot && branch !== index.root;
  const branchEntity = branch ? graph.model.entities.get(branch) : undefined;
  const focusName =
    canFocus && branchEntity
      ? `${tr(MAP_TEXT.focusBranch, lang)}${lang === 'en' ? ': ' : '：'}${tr(branchEntity.label, lang)}`
      : tr(MAP_TEXT.focusBranch, lang);
  const trail = state.viewRoot === index.root ? [] : [...ancestorsToExpand(index, state.viewRoot), state.viewRoot];

  return (
    <div className="campaign-map-body">
      <div className="campaign-map-toolbar">
        {trail.length ? (
          <nav className="campaign-map-trail" data-export="skip" aria-label={tr(MAP_TEXT.breadcrumb, lang)}>
            <ol>
              {trail.map((id, i) => {
                const e = graph.model.entities.get(id);
                const label = e ? tr(e.label, lang) : id;
                return (
                  <li key={id}>
                    {i < trail.length - 1 ? (
                      <button type="button" onClick={() => dispatch(id === index.root ? { type: 'wholeMap' } : { type: 'focusBranch', id })}>
                        {label}
                      </button>
                    ) : (
                      <span aria-current="location">{label}</span>
                    )}
                  </li>
                );
              })}
            </ol>
            <button type="button" className="campaign-map-whole" data-action="whole-map" onClick={() => dispatch({ type: 'wholeMap' })}>
              {tr(MAP_TEXT.wholeMap, lang)}
            </button>
          </nav>
        ) : null}
        <button
          type="button"
          className="campaign-map-focus"
          data-export="skip"
          data-action="focus-branch"
          disabled={!canFocus}
          aria-label={focusName}
          title={focusName}
          onClick={() => canFocus && dispatch({ type: 'focusBranch', id: branch })}
        >
          <span className="campaign-map-focus-verb">{tr(MAP_TEXT.focusBranch, lang)}</span>
          {canFocus && branchEntity ? (
            <>
              <span aria-hidden="true">{lang === 'en' ? ':' : '：'}</span>
              <span className="campaign-map-focus-name">{tr(branchEntity.label, lang)}</span>
            </>
          ) : null}
        </button>
        <span className="campaign-map-count" data-shown={shown} data-total={total}>
          {tr(MAP_TEXT.shown, lang)} {shown} / {total}
        </span>
        <div className="campaign-map-zoom" data-export="skip" role="group" aria-label={tr(MAP_TEXT.zoomControls, lang)}>
          <button
            type="button"
            data-zoom="out"
            aria-label={tr(MAP_TEXT.zoomOut, lang)}
            title={tr(MAP_TEXT.zoomOut, lang)}
            onClick={() => zoomApi.scaleBy(1 / ZOOM_STEP)}
          >
            −
          </button>
          <button
            type="button"
            data-zoom="in"
            aria-label={tr(MAP_TEXT.zoomIn, lang)}
            title={tr(MAP_TEXT.zoomIn, lang)}
            onClick={() => zoomApi.scaleBy(ZOOM_STEP)}
          >
            +
          </button>
          <button type="button" data-zoom="fit" onClick={fit}>
            {tr(MAP_TEXT.fit, lang)}
          </button>
        </div>
      </div>
      {/* How the map is folded now: the panel's figure (figure.ts, saved from its tools) draws the same branches. */}
      <div ref={boxRef} className="campaign-map-viewport" data-figure-state={figureState}>
        <svg
          ref={svgRef}
          className="campaign-map-svg"
          width={size.width}
          height={size.height}
          role="group"
          aria-label={tr(MAP_TEXT.mapLabel, lang)}
          aria-describedby={hintId}
          onPointerDownCapture={() => (pointerFocus.current = true)}
          onPointerUpCapture={() => (pointerFocus.current = false)}
          onPointerCancelCapture={() => (pointerFocus.current = false)}
        >
          <g ref={canvasRef} className="campaign-map-canvas">
            <MapLinks links={layout.links} hues={hues} />
            {layout.nodes.map((n) => (
              <MapNode
                key={n.id}
                node={n}
                hue={hues.get(n.id) ?? 'root'}
                lang={lang}
                onNavKey={onNavKey}
                onFocusNode={onFocusNode}
                onToggle={onToggle}
              />
            ))}
          </g>
        </svg>
      </div>
      <p id={hintId} className="campaign-map-hint" data-export="skip">
        {tr(MAP_TEXT.hint, lang)}
      </p>
      <MapOutline index={index} expanded={state.expanded} dispatch={dispatch} />
    </div>
  );
}

/** The branch lines: lit along the selection's path and its related nodes, faded otherwise. */
function MapLinks({ links, hues }: { links: readonly PlacedLink[]; hues: ReadonlyMap<string, string> }) {
  // Each line follows both its ends' emphasis through the emphasis writer (no re-render here).
  const linkRef = useFollowerRef();
  return (
    <g className="campaign-map-links" aria-hidden="true">
      {links.map((l) => (
        <path
          key={l.id}
          d={l.d}
          className={`campaign-map-link campaign-map-hue-${hues.get(l.id) ?? 'root'}`}
          data-emphasis-of={`${l.id} ${l.parent}`}
          ref={linkRef}
        />
      ))}
    </g>
  );
}
