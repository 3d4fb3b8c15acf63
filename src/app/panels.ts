// The dashboard's panels, in reading order (store/views.ts). Each is self-contained (its own folder
// under features/, imported through its index.ts) and talks to the others only through the store.
// `wide` panels span the grid.
import { lazy, type ComponentType } from 'react';
import { PANEL_NAMES, type PanelName } from '../store/views';

// Every full panel is its own chunk. The default page is the overview (prerendered, then
// hydrated), which needs none of them: leaving the five light SVG panels out of the initial
// bundle saves ~25 KB gzip of its JavaScript (measured, 156 → 131 KB). ECharts (about half of all
// the JavaScript) and the zoomable mind map were split already. Until a chunk arrives its panel
// shows a placeholder that keeps data-panel with data-ready="false".
//
// A page that opens on full panels loads the light ones before its first render
// (preloadLightPanels, src/main.tsx), as when they were in the initial bundle: a lazy component
// whose module is already here resolves synchronously, so those panels never paint a placeholder
// first and then push the page down.
type PanelModule = { default: ComponentType };
const loaded = new Map<string, PanelModule>();

/** A thenable that calls back at once: React.lazy then resolves without suspending. */
function settled(m: PanelModule): PromiseLike<PanelModule> {
  return { then: (onFulfilled) => settled(onFulfilled ? (onFulfilled(m) as unknown as PanelModule) : m) } as PromiseLike<PanelModule>;
}

function panel(name: string, load: () => Promise<PanelModule>) {
  const fetch = () => load().then((m) => (loaded.set(name, m), m));
  return { fetch, Component: lazy(() => (loaded.has(name) ? settled(loaded.get(name)!) : fetch()) as Promise<PanelModule>) };
}

const LIGHT = {
  leadership: panel('leadership', () => import('../features/leadership')),
  precision: panel('precision', () => import('../features/precision')),
  policies: panel('policies', () => import('../features/policies')),
  'four-focuses': panel('four-focuses', () => import('../features/four-focuses')),
  timeline: panel('timeline', () => import('../features/timeline')),
};

/** Load the five light SVG panels (not the chart or mind-map chunks). */
export function preloadLightPanels(): Promise<unknown> {
  return Promise.all(Object.values(LIGHT).map((p) => p.fetch()));
}

const LeadershipPanel = LIGHT.leadership.Component;
const PrecisionPanel = LIGHT.precision.Component;
const PoliciesPanel = LIGHT.policies.Component;
const FourFocusesPanel = LIGHT['four-focuses'].Component;
const TimelinePanel = LIGHT.timeline.Component;
const ExitCriteriaPanel = lazy(() => import('../features/exit-criteria'));
const FundingPanel = lazy(() => import('../features/funding'));
const CampaignMapPanel = lazy(() => import('../features/campaign-map'));

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
