import { createContext, useContext, useLayoutEffect, type ReactNode } from 'react';
import type { InteractionState } from '../core/emphasis';
import type { EntityGraph } from '../core/graph';
import { useAppStore } from '../store/store';
import { writerFor } from './emphasisWriter';

const GraphContext = createContext<EntityGraph | null>(null);

/** The entity graph (and through it the model). Provided once at the app root. */
export function useGraph(): EntityGraph {
  const g = useContext(GraphContext);
  if (!g) throw new Error('useGraph() needs a <GraphProvider> above it');
  return g;
}

const asIs = (s: InteractionState) => s;

interface GraphProviderProps {
  graph: EntityGraph;
  children: ReactNode;
  /** The selection and hover as this graph sees them (a comparison hides an id that names another kind here). */
  interaction?: (s: InteractionState) => InteractionState;
}

/**
 * Provides the graph and keeps every selectable element's emphasis current: one store
 * subscription for the whole page (see shared/emphasisWriter.ts). It writes synchronously in
 * the store listener, so the attributes are right before the browser next paints.
 */
export function GraphProvider({ graph, children, interaction = asIs }: GraphProviderProps) {
  useLayoutEffect(() => {
    // One writer per graph: each half of a comparison has its own graph, so its elements register
    // with their own half's writer; the lens decides what that half shows of the one selection.
    const writer = writerFor(graph, interaction(useAppStore.getState()));
    writer.update(interaction(useAppStore.getState()));
    return useAppStore.subscribe((s, prev) => {
      if (s.selectedId !== prev.selectedId || s.hoveredId !== prev.hoveredId) writer.update(interaction(s));
    });
  }, [graph, interaction]);
  return <GraphContext.Provider value={graph}>{children}</GraphContext.Provider>;
}
