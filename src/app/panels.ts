// The dashboard's full panels, in reading order: one per part of the registry (src/parts/registry.ts).
// Each is self-contained (its own folder under features/, loaded through its forms.ts) and talks to
// the others only through the store. `wide` panels span the grid.
import type { ComponentType } from 'react';
import { lazyPanel, type LazyPanel } from './lazyPanel';
import { PARTS, partMeta } from '../parts/registry';
import { formsOf } from './partForms';
import { loadBuiltInWords } from '../model/dataset';

// Every full panel is its own chunk. The default page is the overview (prerendered, then
// hydrated), which needs none of them: leaving the five light SVG panels out of the initial
// bundle saves ~25 KB gzip of its JavaScript (measured, 156 → 131 KB). ECharts (about half of all
// the JavaScript) and the zoomable mind map were split already. Until a chunk arrives its panel
// shows a labelled placeholder that keeps data-panel with data-ready="false"; if the chunk fails,
// only that panel says so and offers to load it again (see lazyPanel.tsx).
//
// A page that opens on full panels loads the light ones before its first render
// (preloadLightPanels, src/main.tsx), as when they were in the initial bundle: a lazy panel whose
// module is already here resolves synchronously, so those panels never paint a placeholder first
// and then push the page down.
//
// A panel's code arrives with the built-in data's later texts (model/dataset.ts): the panels show
// descriptions, quotes and notes that the first picture's data leaves out.
const made = new Map<string, LazyPanel>();

/** A part's full panel (made once); null for a name that is no part or a part without forms. */
export function panelOf(name: string): LazyPanel | null {
  const known = made.get(name);
  if (known) return known;
  const meta = partMeta(name);
  const forms = formsOf(name);
  if (!meta || !forms) return null;
  const load = forms.load as () => Promise<{ default: ComponentType }>;
  // The later texts are not the panel's to fail with: without them it shows what the start data has.
  const panel = lazyPanel(name, meta.title, () => Promise.all([load(), loadBuiltInWords().catch(() => undefined)]).then(([m]) => m));
  made.set(name, panel);
  return panel;
}

/** Load the light SVG panels' code (not the chart or mind-map chunks: parts marked `heavy`). */
export function preloadLightPanels(): Promise<unknown> {
  return Promise.all(PARTS.filter((p) => !p.heavy).map((p) => panelOf(p.name)?.preload()));
}

export interface PanelSpec {
  name: string;
  Component: ComponentType;
  wide?: boolean;
}

/** The full panels, in the registry's order. */
export function panels(): PanelSpec[] {
  return PARTS.flatMap((p) => {
    const Component = panelOf(p.name);
    return Component ? [{ name: p.name, Component, wide: p.wide }] : [];
  });
}
