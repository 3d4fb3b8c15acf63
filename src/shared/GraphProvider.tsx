import { createContext, useContext, useLayoutEffect, type ReactNode } from 'react';
import type { InteractionState } from '../core/emphasis';
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

const asIs = (s: InteractionState) => s;

interface GraphProviderProps {
  graph: EntityGraph;
  children: ReactNode;
  /** Where this graph's entities are drawn (a comparison has one graph per half); the whole page by default. */
  scope?: ParentNode;
  /** The selection and hover as this graph sees them (a comparison hides an id that names another kind here). */
  interaction?: (s: InteractionState) => InteractionState;
}

/**
 * Provides the graph and keeps every selectable element's emphasis current: one store
 * subscription for the whole page (see shared/emphasisWriter.ts). It writes synchronously in
 * the store listener, so the attributes are right before the browser next paints.
 */
export function GraphProvider({ graph, children, scope, interaction = asIs }: GraphProviderProps) {
  useLayoutEffect(() => {
    const root = scope ?? document;
    writeEmphasis(root, graph, interaction(useAppStore.getState()));
    return useAppStore.subscribe((s, prev) => {
      if (s.selectedId !== prev.selectedId || s.hoveredId !== prev.hoveredId) writeEmphasis(root, graph, interaction(s));
    });
  }, [graph, scope, interaction]);
  return <GraphContext.Provider value={graph}>{children}</GraphContext.Provider>;
}
