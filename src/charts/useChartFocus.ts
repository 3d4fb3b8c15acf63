// The focus (hovered ?? selected) that chart option builders see, after the click's paint.
//
// A selection change re-renders the HTML panels cheaply, but each ECharts chart answers it with
// a full setOption (model merge, layout, axis labels, SVG patch, and a forced style recalculation
// inside its tooltip component) — together about three quarters of a click's main-thread time in the
// profile. So the charts hear of the focus one frame later (shared/useStoreAfterPaint.ts): the click
// paints the clicked item and every data-emphasis first, then the charts update.
import { focusOf } from '../core/emphasis';
import { useStoreAfterPaint } from '../shared/useStoreAfterPaint';

export function useChartFocus(): string | null {
  return useStoreAfterPaint(focusOf);
}
