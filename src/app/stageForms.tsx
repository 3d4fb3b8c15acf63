// Every part's stage form (its presentation slide, src/features/<part>/Stage.tsx), in one map until
// the parts' descriptors (issue 20) carry them in their `stage` slot. Each is its own chunk, loaded
// when a step shows it; this map is in the full panels' chunk (FullPanels.tsx), which presenting loads.
import { lazy, Suspense, type ComponentType } from 'react';
import type { StageProps } from '../shared/StageKit';
import type { PartName } from '../features/overview';

const STAGE_FORMS: Record<PartName, ComponentType<StageProps>> = {
  leadership: lazy(() => import('../features/leadership/Stage')),
  precision: lazy(() => import('../features/precision/Stage')),
  'four-focuses': lazy(() => import('../features/four-focuses/Stage')),
  'exit-criteria': lazy(() => import('../features/exit-criteria/Stage')),
  funding: lazy(() => import('../features/funding/Stage')),
  policies: lazy(() => import('../features/policies/Stage')),
  'campaign-map': lazy(() => import('../features/campaign-map/Stage')),
  timeline: lazy(() => import('../features/timeline/Stage')),
};

/** A part's stage form for a step, or null when the part has none. */
export function stageByName(name: string, props: StageProps) {
  const Stage = STAGE_FORMS[name as PartName];
  if (!Stage) return null;
  return (
    <Suspense fallback={null}>
      <Stage {...props} />
    </Suspense>
  );
}
