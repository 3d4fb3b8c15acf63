// Size is an input to the pure layouts (visx's useParentSize): a ResizeObserver on the panel's
// box, rounded down to whole pixels so sub-pixel jitter never re-runs a layout.
//
// The size is read only from ResizeObserver entries, never with getBoundingClientRect: reading
// layout inside React's commit forces a synchronous layout of the whole page, and with seven
// panels mounting in turn the profile showed that as the largest single cost of the first load
// (about 0.8 s at 4× CPU throttling). The observer reports after the browser's own layout, once
// per frame, so every panel is measured by one layout pass. The setState it triggers is a
// default-priority React update, rendered in a later task: nothing changes the DOM inside the
// observer callback, so there is no "ResizeObserver loop" error.
//
// In jsdom (no layout, maybe no ResizeObserver) the fallback size is used so components still
// draw in component tests.
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface ElementSize {
  width: number;
  height: number;
}

export interface MeasuredSize extends ElementSize {
  /** False until the element has been measured (or found unmeasurable: no ResizeObserver). */
  measured: boolean;
}

/** The border-box size of `ref`'s element; `fallback` until it has been measured. */
export function useMeasuredSize(ref: RefObject<HTMLElement | null>, fallback: ElementSize): MeasuredSize {
  const [size, setSize] = useState<MeasuredSize>({ ...fallback, measured: false });
  const { width: fw, height: fh } = fallback;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') {
      setSize((s) => (s.measured ? s : { ...s, measured: true }));
      return;
    }
    const ro = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const box = entry.borderBoxSize?.[0];
      const width = Math.floor(box ? box.inlineSize : entry.contentRect.width) || fw;
      const height = Math.floor(box ? box.blockSize : entry.contentRect.height) || fh;
      setSize((s) => (s.measured && s.width === width && s.height === height ? s : { width, height, measured: true }));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref, fw, fh]);
  return size;
}

/** A ref and its element's size: { width: 0, height: 0 } until measured, so layouts can wait. */
export function useElementSize<T extends HTMLElement>(
  fallback: ElementSize = { width: 800, height: 600 },
): [RefObject<T | null>, ElementSize] {
  const ref = useRef<T>(null);
  const size = useMeasuredSize(ref, fallback);
  return [ref, size.measured ? { width: size.width, height: size.height } : UNMEASURED];
}

const UNMEASURED: ElementSize = { width: 0, height: 0 };

/** Just the width, for layouts whose height follows from their content. */
export function useElementWidth<T extends HTMLElement>(fallback = 800): [RefObject<T | null>, number] {
  const [ref, size] = useElementSize<T>({ width: fallback, height: 0 });
  return [ref, size.width];
}
