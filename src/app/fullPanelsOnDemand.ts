// The full panels' code (FullPanels.tsx) arrives after the first picture; a page that opens on
// full panels fetches it, and the light panels' chunks, before its first render (src/main.tsx).
import { onDemand } from '../shared/useOnDemand';

export const fullPanels = onDemand(() => import('./FullPanels'));

/** The grid's code and the five light SVG panels (not the chart or mind-map chunks). */
export function preloadLightPanels(): Promise<unknown> {
  return fullPanels.preload().then((m) => m.preloadLightPanels());
}
