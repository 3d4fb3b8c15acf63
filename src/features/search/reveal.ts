// Showing a chosen search result: select it through the store (the URL follows), switch to its
// panel's view when the current view does not show that panel, and once the panel has drawn it
// (the campaign map unfolds its branch itself when the selection changes) scroll it into view
// and move the focus to it.
import { useAppStore } from '../../store/store';

/** True when `view` shows `panel` (the grid shows every panel; details is always beside it). */
export function viewShows(view: string, panel: string): boolean {
  return view === 'all' || view === panel || panel === 'details';
}

const MAX_FRAMES = 180;

export function revealEntity(id: string, panel: string, views: readonly string[]): void {
  const store = useAppStore.getState();
  store.select(id);
  if (!viewShows(store.view, panel) && views.includes(panel)) store.setView(panel);
  let frames = 0;
  const find = () => {
    // The panel may still be loading (a lazy chunk, a new view): wait for it to be drawn.
    const el = document.querySelector<HTMLElement | SVGElement>(`[data-panel="${panel}"][data-ready="true"] [data-entity="${CSS.escape(id)}"]`);
    if (el) {
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      el.focus({ preventScroll: true });
    } else if (++frames < MAX_FRAMES) requestAnimationFrame(find);
  };
  requestAnimationFrame(find);
}
