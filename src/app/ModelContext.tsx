import { createContext, useContext } from 'react';
import type { EntityGraph } from '../core/graph';

export const GraphContext = createContext<EntityGraph | null>(null);

/** The entity graph (and through it the model). Provided once at the app root. */
export function useGraph(): EntityGraph {
  const g = useContext(GraphContext);
  if (!g) throw new Error('useGraph() needs a <GraphContext.Provider> above it');
  return g;
}
