// The focus (hovered ?? selected) that chart option builders see, one render behind.
//
// A selection change re-renders the HTML panels cheaply, but each ECharts chart answers it with
// a full setOption (model merge, layout, SVG patch, and a forced style recalculation inside
// its tooltip component) — together about three quarters of a click's main-thread time in the
// profile. useDeferredValue lets React commit and paint the urgent update first (the clicked
// item, every data-emphasis attribute, the details panel) and re-render the charts in a
// following, interruptible transition, so the click is answered at the next frame and the
// charts follow a frame or two later.
import { useDeferredValue } from 'react';
import { useAppStore } from '../store/store';
import { focusOf } from '../core/emphasis';

export function useChartFocus(): string | null {
  return useDeferredValue(useAppStore(focusOf));
}
