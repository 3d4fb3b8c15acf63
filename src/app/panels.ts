// The dashboard's panels, in reading order. Each is self-contained (its own folder under
// features/) and talks to the others only through the store. `wide` panels span the grid.
import { lazy, type ComponentType } from 'react';
import LeadershipPanel from '../features/leadership/LeadershipPanel';
import PrecisionPanel from '../features/precision/PrecisionPanel';

import PoliciesPanel from '../features/policies/PoliciesPanel';
import FourFocusesPanel from '../features/four-focuses/FourFocusesPanel';

import TimelinePanel from '../features/timeline/TimelinePanel';

// ECharts (about half of all the JavaScript) and the zoomable mind map load as separate chunks,
// so the first paint needs only React, the data and the light SVG panels. Until a chunk arrives
// its panel shows a placeholder that keeps data-panel with data-ready="false".
const ExitCriteriaPanel = lazy(() => import('../features/exit-criteria/ExitCriteriaPanel'));
const FundingPanel = lazy(() => import('../features/funding/FundingPanel'));
const CampaignMapPanel = lazy(() => import('../features/campaign-map/CampaignMapPanel'));

export interface PanelSpec {
  name: string;
  Component: ComponentType;
  wide?: boolean;
}

export const PANELS: readonly PanelSpec[] = [
  { name: 'leadership', Component: LeadershipPanel, wide: true },
  { name: 'precision', Component: PrecisionPanel },
  { name: 'four-focuses', Component: FourFocusesPanel },
  { name: 'exit-criteria', Component: ExitCriteriaPanel },
  { name: 'funding', Component: FundingPanel },
  { name: 'policies', Component: PoliciesPanel, wide: true },
  { name: 'campaign-map', Component: CampaignMapPanel, wide: true },
  { name: 'timeline', Component: TimelinePanel, wide: true },
];

/** Views the URL may name: the one-screen overview (default), the whole grid, or one panel on its own. */
export const VIEWS: readonly string[] = ['overview', 'all', ...PANELS.map((p) => p.name)];
