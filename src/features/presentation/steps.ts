// Pure: what a presentation step shows, which keys move between steps, and where "present from
// here" starts. Clickers send PageDown/PageUp (some send arrows, Space, B or "."); arrows inside a
// panel belong to that panel (the mind map), and Space on a button or an item presses it.
import type { Model } from '../../model/types';
import type { PresentationStep } from '../../model/schema';

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

/** Does the step show the full panel (asked for, or needed for a panel state) rather than the overview's part? */
export function showsFullPanel(step: PresentationStep): boolean {
  return step.full === true || step.state !== undefined;
}

export type StepMove = 'next' | 'prev' | 'first' | 'last' | 'exit' | 'black' | 'fullscreen' | null;

export interface KeyContext {
  /** Focus is inside a panel (its arrows move within it). */
  insidePanel: boolean;
  /** Focus is on a button or a selectable item (Space presses it). */
  onControl: boolean;
}

export function stepMoveForKey(key: string, ctx: KeyContext): StepMove {
  switch (key) {
    case 'PageDown':
      return 'next';
    case 'PageUp':
      return 'prev';
    case ' ':
    case 'Spacebar':
      return ctx.onControl ? null : 'next';
    case 'ArrowRight':
    case 'ArrowDown':
      return ctx.insidePanel ? null : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
      return ctx.insidePanel ? null : 'prev';
    case 'Home':
      return ctx.insidePanel ? null : 'first';
    case 'End':
      return ctx.insidePanel ? null : 'last';
    case 'b':
    case 'B':
    case '.':
      return 'black';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

export function nextStep(current: number, move: 'next' | 'prev' | 'first' | 'last', count: number): number {
  switch (move) {
    case 'next':
      return Math.min(current + 1, count - 1);
    case 'prev':
      return Math.max(current - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return count - 1;
  }
}

/** Which part of the picture a data file's entities belong to. */
const PART_OF_FILE: Record<string, string> = {
  'overview.json': 'precision',
  'leadership.json': 'leadership',
  'precision.json': 'precision',
  'four-focuses.json': 'four-focuses',
  'support-and-funding.json': 'funding',
  'exit-criteria.json': 'exit-criteria',
  'household-policies.json': 'policies',
  'campaign-map.json': 'campaign-map',
  'history.json': 'timeline',
};

/**
 * "Present from here": the step that shows the selection itself, else the first step of the part
 * the selection belongs to, else the beginning.
 */
export function startStepFor(model: Model, selectedId: string | null): number {
  if (selectedId === null) return 0;
  const own = model.presentation.findIndex((s) => s.entity === selectedId);
  if (own >= 0) return own;
  const file = model.sectionOf.get(selectedId)?.file;
  const part = file ? PART_OF_FILE[file] : undefined;
  const first = model.presentation.findIndex((s) => s.panel === part);
  return first >= 0 ? first : 0;
}
