// Moving between the overview and the full panels. The URL sync pushes a history entry when the
// view changes, so the browser's Back button returns to the overview with the selection kept.
import { useAppStore } from '../../store/store';

export const OVERVIEW = 'overview';

export function openView(view: string): void {
  useAppStore.getState().setView(view);
}
