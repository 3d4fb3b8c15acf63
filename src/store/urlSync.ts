// Keeps the store and the address bar in step: the URL is read once at start (and on
// back/forward), and every change of selection, language, view or step is written back with
// replaceState, so that a shared link reopens the same view.
import { useAppStore } from './store';
import { parseUrlState, serializeUrlState, type UrlContext, type UrlState } from './url';

function fromStore(): UrlState {
  const s = useAppStore.getState();
  return { sel: s.selectedId, lang: s.lang, view: s.view, step: s.step };
}

export function applyUrl(search: string, ctx: UrlContext): void {
  const u = parseUrlState(search, ctx);
  useAppStore.setState({ selectedId: u.sel, hoveredId: null, lang: u.lang, view: u.view, step: u.step });
}

/** Returns a function that stops syncing. */
export function startUrlSync(ctx: UrlContext, win: Window = window): () => void {
  applyUrl(win.location.search, ctx);
  const write = () => {
    const next = serializeUrlState(fromStore(), win.location.search);
    if (next !== win.location.search) {
      win.history.replaceState(win.history.state, '', `${win.location.pathname}${next}${win.location.hash}`);
    }
  };
  write(); // drop anything invalid from the address bar straight away
  const unsubscribe = useAppStore.subscribe((s, prev) => {
    if (s.selectedId !== prev.selectedId || s.lang !== prev.lang || s.view !== prev.view || s.step !== prev.step) write();
  });
  const onPop = () => applyUrl(win.location.search, ctx);
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
