// The dashboard's panels, in reading order (store/views.ts). Each is self-contained (its own folder
// under features/, imported through its index.ts) and talks to the others only through the store.
// `wide` panels span the grid.
import type { ComponentType } from 'react';
import { lazyPanel } from './lazyPanel';
import { PANEL_NAMES, type PanelName } from '../store/views';
// Not through the search's index.ts: that would put the panel names into the start JavaScript (panels.ts is not in it).
import { PANEL_NAME } from '../features/search/panelOf';
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
const panel = (name: PanelName, load: () => Promise<{ default: ComponentType }>) =>
  lazyPanel(name, PANEL_NAME[name]!, () => Promise.all([load(), loadBuiltInWords()]).then(([m]) => m));

const LeadershipPanel = panel('leadership', () => import('../features/leadership'));
const PrecisionPanel = panel('precision', () => import('../features/precision'));
const PoliciesPanel = panel('policies', () => import('../features/policies'));
const FourFocusesPanel = panel('four-focuses', () => import('../features/four-focuses'));
const TimelinePanel = panel('timeline', () => import('../features/timeline'));
const ExitCriteriaPanel = panel('exit-criteria', () => import('../features/exit-criteria'));
const FundingPanel = panel('funding', () => import('../features/funding'));
const CampaignMapPanel = panel('campaign-map', () => import('../features/campaign-map'));

/** Load the five light SVG panels (not the chart or mind-map chunks). */
export function preloadLightPanels(): Promise<unknown> {
  return Promise.all([LeadershipPanel, PrecisionPanel, PoliciesPanel, FourFocusesPanel, TimelinePanel].map((p) => p.preload()));
}

export interface PanelSpec {
  name: PanelName;
  Component: ComponentType;
  wide?: boolean;
}

// A Record, so that a name without a component (or the reverse) does not type-check.
const PARTS: Record<PanelName, Omit<PanelSpec, 'name'>> = {
  leadership: { Component: LeadershipPanel, wide: true },
  precision: { Component: PrecisionPanel },
  'four-focuses': { Component: FourFocusesPanel },
  'exit-criteria': { Component: ExitCriteriaPanel },
  funding: { Component: FundingPanel },
  policies: { Component: PoliciesPanel, wide: true },
  'campaign-map': { Component: CampaignMapPanel, wide: true },
  timeline: { Component: TimelinePanel, wide: true },
};

export const PANELS: readonly PanelSpec[] = PANEL_NAMES.map((name) => ({ name, ...PARTS[name] }));
