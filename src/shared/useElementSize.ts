// Size is an input to the pure layouts (visx's useParentSize): a ResizeObserver on the panel's
// box, measured before first paint and then at most once per animation frame, rounded to whole
// pixels so sub-pixel jitter never re-runs a layout. In jsdom (no layout, maybe no
// ResizeObserver) the fallback size is used so components still draw in component tests.
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface ElementSize {
  width: number;
  height: number;
}

export function useElementSize<T extends HTMLElement>(
  fallback: ElementSize = { width: 800, height: 600 },
): [RefObject<T | null>, ElementSize] {
  const ref = useRef<T>(null);
  const [size, setSize] = useState<ElementSize>({ width: 0, height: 0 });
  const { width: fw, height: fh } = fallback;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      const width = Math.floor(r.width) || fw;
      const height = Math.floor(r.height) || fh;
      setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
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
  }, [fw, fh]);
  return [ref, size];
}

/** Just the width, for layouts whose height follows from their content. */
export function useElementWidth<T extends HTMLElement>(fallback = 800): [RefObject<T | null>, number] {
  const [ref, size] = useElementSize<T>({ width: fallback, height: 0 });
  return [ref, size.width];
}
