// Emphasis is written to the DOM by one store subscription, not rendered by React.
//
// A selection or hover changes the emphasis of many selectable things at once. When each of
// them subscribed to the store and re-rendered, a focus change cost one React re-render per
// entity — ~70 ms at 4× CPU on the real data and seconds at 100× synthetic scale (bench). Here
// one writer per graph keeps the attributes current; the CSS keyed by data-emphasis does the rest.
// React never renders these attributes, so the two never fight over them.
//
// A change costs what changed, not the page (issue 11): every selectable element registers itself
// under its entity id when it mounts (the ref of useEntityProps / useFollowerProps) and leaves when
// it unmounts, and the writer keeps the last resolved state. Moving the focus from A to B can only
// change the entities in {A, B} ∪ related(A) ∪ related(B) (everything else stays dimmed), and the
// aria state only of the old and new selection — so only their elements are visited. Only going
// from no focus to a focus (or back) visits every element: then everything really does change
// between idle and dimmed.
//
// Written attributes:
//   [data-entity]       data-emphasis, and aria-pressed / aria-selected (whichever it carries)
//   [data-emphasis-of]  data-follow-emphasis: things that are drawn with another entity's
//                       emphasis without being selectable (a matrix column, a link's stroke).
//                       With several ids ("a b", an edge's two ends) it is 'related' when every
//                       one is the focus or related to it, 'dimmed' otherwise, 'idle' with no focus.
//                       With one id and an aria-pressed (the map outline's rows, which select
//                       their node), aria-pressed too.
import { focusOf, relatedSet, resolveEmphasis, type Emphasis, type InteractionState } from '../core/emphasis';
import type { EntityGraph } from '../core/graph';

export interface Resolved {
  focus: string | null;
  related: ReadonlySet<string>;
  selectedId: string | null;
}

/** What every element's attributes follow from: the focus, its related set, the selection. */
export function resolve(graph: EntityGraph, state: InteractionState): Resolved {
  const focus = focusOf(state);
  return { focus, related: relatedSet(graph, focus), selectedId: state.selectedId };
}

function setIfChanged(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** The attributes of one selectable element. */
export function applyEntityAttributes(el: Element, id: string, r: Resolved): void {
  setIfChanged(el, 'data-emphasis', resolveEmphasis(id, r.focus, r.related));
  const selected = String(r.selectedId === id);
  if (el.hasAttribute('aria-selected')) setIfChanged(el, 'aria-selected', selected);
  else setIfChanged(el, 'aria-pressed', selected);
}

/** The emphasis a follower is drawn with: one id's own, or for several ids whether all are lit. */
export function followedEmphasis(ids: string, r: Resolved): Emphasis {
  const list = ids.split(' ').filter(Boolean);
  if (list.length === 1) return resolveEmphasis(list[0]!, r.focus, r.related);
  if (r.focus === null || list.length === 0) return 'idle';
  return list.every((id) => id === r.focus || r.related.has(id)) ? 'related' : 'dimmed';
}

export function applyFollowerAttributes(el: Element, ids: string, r: Resolved): void {
  setIfChanged(el, 'data-follow-emphasis', followedEmphasis(ids, r));
  if (el.hasAttribute('aria-pressed')) setIfChanged(el, 'aria-pressed', String(r.selectedId === ids));
}

type Registry = Map<string, Set<Element>>;

function add(registry: Registry, id: string, el: Element): () => void {
  let set = registry.get(id);
  if (!set) registry.set(id, (set = new Set()));
  set.add(el);
  return () => {
    set.delete(el);
    if (set.size === 0 && registry.get(id) === set) registry.delete(id);
  };
}

/** The ids whose emphasis or selection state can differ between `a` and `b`; null means "all of them". */
export function changedIds(a: Resolved, b: Resolved): Set<string> | null {
  if ((a.focus === null) !== (b.focus === null)) return null;
  const ids = new Set<string>();
  if (a.focus !== b.focus) {
    for (const r of [a, b]) {
      if (r.focus !== null) ids.add(r.focus);
      for (const id of r.related) ids.add(id);
    }
  }
  if (a.selectedId !== b.selectedId) {
    if (a.selectedId !== null) ids.add(a.selectedId);
    if (b.selectedId !== null) ids.add(b.selectedId);
  }
  return ids;
}

export class EmphasisWriter {
  private readonly entities: Registry = new Map();
  private readonly followers: Registry = new Map();
  private current: Resolved;

  constructor(
    private readonly graph: EntityGraph,
    state: InteractionState = { selectedId: null, hoveredId: null },
  ) {
    this.current = resolve(graph, state);
  }

  /** A selectable element mounted: give it its current attributes. Returns its unregister. */
  addEntity(el: Element, id: string): () => void {
    applyEntityAttributes(el, id, this.current);
    return add(this.entities, id, el);
  }

  /** A follower of one id or several ("a b", an edge): registered under each, so a change to any one visits it. */
  addFollower(el: Element, ids: string): () => void {
    applyFollowerAttributes(el, ids, this.current);
    const removers = ids
      .split(' ')
      .filter(Boolean)
      .map((id) => add(this.followers, id, el));
    return () => removers.forEach((remove) => remove());
  }

  /** Bring the registered elements up to date with `state`, visiting only those that can change. */
  update(state: InteractionState): void {
    const prev = this.current;
    if (focusOf(state) === prev.focus && state.selectedId === prev.selectedId) return;
    const next = resolve(this.graph, state);
    this.current = next;
    const ids = changedIds(prev, next);
    const visit = (registry: Registry, apply: (el: Element, id: string) => void) => {
      if (ids === null) {
        for (const [id, els] of registry) for (const el of els) apply(el, id);
        return;
      }
      for (const id of ids) for (const el of registry.get(id) ?? []) apply(el, id);
    };
    visit(this.entities, (el, id) => applyEntityAttributes(el, id, next));
    // A follower of several ids is drawn from all of them (its own attribute names them).
    visit(this.followers, (el, id) => applyFollowerAttributes(el, el.getAttribute('data-emphasis-of') ?? id, next));
  }
}

const writers = new WeakMap<EntityGraph, EmphasisWriter>();

/** The page's one writer for `graph` (GraphProvider subscribes it to the store). */
export function writerFor(graph: EntityGraph, state?: InteractionState): EmphasisWriter {
  let w = writers.get(graph);
  if (!w) writers.set(graph, (w = new EmphasisWriter(graph, state)));
  return w;
}
