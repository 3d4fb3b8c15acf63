// Whether the About dialog is open, and `?about` in the address: a link with it opens the page on
// the About (issue 22). Kept beside the store's URL state as a parameter of its own, which
// serializeUrlState keeps as it keeps any parameter it does not own.
const listeners = new Set<() => void>();
let open = typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('about');

function set(next: boolean) {
  if (next === open) return;
  open = next;
  const params = new URLSearchParams(window.location.search);
  params.delete('about');
  const rest = params.toString();
  const search = next ? `?${rest ? `${rest}&` : ''}about` : rest ? `?${rest}` : '';
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  for (const l of listeners) l();
}

export const openAbout = () => set(true);
export const closeAbout = () => set(false);

export const subscribeAbout = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export const aboutIsOpen = () => open;
