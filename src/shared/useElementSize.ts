// Size is an input to the pure layouts (visx's useParentSize): measured before the first paint
// and then, through a ResizeObserver, at most once per animation frame, rounded down to whole
// pixels so sub-pixel jitter never re-runs a layout.
//
// The first measurement is read in a layout effect, before the browser paints: a panel's
// content then appears in the same frame as its frame, and nothing below it moves. (Reading it
// later from the observer alone saved a forced layout but painted empty panels first; Chrome
// measured a cumulative layout shift of 0.11–0.34 on load.) The effects of one React commit
// all measure against the same layout, so a commit costs one forced layout, not one per panel.
//
// In jsdom (no layout, maybe no ResizeObserver) the fallback size is used so components still
// draw in component tests.
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface ElementSize {
  width: number;
  height: number;
}

export interface MeasuredSize extends ElementSize {
  /** False until the element has been measured. */
  measured: boolean;
}

/** The border-box size of `ref`'s element; `fallback` until it has been measured (or when it measures 0). */
export function useMeasuredSize(ref: RefObject<HTMLElement | null>, fallback: ElementSize): MeasuredSize {
  const [size, setSize] = useState<MeasuredSize>({ ...fallback, measured: false });
  const { width: fw, height: fh } = fallback;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      // Under CSS zoom (an expanded panel is zoomed to enlarge its text) the box is reported in
      // zoomed pixels; layouts draw in the element's own pixels.
      const zoom = (el as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom || 1;
      const width = Math.floor(r.width / zoom) || fw;
      const height = Math.floor(r.height / zoom) || fh;
      setSize((s) => (s.measured && s.width === width && s.height === height ? s : { width, height, measured: true }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    const ro = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    });
    ro.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      ro.disconnect();
    };
  }, [ref, fw, fh]);
  return size;
}

/** A ref and its element's size: { width: 0, height: 0 } until measured, so layouts can wait. */
export function useElementSize<T extends HTMLElement>(fallback: ElementSize = { width: 800, height: 600 }): [RefObject<T | null>, ElementSize] {
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
