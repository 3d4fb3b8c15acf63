// Pure: which keys move between presentation steps. Clickers send PageDown/PageUp (some send arrows,
// Space, B or "."). While presenting these keys belong to the presentation whatever was clicked or
// focused last on the stage (a trainer points at an item, then presses the clicker): only a text field
// (the search box, the story editor's captions) keeps its keys. In the stage's chunk (PresentationBar.tsx).

export type StepMove = 'next' | 'prev' | 'first' | 'last' | 'exit' | 'black' | 'fullscreen' | 'presenter' | null;

export interface KeyContext {
  /** Focus is in a text field: every key is typing. */
  inTextField: boolean;
}

export function stepMoveForKey(key: string, ctx: KeyContext): StepMove {
  if (ctx.inTextField) return null;
  switch (key) {
    case 'PageDown':
    case ' ':
    case 'Spacebar':
    case 'ArrowRight':
    case 'ArrowDown':
      return 'next';
    case 'PageUp':
    case 'ArrowLeft':
    case 'ArrowUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'b':
    case 'B':
    case '.':
      return 'black';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'Escape':
      return 'exit';
    case 'p':
    case 'P':
      return 'presenter';
    default:
      return null;
  }
}

/** A text field takes every key (typing a "b" in the search box is not a black screen). */
export function isTextField(target: EventTarget | null): boolean {
  const t = target as HTMLElement | null;
  if (!t || typeof t.closest !== 'function') return false;
  if (t.isContentEditable) return true;
  const field = t.closest('input, textarea, select');
  if (!field) return false;
  const type = field instanceof HTMLInputElement ? field.type : '';
  return !['button', 'checkbox', 'radio', 'range', 'submit', 'reset', 'color', 'file'].includes(type);
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
