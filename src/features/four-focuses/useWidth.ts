import { useLayoutEffect, useRef, useState } from 'react';

/** The content width of an element, kept current with a ResizeObserver (after visx's useParentSize). */
export function useWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      // Rounded to whole pixels so sub-pixel jitter never re-runs a layout.
      frame = requestAnimationFrame(() => setWidth(Math.floor(el.clientWidth)));
    };
    setWidth(Math.floor(el.clientWidth));
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      ro.disconnect();
    };
  }, []);
  return [ref, width];
}
