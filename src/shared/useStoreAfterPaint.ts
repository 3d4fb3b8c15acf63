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

/** `select` must be a stable function (module level): it is read once, when the component mounts. */
export function useStoreAfterPaint<T>(select: (s: AppState) => T): T {
  const [value, setValue] = useState(() => select(useAppStore.getState()));
  useEffect(() => {
    const apply = () => startTransition(() => setValue(select(useAppStore.getState())));
    const later = afterNextPaint(apply);
    apply(); // a change between the first render and this effect
    const unsubscribe = useAppStore.subscribe((s, prev) => {
      if (!Object.is(select(s), select(prev))) later.schedule();
    });
    return () => {
      unsubscribe();
      later.cancel();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- documented: select is stable
  }, []);
  return value;
}
