// One emphasis resolver for every panel (after OWID Grapher's Emphasis.ts): the interaction
// state (selection, hover) and the graph decide how each entity is drawn. Styles come from one
// table keyed by emphasis (shared/theme.ts), so no panel invents its own highlighting rules.
import { relatedTo, type EntityGraph } from './graph';

export type Emphasis = 'selected' | 'related' | 'dimmed' | 'idle';

export interface InteractionState {
  selectedId: string | null;
  hoveredId: string | null;
}

/** Hover previews over the committed selection; with neither, everything is idle. */
export function focusOf(state: InteractionState): string | null {
  return state.hoveredId ?? state.selectedId;
}

export function resolveEmphasis(id: string, focusId: string | null, related: ReadonlySet<string>): Emphasis {
  if (focusId === null) return 'idle';
  if (id === focusId) return 'selected';
  return related.has(id) ? 'related' : 'dimmed';
}

/** relatedTo is pure but not free: remember the sets per graph and focus. */
const cache = new WeakMap<EntityGraph, Map<string, Set<string>>>();
const EMPTY: ReadonlySet<string> = new Set();

export function relatedSet(graph: EntityGraph, focusId: string | null): ReadonlySet<string> {
  if (focusId === null) return EMPTY;
  let perGraph = cache.get(graph);
  if (!perGraph) cache.set(graph, (perGraph = new Map()));
  let set = perGraph.get(focusId);
  if (!set) {
    set = relatedTo(graph, focusId);
    if (perGraph.size > 500) perGraph.clear();
    perGraph.set(focusId, set);
  }
  return set;
}

export function emphasisOf(graph: EntityGraph, id: string, state: InteractionState): Emphasis {
  const focusId = focusOf(state);
  return resolveEmphasis(id, focusId, relatedSet(graph, focusId));
}
