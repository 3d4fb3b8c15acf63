// Keeps the store and the address bar in step: the URL is read once at start (and on
// back/forward), and every change of selection, language, view or step is written back, so that
// a shared link reopens the same view. A change of view (overview → a full panel) pushes a
// history entry, so the browser's Back button returns; so does opening a phone's details sheet
// (Back closes it); everything else replaces the entry.
// Back keeps the current selection: what the reader chose in the panel stays chosen.
import { useAppStore, type AppState } from './store';
import { LANG_STORAGE_KEY, rememberedLang, startLang } from './startLang';
import { parsePanelView, parseUrlState, serializeUrlState, withPanelView, type UrlContext, type UrlState } from './url';

function urlStateOf(s: AppState): UrlState {
  return { sel: s.selectedId, lang: s.lang, view: s.view, step: s.step };
}

export function applyUrl(search: string, ctx: UrlContext): void {
  const u = parseUrlState(search, ctx);
  useAppStore.setState({ selectedId: u.sel, hoveredId: null, lang: u.lang, view: u.view, step: u.step, panelView: parsePanelView(search) });
}

/** The history entry a phone's details sheet pushed: Back closes the sheet (issue 22). */
const SHEET_STATE = 'lankao-sheet';
const isSheetEntry = (state: unknown) => typeof state === 'object' && state !== null && (state as Record<string, unknown>)[SHEET_STATE] === true;

export interface UrlSyncOptions {
  /**
   * Whether a selection made now opens a sheet over the page (a phone's details): then going from
   * nothing selected to a selection pushes a history entry, Back closes the sheet (a second Back leaves
   * the page), and closing the sheet otherwise (×, Escape) goes back over that entry.
   */
  selectionOpensSheet?: (s: AppState) => boolean;
}

/** Returns a function that stops syncing. */
export function startUrlSync(urlCtx: UrlContext, win: Window = window, options: UrlSyncOptions = {}): () => void {
  // Read once, before the first render: the remembered choice, else the browser's languages.
  const ctx: UrlContext = { ...urlCtx, defaultLang: urlCtx.defaultLang ?? startLang('', win.navigator.languages ?? [], rememberedLang(win)) };
  applyUrl(win.location.search, ctx);
  let applying = false;
  const write = (push: boolean, s: AppState = useAppStore.getState(), state: unknown = null) => {
    if (applying) return;
    const next = withPanelView(serializeUrlState(urlStateOf(s), win.location.search, ctx.defaultLang), s.panelView);
    if (next === win.location.search && !push) return;
    const url = `${win.location.pathname}${next}${win.location.hash}`;
    if (push) win.history.pushState(state, '', url);
    else win.history.replaceState(win.history.state, '', url);
  };
  // Whether the current entry is the one a sheet pushed (a reload or a Forward can land on one too).
  let onSheetEntry = isSheetEntry(win.history.state);
  write(false); // drop anything invalid from the address bar straight away
  // A replace waits until the task's microtasks have run — React's commit of a click is one of them
  // (queued after this listener): history.replaceState makes Chromium recalculate the style of the
  // whole page first, so written mid-click it paid for the emphasis writer's restyle once, and the
  // paint for React's changes again (≈ 5 ms of a 4× click, bench). After the commit it is the one
  // recalculation the paint needs anyway. The URL is still written before the event returns, and
  // changes made in one go are one write. A push (a change of view) stays immediate, after any
  // replace still pending.
  let replacePending = false;
  const flushReplace = (s?: AppState) => {
    if (!replacePending) return;
    replacePending = false;
    write(false, s);
  };
  const scheduleReplace = () => {
    if (replacePending) return;
    replacePending = true;
    queueMicrotask(() => queueMicrotask(() => flushReplace()));
  };
  const unsubscribe = useAppStore.subscribe((s, prev) => {
    if (s.lang !== prev.lang) {
      try {
        win.localStorage.setItem(LANG_STORAGE_KEY, s.lang);
      } catch {
        // not remembered; the URL still carries it
      }
    }
    // Stepping through a presentation changes the view on every step: those replace.
    const push = s.view !== prev.view && s.step === null && prev.step === null;
    const changed = s.selectedId !== prev.selectedId || s.lang !== prev.lang || s.view !== prev.view || s.step !== prev.step;
    if (!changed && s.panelView === prev.panelView) return;
    if (applying) return;
    const sameView = s.view === prev.view && s.step === null && prev.step === null;
    if (push) {
      flushReplace(prev); // the entry left behind gets the state from before the view changed
      write(true);
      onSheetEntry = false;
    } else if (sameView && prev.selectedId === null && s.selectedId !== null && !onSheetEntry && options.selectionOpensSheet?.(s)) {
      // A phone's sheet opens: an entry of its own, so that Back closes it.
      flushReplace(prev);
      write(true, s, { [SHEET_STATE]: true });
      onSheetEntry = true;
    } else if (sameView && prev.selectedId !== null && s.selectedId === null && onSheetEntry) {
      // The sheet closed another way (×, Escape, the same tap): step back over its entry, so that
      // the next Back leaves the page rather than doing nothing.
      replacePending = false;
      onSheetEntry = false;
      win.history.back();
    } else scheduleReplace();
  });
  const onPop = () => {
    replacePending = false; // the entry it was meant for is no longer the current one
    // Back from a sheet's entry closes the sheet: the selection goes with it.
    const leftSheet = onSheetEntry;
    onSheetEntry = isSheetEntry(win.history.state);
    const kept = leftSheet ? null : useAppStore.getState().selectedId;
    applying = true;
    try {
      applyUrl(win.location.search, ctx);
      if (kept !== null) useAppStore.setState({ selectedId: kept });
    } finally {
      applying = false;
    }
    write(false);
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    replacePending = false;
    win.removeEventListener('popstate', onPop);
  };
}
