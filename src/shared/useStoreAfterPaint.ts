// A store value as the slower parts of the page see it: one frame after it changed.
//
// A click must paint what the user did first (the clicked item and every data-emphasis, which the
// emphasis writer sets synchronously in the store listener) and only then the heavier answers to it:
// the charts' setOption, the details' new article. useDeferredValue was not enough: React renders the
// deferred value in a scheduler task, which Chromium runs before the next frame when the thread is
// free, so that work still came before the click's paint (CPU profiles at 4×: ~100 ms of setOption per
// click on the long dashboard; on the overview the details' render, commit and layout were about a
// third of a click's main-thread time). Here they hear of a change one frame later — still once per
// change, and a hover that a click follows in the same frame costs them nothing.
import { startTransition, useEffect, useState } from 'react';
import { useAppStore, type AppState } from '../store/store';
import { afterNextPaint } from './afterNextPaint';

/**
 * `select` (and `restFor`) must be stable functions (module level): they are read once, when the
 * component mounts. `restFor` may ask a change to wait until the store has rested that many ms
 * first (a hover the pointer is only passing over); a change that asks for no rest goes at once.
 */
export function useStoreAfterPaint<T>(select: (s: AppState) => T, restFor?: (s: AppState, prev: AppState) => number): T {
  const [value, setValue] = useState(() => select(useAppStore.getState()));
  useEffect(() => {
    const apply = () => startTransition(() => setValue(select(useAppStore.getState())));
    const later = afterNextPaint(apply);
    let resting = 0;
    const stopResting = () => {
      if (resting) window.clearTimeout(resting);
      resting = 0;
    };
    apply(); // a change between the first render and this effect
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      const rest = restFor?.(s, prev) ?? 0;
      if (Object.is(select(s), select(prev))) {
        // The same value, but a change that wants no rest ends a wait (a click on the hovered item).
        if (resting && rest === 0) {
          stopResting();
          later.schedule();
        }
        return;
      }
      stopResting();
      if (rest > 0) {
        // A click that follows at once schedules straight away and ends this wait.
        resting = window.setTimeout(() => {
          resting = 0;
          later.schedule();
        }, rest);
      } else later.schedule();
    });
    return () => {
      unsubscribe();
      stopResting();
      later.cancel();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- documented: select and restFor are stable
  }, []);
  return value;
}
