// Emphasis is written to the DOM by one store subscription, not rendered by React.
//
// A selection or hover changes the emphasis of nearly every selectable thing on the page at
// once (idle → dimmed). When each of them subscribed to the store and re-rendered, a focus
// change cost one React re-render per entity — ~70 ms at 4× CPU on the real data and seconds
// at 100× synthetic scale (bench). Here one listener walks the page's [data-entity] elements,
// resolves each one's emphasis with the one resolver (core/emphasis.ts) and sets the
// attributes whose value changed; the CSS keyed by data-emphasis does the rest. React never
// renders these attributes, so the two never fight over them: a newly mounted element gets its
// first values from its ref (see useEntityProps), every later change comes from here.
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

/** The attributes of one selectable element (also used for its first values, on mount). */
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

/** Bring every element under `root` up to date with `state`. */
export function writeEmphasis(root: ParentNode, graph: EntityGraph, state: InteractionState): void {
  const r = resolve(graph, state);
  for (const el of root.querySelectorAll('[data-entity]')) applyEntityAttributes(el, el.getAttribute('data-entity')!, r);
  for (const el of root.querySelectorAll('[data-emphasis-of]')) applyFollowerAttributes(el, el.getAttribute('data-emphasis-of')!, r);
}
