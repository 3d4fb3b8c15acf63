// Keeps the store and the address bar in step: the URL is read once at start (and on
// back/forward), and every change of selection, language, view or step is written back with
// replaceState, so that a shared link reopens the same view.
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
  const write = () => {
    const next = withPanelView(serializeUrlState(fromStore(), win.location.search), useAppStore.getState().panelView);
    if (next !== win.location.search) {
      win.history.replaceState(win.history.state, '', `${win.location.pathname}${next}${win.location.hash}`);
    }
  };
  write(); // drop anything invalid from the address bar straight away
  const unsubscribe = useAppStore.subscribe((s, prev) => {
    if (s.lang !== prev.lang) {
      try {
        win.localStorage.setItem(LANG_STORAGE_KEY, s.lang);
      } catch {
        // not remembered; the URL still carries it
      }
    }
    const changed = s.selectedId !== prev.selectedId || s.lang !== prev.lang || s.view !== prev.view || s.step !== prev.step;
    if (changed || s.panelView !== prev.panelView) write();
  });
  const onPop = () => applyUrl(win.location.search, ctx);
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
