// The one way code loads on demand (issue 11: the start JavaScript; issue 20: one loader, one failure
// UI, one retry): a part of the page the first picture does not run (the details, the presentation's
// stage, the glossary hints, the full panels' grid and each full panel — app/lazyPanel.tsx — the
// panel tools, "cite this", the picture export, the comparison), loaded when it is first needed or
// right after hydration.
//
// Unlike React.lazy nothing suspends: a component asks `useModule()` and renders without the part
// until it is here (the part is never in the prerendered HTML, so hydration is unaffected), then
// renders again with it. Once loaded, every later render has it synchronously, so a part that was
// preloaded draws in the same commit as the click that shows it. A chunk that did not arrive is
// the part's own failure to show (`failed`, shared/PartLoadFailed), with a retry, never a blank page:
// only that part says so, whatever else is on the page keeps its content.
import { useEffect, useSyncExternalStore } from 'react';

/**
 * Why a part is not there: its chunk is gone from the server (a newer build was deployed), the
 * network failed, or the chunk arrived and the part itself failed to draw.
 */
export type ChunkFailure = 'stale' | 'network' | 'render';

/** The messages browsers and Vite's preload helper give when a chunk (or its CSS) did not arrive. */
export function isChunkLoadError(error: unknown): boolean {
  return /dynamically imported module|Importing a module script failed|Unable to preload CSS|Failed to fetch/i.test(
    String((error as Error)?.message ?? error),
  );
}

/**
 * A dynamic import rejects with the same message for a 404 and for a dropped connection. Asking
 * the server for the file again tells them apart: a 404 means the page is older than the deploy,
 * and only a page reload brings the new file names.
 */
export async function classifyChunkError(error: unknown): Promise<ChunkFailure> {
  const url = /(https?:\/\/\S+?\.(?:js|css))/.exec(String((error as Error)?.message ?? error))?.[1];
  if (!url) return 'network';
  try {
    const res = await fetch(url, { method: 'HEAD', cache: 'no-store' });
    return res.status === 404 || res.status === 410 ? 'stale' : 'network';
  } catch {
    return 'network';
  }
}

export interface ModuleState<M> {
  module: M | null;
  failed: boolean;
  /** Why it failed, once known (null while the server is asked, or before any failure). */
  failure: ChunkFailure | null;
}

export interface OnDemand<M> {
  /** Starts loading (once; again after a failure) and resolves with the module. */
  preload: () => Promise<M>;
  /** The module if it is here (a handler that runs after a render that had it). */
  loaded: () => M | null;
  /**
   * The module once loaded, else null; the component renders again when it arrives or fails. Loading
   * starts at once where the component needs it now (`needed`), else when the page is next idle:
   * after hydration the page first finishes its own work (the panels report ready), then fetches.
   */
  useModule: (needed: boolean) => ModuleState<M> & { retry: () => void };
}

export function onDemand<M>(load: () => Promise<M>): OnDemand<M> {
  let state: ModuleState<M> = NOT_LOADED as ModuleState<M>;
  // One import per attempt: a render takes over a preload's outcome, a failure included (a second
  // import would skip the CSS file the first one failed to load and draw the part unstyled).
  let attempt: Promise<M> | null = null;
  const listeners = new Set<() => void>();
  const set = (next: ModuleState<M>) => {
    state = next;
    for (const l of listeners) l();
  };
  const preload = () =>
    (attempt ??= load().then(
      (module) => {
        set({ module, failed: false, failure: null });
        return module;
      },
      (error: unknown) => {
        // A chunk that did not arrive (offline, or a new deploy): the next attempt asks again.
        attempt = null;
        set({ module: null, failed: true, failure: null });
        void classifyChunkError(error).then((failure) => {
          if (state.failed && state.failure === null) set({ ...state, failure });
        });
        throw error;
      },
    ));
  const warn = (e: unknown) => console.warn('A part of the page could not be loaded:', e instanceof Error ? e.message : e);
  const retry = () => {
    set(NOT_LOADED as ModuleState<M>);
    preload().catch(warn);
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const snapshot = () => state;
  const serverSnapshot = () => NOT_LOADED as ModuleState<M>;
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
  return { preload, loaded: () => state.module, useModule };
}

const NOT_LOADED: ModuleState<never> = { module: null, failed: false, failure: null };

/** Runs `fn` when the main thread is idle (at the latest after 2 s); returns a cancel. */
function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 200);
  return () => clearTimeout(id);
}
