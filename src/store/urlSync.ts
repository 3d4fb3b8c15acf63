// Keeps the store and the address bar in step: the URL is read once at start (and on
// back/forward), and every change of selection, language, view or step is written back, so that
// a shared link reopens the same view. A change of view (overview → a full panel) pushes a
// history entry, so the browser's Back button returns; everything else replaces the entry.
// Back keeps the current selection: what the reader chose in the panel stays chosen.
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
  let applying = false;
  const write = (push: boolean) => {
    if (applying) return;
    const next = serializeUrlState(fromStore(), win.location.search);
    if (next === win.location.search) return;
    const url = `${win.location.pathname}${next}${win.location.hash}`;
    if (push) win.history.pushState(null, '', url);
    else win.history.replaceState(win.history.state, '', url);
  };
  write(false); // drop anything invalid from the address bar straight away
  const unsubscribe = useAppStore.subscribe((s, prev) => {
    // Stepping through a presentation changes the view on every step: those replace.
    const push = s.view !== prev.view && s.step === null && prev.step === null;
    if (s.selectedId !== prev.selectedId || s.lang !== prev.lang || s.view !== prev.view || s.step !== prev.step) write(push);
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
