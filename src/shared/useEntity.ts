// The testing contract and the interaction model for every selectable thing, in one hook:
// data-entity, data-emphasis, focusable, Enter/Space select, click toggles, hover previews.
//
// data-emphasis and aria-pressed / aria-selected are not React props: the element's ref registers
// it with the emphasis writer (shared/emphasisWriter.ts, subscribed by GraphProvider), which sets
// their first values and keeps them current. So a selection does not re-render every entity.
import { useCallback, useMemo, type KeyboardEvent, type RefCallback } from 'react';
import { useAppStore } from '../store/store';
import { useGraph } from './GraphProvider';
import { writerFor } from './emphasisWriter';
import type { Lang } from '../store/url';

export function useLang(): Lang {
  return useAppStore((s) => s.lang);
}

export interface EntityProps {
  'data-entity': string;
  tabIndex: number;
  role?: 'button';
  ref: RefCallback<Element>;
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
  const graph = useGraph();
  const ref = useCallback(
    (el: Element | null) => {
      if (!el) return;
      // The aria attribute the writer keeps current is the one the element carries.
      el.setAttribute(variant === 'row' ? 'aria-selected' : 'aria-pressed', 'false');
      return writerFor(graph, useAppStore.getState()).addEntity(el, id);
    },
    [graph, id, variant],
  );
  const onClick = useCallback(
    (e: { stopPropagation(): void }) => {
      e.stopPropagation();
      useAppStore.getState().toggle(id);
    },
    [id],
  );
  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      if (activateKey(e)) {
        e.preventDefault();
        e.stopPropagation();
        useAppStore.getState().toggle(id);
      }
    },
    [id],
  );
  const onPointerEnter = useCallback(() => useAppStore.getState().hover(id), [id]);
  const onPointerLeave = useCallback(() => {
    if (useAppStore.getState().hoveredId === id) useAppStore.getState().hover(null);
  }, [id]);
  return useMemo(
    () => ({
      'data-entity': id,
      tabIndex: 0,
      ...(variant === 'row' ? {} : { role: 'button' as const }),
      ref,
      onClick,
      onKeyDown,
      onPointerEnter,
      onPointerLeave,
    }),
    [id, variant, ref, onClick, onKeyDown, onPointerEnter, onPointerLeave],
  );
}

/**
 * One ref for any number of followers (a list of edges): each element gets its first
 * data-follow-emphasis from its own data-emphasis-of; the emphasis writer keeps it current.
 */
export function useFollowerRef(): RefCallback<Element> {
  const graph = useGraph();
  return useCallback(
    (el: Element | null) => {
      if (el) return writerFor(graph, useAppStore.getState()).addFollower(el, el.getAttribute('data-emphasis-of') ?? '');
    },
    [graph],
  );
}

/**
 * Props for something drawn with another entity's emphasis (data-follow-emphasis), not
 * selectable itself: one id (a matrix column), or several (an edge lit when both its ends are).
 */
export function useFollowerProps(...ids: string[]): { 'data-emphasis-of': string; ref: RefCallback<Element> } {
  const ref = useFollowerRef();
  const key = ids.join(' ');
  return useMemo(() => ({ 'data-emphasis-of': key, ref }), [key, ref]);
}
