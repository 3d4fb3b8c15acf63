// The dashboard's panels, in reading order (store/views.ts). Each is self-contained (its own folder
// under features/, imported through its index.ts) and talks to the others only through the store.
// `wide` panels span the grid.
import type { ComponentType } from 'react';
import { lazyPanel } from './lazyPanel';
import { PANEL_NAMES, type PanelName } from '../store/views';
import LeadershipPanel from '../features/leadership';
import PrecisionPanel from '../features/precision';
import PoliciesPanel from '../features/policies';
import FourFocusesPanel from '../features/four-focuses';
import TimelinePanel from '../features/timeline';

// ECharts (about half of all the JavaScript) and the zoomable mind map load as separate chunks,
// so the first paint needs only React, the data and the light SVG panels. Until a chunk arrives
// its panel shows a labelled placeholder that keeps data-panel with data-ready="false"; if the
// chunk fails, only that panel says so and offers to load it again (see lazyPanel.tsx).
const ExitCriteriaPanel = lazyPanel('exit-criteria', { zh: '退出标准', en: 'Exit criteria' }, () => import('../features/exit-criteria'));
const FundingPanel = lazyPanel('funding', { zh: '资金投入', en: 'Funding' }, () => import('../features/funding'));
const CampaignMapPanel = lazyPanel('campaign-map', { zh: '脱贫攻坚图', en: 'Campaign map' }, () => import('../features/campaign-map'));

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
