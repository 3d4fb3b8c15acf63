// The one map from a part of the picture to its figure for a paper (issue 23): each loads on demand.
// (When the part descriptors have a `figure` slot, this map is read from them.)
import type { FigureLoaders } from '../shared/figureSlot';

export const FIGURES: FigureLoaders = {
  leadership: () => import('../features/leadership/figure'),
  precision: () => import('../features/precision/figure'),
  'four-focuses': () => import('../features/four-focuses/figure'),
  'exit-criteria': () => import('../features/exit-criteria/figure'),
  funding: () => import('../features/funding/figure'),
  policies: () => import('../features/policies/figure'),
  'campaign-map': () => import('../features/campaign-map/figure'),
  timeline: () => import('../features/timeline/figure'),
};
