// Keeps the store and the address bar in step: the URL is read once at start (and on
// back/forward), and every change of selection, language, view or step is written back, so that
// a shared link reopens the same view. A change of view (overview → a full panel) pushes a
// history entry, so the browser's Back button returns; everything else replaces the entry.
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

/** Returns a function that stops syncing. */
export function startUrlSync(urlCtx: UrlContext, win: Window = window): () => void {
  // Read once, before the first render: the remembered choice, else the browser's languages.
  const ctx: UrlContext = { ...urlCtx, defaultLang: urlCtx.defaultLang ?? startLang('', win.navigator.languages ?? [], rememberedLang(win)) };
  applyUrl(win.location.search, ctx);
  let applying = false;
  const write = (push: boolean, s: AppState = useAppStore.getState()) => {
    if (applying) return;
    const next = withPanelView(serializeUrlState(urlStateOf(s), win.location.search), s.panelView);
    if (next === win.location.search) return;
    const url = `${win.location.pathname}${next}${win.location.hash}`;
    if (push) win.history.pushState(null, '', url);
    else win.history.replaceState(win.history.state, '', url);
  };
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
    if (push) {
      flushReplace(prev); // the entry left behind gets the state from before the view changed
      write(true);
    } else scheduleReplace();
  });
  const onPop = () => {
    replacePending = false; // the entry it was meant for is no longer the current one
    const kept = useAppStore.getState().selectedId;
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
