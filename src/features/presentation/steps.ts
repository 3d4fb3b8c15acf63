// Pure: what a presentation step shows and where "present from here" starts (in the start JavaScript,
// for the Present button). Which keys move between steps is stepKeys.ts, in the stage's chunk.
import type { Model } from '../../model/types';
import type { PresentationStep } from '../../model/schema';
import { partMeta, partOfFile } from '../../parts/registry';

export interface StepState {
  step: number;
  view: string;
  selectedId: string;
}

export function stepState(model: Model, step: number, views: readonly string[]): StepState | null {
  const s = model.presentation[step];
  if (!s || !model.entities.has(s.entity)) return null;
  return { step, view: views.includes(s.panel) ? s.panel : 'all', selectedId: s.entity };
}

/** Does a step's full panel fill the stage by itself (the mind map's viewport is flexible), rather than being zoomed to fit it? */
export function fillsStage(step: PresentationStep): boolean {
  return partMeta(step.panel)?.fillsStage === true;
}

/** Does the step show the full panel (asked for, or needed for a panel state) rather than the overview's part? */
export function showsFullPanel(step: PresentationStep): boolean {
  return step.full === true || step.state !== undefined;
}

/**
 * "Present from here": the step that shows the selection itself, else the first step of the part
 * the selection belongs to, else the beginning.
 */
export function startStepFor(model: Model, selectedId: string | null): number {
  if (selectedId === null) return 0;
  const own = model.presentation.findIndex((s) => s.entity === selectedId);
  if (own >= 0) return own;
  const file = model.sectionOf.get(selectedId)?.file;
  const part = file ? partOfFile(file)?.name : undefined;
  const first = model.presentation.findIndex((s) => s.panel === part);
  return first >= 0 ? first : 0;
}
