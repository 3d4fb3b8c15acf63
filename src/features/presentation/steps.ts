// Pure: what a presentation step shows and where "present from here" starts (in the start JavaScript,
// for the Present button). Which keys move between steps is stepKeys.ts, in the stage's chunk.
import type { Model } from '../../model/types';
import type { PresentationStep } from '../../model/schema';
import { partMeta, partOfEntity } from '../../parts/registry';

export interface StepState {
  step: number;
  view: string;
  selectedId: string | null;
}

/** Step `step` of `steps` (the story presented: story.ts stepsOf) as the store's state. */
export function stepState(model: Model, steps: readonly PresentationStep[], step: number, views: readonly string[]): StepState | null {
  const s = steps[step];
  if (!s || (s.entity !== undefined && !model.entities.has(s.entity))) return null;
  return { step, view: views.includes(s.panel) ? s.panel : 'all', selectedId: s.entity ?? null };
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
export function startStepFor(model: Model, selectedId: string | null, steps: readonly PresentationStep[] = model.presentation): number {
  if (selectedId === null) return 0;
  const own = steps.findIndex((s) => s.entity === selectedId);
  if (own >= 0) return own;
  const part = partOfEntity(model, selectedId)?.name;
  const first = steps.findIndex((s) => s.panel === part);
  return first >= 0 ? first : 0;
}

/** The steps being presented: the store's story (story.ts, the story editor), else the data's own presentation. */
export function stepsOf(model: Model, story: readonly PresentationStep[] | null): readonly PresentationStep[] {
  return story ?? model.presentation;
}
