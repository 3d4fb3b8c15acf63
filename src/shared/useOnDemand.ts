// Code the first picture does not run, loaded when it is first needed or right after hydration
// (issue 11: the start JavaScript). Not for full panels: those are lazyPanel()s.
//
// Unlike React.lazy nothing suspends: a component asks `useModule()` and renders without the part
// until it is here (the part is never in the prerendered HTML, so hydration is unaffected), then
// renders again with it. Once loaded, every later render has it synchronously, so a part that was
// preloaded draws in the same commit as the click that shows it. A chunk that did not arrive is
// the part's own failure to show (`failed`, shared/PartLoadFailed), with a retry, never a blank page.
import { useEffect, useSyncExternalStore } from 'react';

export interface OnDemand<M> {
  /** Starts loading (once; again after a failure) and resolves with the module. */
  preload: () => Promise<M>;
  /**
   * The module once loaded, else null; the component renders again when it arrives or fails. Loading
   * starts at once where the component needs it now (`needed`), else when the page is next idle:
   * after hydration the page first finishes its own work (the panels report ready), then fetches.
   */
  useModule: (needed: boolean) => { module: M | null; failed: boolean; retry: () => void };
}

export function onDemand<M>(load: () => Promise<M>): OnDemand<M> {
  let state: { module: M | null; failed: boolean } = { module: null, failed: false };
  let attempt: Promise<M> | null = null;
  const listeners = new Set<() => void>();
  const set = (next: typeof state) => {
    state = next;
    for (const l of listeners) l();
  };
  const preload = () =>
    (attempt ??= load().then(
      (module) => {
        set({ module, failed: false });
        return module;
      },
      (error: unknown) => {
        // A chunk that did not arrive (offline, or a new deploy): the next attempt asks again.
        attempt = null;
        set({ module: null, failed: true });
        throw error;
      },
    ));
  const warn = (e: unknown) => console.warn('A part of the page could not be loaded:', e instanceof Error ? e.message : e);
  const retry = () => {
    set({ module: null, failed: false });
    preload().catch(warn);
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const snapshot = () => state;
  const serverSnapshot = () => NOT_LOADED as typeof state;
  function useModule(needed: boolean) {
    const current = useSyncExternalStore(subscribe, snapshot, serverSnapshot);
    useEffect(() => {
      if (state.module || state.failed) return;
      if (needed) {
        preload().catch(warn);
        return;
      }
      return whenIdle(() => void preload().catch(warn));
    }, [needed]);
    return { ...current, retry };
  }
  return { preload, useModule };
}

const NOT_LOADED = { module: null, failed: false };

/** Runs `fn` when the main thread is idle (at the latest after 2 s); returns a cancel. */
function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 200);
  return () => clearTimeout(id);
}
