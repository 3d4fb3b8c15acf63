// Pure: the step "add the current view" makes — the panel open on its own (view=<part>), with the
// selection if it belongs to it and the panel's view (funding's comparison), else the part the
// selection belongs to with the selection. Nothing to add on the overview without a selection.
import type { Model } from '../../model/types';
import type { PresentationStep as StoryStep } from '../../model/schema';
import { isPartName, partOfEntity } from '../../parts/registry';

export interface ViewNow {
  view: string;
  selectedId: string | null;
  fundView: 'share' | 'compare';
}

export function stepFromView(model: Model, now: ViewNow): StoryStep | null {
  const sel = now.selectedId !== null && model.entities.has(now.selectedId) ? now.selectedId : null;
  // The part that draws the selection: the one drawn from its data file.
  const selPart = sel ? partOfEntity(model, sel)?.name : undefined;
  if (isPartName(now.view)) {
    const step: StoryStep = { panel: now.view as StoryStep['panel'] };
    if (sel && selPart === now.view) step.entity = sel;
    if (now.view === 'funding' && now.fundView === 'compare') step.state = { fundView: 'compare' };
    return step;
  }
  if (sel && selPart && isPartName(selPart)) return { panel: selPart as StoryStep['panel'], entity: sel };
  return null;
}
