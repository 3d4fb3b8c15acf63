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
  /** The module once loaded, else null (and starts loading); the component renders again when it arrives or fails. */
  useModule: () => { module: M | null; failed: boolean; retry: () => void };
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
  function useModule() {
    const current = useSyncExternalStore(subscribe, snapshot, serverSnapshot);
    useEffect(() => {
      if (!state.module && !state.failed) preload().catch(warn);
    }, []);
    return { ...current, retry };
  }
  return { preload, useModule };
}

const NOT_LOADED = { module: null, failed: false };
