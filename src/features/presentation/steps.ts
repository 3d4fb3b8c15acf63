// Pure: what a presentation step shows, and which keys move between steps. Clickers send
// PageDown/PageUp (some send arrows); arrows inside a panel belong to that panel (the mind map).
import type { Model } from '../../model/types';

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

export type StepMove = 'next' | 'prev' | 'first' | 'last' | 'exit' | null;

export function stepMoveForKey(key: string, targetInsidePanel: boolean): StepMove {
  switch (key) {
    case 'PageDown':
      return 'next';
    case 'PageUp':
      return 'prev';
    case 'ArrowRight':
      return targetInsidePanel ? null : 'next';
    case 'ArrowLeft':
      return targetInsidePanel ? null : 'prev';
    case 'Home':
      return targetInsidePanel ? null : 'first';
    case 'End':
      return targetInsidePanel ? null : 'last';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

export function nextStep(current: number, move: Exclude<StepMove, null | 'exit'>, count: number): number {
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
