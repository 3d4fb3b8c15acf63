// Pure: which keys move between presentation steps. Clickers send PageDown/PageUp (some send arrows,
// Space, B or "."); arrows inside a panel belong to that panel (the mind map), and Space on a button or
// an item presses it. In the stage's chunk (PresentationBar.tsx): keys only move steps while it is shown.

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
