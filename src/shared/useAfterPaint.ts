// Store values as the slower parts of the page see them: one frame after they changed.
//
// A click must paint what the user did first (the clicked item and every data-emphasis, which the
// emphasis writer sets synchronously in the store listener) and only then the heavier answers to it:
// the charts' setOption, the details' new article. useDeferredValue was not enough: React renders the
// deferred value in a scheduler task, which Chromium runs before the next frame when the thread is
// free, so that work still came before the click's paint (CPU profiles at 4×: ~100 ms of setOption per
// click on the long dashboard; on the overview the details' render, commit and layout were about a
// third of a click's main-thread time).
//
// One value is shared by everything that reads it, and it tells them all in the same task: the
// phone's details sheet opens in the same commit that fills it (a sheet that opened on its
// placeholder and grew a frame later was a layout shift of 0.15 on a page opening with ?sel=).
import { useSyncExternalStore } from 'react';
import { useAppStore, type AppState } from '../store/store';
import { afterNextPaint, type AfterNextPaint } from './afterNextPaint';

export interface AfterPaintValue<T> {
  subscribe: (listener: () => void) => () => void;
  get: () => T;
}

/**
 * `select` picks the value; `restFor` may ask a change to wait until the store has rested that many
 * ms first (a hover the pointer is only passing over); a change that asks for no rest goes after
 * the next paint. The store is watched only while something listens.
 */
export function afterPaintValue<T>(select: (s: AppState) => T, restFor?: (s: AppState, prev: AppState) => number): AfterPaintValue<T> {
  const listeners = new Set<() => void>();
  let published: T = select(useAppStore.getState());
  let resting = 0;
  let unsubscribeStore: (() => void) | null = null;
  const stopResting = () => {
    if (resting) window.clearTimeout(resting);
    resting = 0;
  };
  const publish = () => {
    const next = select(useAppStore.getState());
    if (Object.is(next, published)) return;
    published = next;
    for (const listener of [...listeners]) listener();
  };
  // Made with the first reader: modules holding these values are also loaded by the build's render, which has no window.
  let later: AfterNextPaint = { schedule: () => {}, cancel: () => {} };
  const onStore = (s: AppState, prev: AppState) => {
    const rest = restFor?.(s, prev) ?? 0;
    if (Object.is(select(s), select(prev))) {
      // The same value, but a change that wants no rest ends a wait (a click on the hovered item).
      if (resting && rest === 0) {
        stopResting();
        later.schedule();
      }
      return;
    }
    stopResting();
    if (rest > 0) {
      // A click that follows at once schedules straight away and ends this wait.
      resting = window.setTimeout(() => {
        resting = 0;
        later.schedule();
      }, rest);
    } else later.schedule();
  };
  return {
    subscribe(listener) {
      if (listeners.size === 0) {
        later = afterNextPaint(publish);
        published = select(useAppStore.getState());
        unsubscribeStore = useAppStore.subscribe(onStore);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        unsubscribeStore?.();
        unsubscribeStore = null;
        stopResting();
        later.cancel();
      };
    },
    // Unwatched (the build's render, a first render before subscribing) it is the store's own value.
    get: () => (unsubscribeStore ? published : select(useAppStore.getState())),
  };
}

export function useAfterPaint<T>(value: AfterPaintValue<T>): T {
  return useSyncExternalStore(value.subscribe, value.get, value.get);
}

/** The selection, one frame late: the details, and on a phone the sheet that holds them. */
export const selectionAfterPaint = afterPaintValue((s) => s.selectedId);
