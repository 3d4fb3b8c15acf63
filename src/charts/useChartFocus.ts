// The focus (hovered ?? selected) that chart option builders see, after the click's paint.
//
// A selection change re-renders the HTML panels cheaply, but each ECharts chart answers it with
// a full setOption (model merge, layout, axis labels, SVG patch, and a forced style recalculation
// inside its tooltip component) — together about three quarters of a click's main-thread time in the
// profile. useDeferredValue was not enough: React renders the deferred value in a scheduler task,
// which Chromium runs before the next frame when the thread is free, so the charts' commit (their
// setOption runs in it) still came before the click's paint (CPU profile of the long dashboard at 4×:
// ~100 ms of setOption per click). Here the charts hear of the focus one frame later: the click paints
// the clicked item, every data-emphasis and the details first, then the charts update — still once per
// change (one setOption per chart), and a hover that a click follows in the same frame costs no update.
import { startTransition, useEffect, useState } from 'react';
import { useAppStore } from '../store/store';
import { focusOf } from '../core/emphasis';
import { afterNextPaint } from '../shared/afterNextPaint';

export function useChartFocus(): string | null {
  const [focus, setFocus] = useState(() => focusOf(useAppStore.getState()));
  useEffect(() => {
    const apply = () => startTransition(() => setFocus(focusOf(useAppStore.getState())));
    const later = afterNextPaint(apply);
    apply(); // a change between the first render and this effect
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (focusOf(s) !== focusOf(prev)) later.schedule();
    });
    return () => {
      unsubscribe();
      later.cancel();
    };
  }, []);
  return focus;
}
