// The focus (hovered ?? selected) that chart option builders see, after the click's paint.
//
// A selection change re-renders the HTML panels cheaply, but each ECharts chart answers it with
// a full setOption (model merge, layout, axis labels, SVG patch, and a forced style recalculation
// inside its tooltip component) — together about three quarters of a click's main-thread time in the
// profile. So the charts hear of the focus one frame later (shared/useAfterPaint.ts): the click paints
// the clicked item and every data-emphasis first, then the charts update, all in one commit.
//
// A hover the pointer is only passing over is not worth a chart update: every chart's setOption for
// each item crossed was ~110 ms of main thread at 4× on the full panels, and when a click followed the
// move at once it ran as that click's input delay (bench walk, Event Timing). The charts follow a
// hover once the pointer has rested on it; the page's own data-emphasis still follows it at once.
import { focusOf } from '../core/emphasis';
import { afterPaintValue, useAfterPaint } from '../shared/useAfterPaint';

/** How long the pointer rests on an item before the charts preview it (a selection goes at once). */
export const HOVER_REST_MS = 120;

const chartFocus = afterPaintValue(focusOf, (s, prev) => (s.selectedId === prev.selectedId ? HOVER_REST_MS : 0));

export function useChartFocus(): string | null {
  return useAfterPaint(chartFocus);
}
