import { createContext, useContext, useLayoutEffect, type ReactNode } from 'react';
import type { EntityGraph } from '../core/graph';
import { useAppStore } from '../store/store';
import { writeEmphasis } from './emphasisWriter';

const GraphContext = createContext<EntityGraph | null>(null);

/** The entity graph (and through it the model). Provided once at the app root. */
export function useGraph(): EntityGraph {
  const g = useContext(GraphContext);
  if (!g) throw new Error('useGraph() needs a <GraphProvider> above it');
  return g;
}

/**
 * Provides the graph and keeps every selectable element's emphasis current: one store
 * subscription for the whole page (see shared/emphasisWriter.ts). It writes synchronously in
 * the store listener, so the attributes are right before the browser next paints.
 */
export function GraphProvider({ graph, children }: { graph: EntityGraph; children: ReactNode }) {
  useLayoutEffect(() => {
    writeEmphasis(document, graph, useAppStore.getState());
    return useAppStore.subscribe((s, prev) => {
      if (s.selectedId !== prev.selectedId || s.hoveredId !== prev.hoveredId) writeEmphasis(document, graph, s);
    });
  }, [graph]);
  return <GraphContext.Provider value={graph}>{children}</GraphContext.Provider>;
}
