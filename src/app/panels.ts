// The dashboard's panels, in reading order. Each is self-contained (its own folder under
// features/) and talks to the others only through the store. `wide` panels span the grid.
import type { ComponentType } from 'react';
import LeadershipPanel from '../features/leadership/LeadershipPanel';
import PrecisionPanel from '../features/precision/PrecisionPanel';
import ExitCriteriaPanel from '../features/exit-criteria/ExitCriteriaPanel';
import FundingPanel from '../features/funding/FundingPanel';
import PoliciesPanel from '../features/policies/PoliciesPanel';
import FourFocusesPanel from '../features/four-focuses/FourFocusesPanel';
import CampaignMapPanel from '../features/campaign-map/CampaignMapPanel';
import TimelinePanel from '../features/timeline/TimelinePanel';

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

/** Views the URL may name: the whole grid, or one panel on its own. */
export const VIEWS: readonly string[] = ['all', ...PANELS.map((p) => p.name)];
