// The testing contract and the interaction model for every selectable thing, in one hook:
// data-entity, data-emphasis, focusable, Enter/Space select, click toggles, hover previews.
import { useCallback, useMemo, type KeyboardEvent } from 'react';
import { useAppStore } from '../store/store';
import { emphasisOf, type Emphasis } from '../core/emphasis';
import { useGraph } from '../app/ModelContext';
import type { Lang } from '../store/url';

/** The emphasis of one entity. The selector returns a string, so components re-render only when it changes. */
export function useEmphasis(id: string): Emphasis {
  const graph = useGraph();
  return useAppStore((s) => emphasisOf(graph, id, s));
}

export function useLang(): Lang {
  return useAppStore((s) => s.lang);
}

export interface EntityProps {
  'data-entity': string;
  'data-emphasis': Emphasis;
  tabIndex: number;
  role?: 'button';
  'aria-pressed'?: boolean;
  'aria-selected'?: boolean;
  onClick: (e: { stopPropagation(): void }) => void;
  onKeyDown: (e: KeyboardEvent) => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

export function activateKey(e: KeyboardEvent): boolean {
  return e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar';
}

/**
 * Spread onto the element that represents the entity (HTML or SVG). Use variant 'row' on a
 * table row: it keeps the row's own role and reports the selection with aria-selected.
 */
export function useEntityProps(id: string, variant: 'button' | 'row' = 'button'): EntityProps {
  const emphasis = useEmphasis(id);
  const selected = useAppStore((s) => s.selectedId === id);
  const onClick = useCallback((e: { stopPropagation(): void }) => {
    e.stopPropagation();
    useAppStore.getState().toggle(id);
  }, [id]);
  const onKeyDown = useCallback((e: KeyboardEvent) => {
    if (activateKey(e)) {
      e.preventDefault();
      e.stopPropagation();
      useAppStore.getState().toggle(id);
    }
  }, [id]);
  const onPointerEnter = useCallback(() => useAppStore.getState().hover(id), [id]);
  const onPointerLeave = useCallback(() => {
    if (useAppStore.getState().hoveredId === id) useAppStore.getState().hover(null);
  }, [id]);
  return useMemo(
    () => ({
      'data-entity': id,
      'data-emphasis': emphasis,
      tabIndex: 0,
      ...(variant === 'row' ? { 'aria-selected': selected } : { role: 'button' as const, 'aria-pressed': selected }),
      onClick,
      onKeyDown,
      onPointerEnter,
      onPointerLeave,
    }),
    [id, variant, emphasis, selected, onClick, onKeyDown, onPointerEnter, onPointerLeave],
  );
}
