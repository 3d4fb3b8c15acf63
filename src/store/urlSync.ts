// Keeps the store and the address bar in step: the URL is read once at start (and on
// back/forward), and every change of selection, language, view or step is written back, so that
// a shared link reopens the same view. A change of view (overview → a full panel) pushes a
// history entry, so the browser's Back button returns; everything else replaces the entry.
// Back keeps the current selection: what the reader chose in the panel stays chosen.
import { useAppStore } from './store';
import { parsePanelView, parseUrlState, preferredLang, serializeUrlState, withPanelView, type UrlContext, type UrlState } from './url';

/** Where the reader's language choice is remembered between visits. */
export const LANG_STORAGE_KEY = 'lankao-lang';

function rememberedLang(win: Window): string | null {
  try {
    return win.localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null; // storage blocked (privacy settings, some file:// setups): fall back to the browser
  }
}

function fromStore(): UrlState {
  const s = useAppStore.getState();
  return { sel: s.selectedId, lang: s.lang, view: s.view, step: s.step };
}

export function applyUrl(search: string, ctx: UrlContext): void {
  const u = parseUrlState(search, ctx);
  useAppStore.setState({ selectedId: u.sel, hoveredId: null, lang: u.lang, view: u.view, step: u.step, panelView: parsePanelView(search) });
}

/** Returns a function that stops syncing. */
export function startUrlSync(urlCtx: UrlContext, win: Window = window): () => void {
  // Read once, before the first render: the remembered choice, else the browser's languages.
  const ctx: UrlContext = { ...urlCtx, defaultLang: urlCtx.defaultLang ?? preferredLang(win.navigator.languages ?? [], rememberedLang(win)) };
  applyUrl(win.location.search, ctx);
  let applying = false;
  const write = (push: boolean) => {
    if (applying) return;
    const next = withPanelView(serializeUrlState(fromStore(), win.location.search), useAppStore.getState().panelView);
    if (next === win.location.search) return;
    const url = `${win.location.pathname}${next}${win.location.hash}`;
    if (push) win.history.pushState(null, '', url);
    else win.history.replaceState(win.history.state, '', url);
  };
  write(false); // drop anything invalid from the address bar straight away
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
    if (changed || s.panelView !== prev.panelView) write(push);
  });
  const onPop = () => {
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
    win.removeEventListener('popstate', onPop);
  };
}
