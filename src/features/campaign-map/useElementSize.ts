// Size is an input to the layout (visx's useParentSize): a ResizeObserver on the map's box,
// batched to one update per frame so a window drag does not re-render on every event.
import { useEffect, useState, type RefObject } from 'react';

export interface Size {
  width: number;
  height: number;
  /** False until the element has been measured (or when it cannot be: no ResizeObserver). */
  measured: boolean;
}

export function useElementSize(ref: RefObject<HTMLElement | null>, fallback: { width: number; height: number }): Size {
  const [size, setSize] = useState<Size>({ ...fallback, measured: false });
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') {
      // jsdom and very old browsers: draw at the fallback size rather than not at all.
      setSize((s) => (s.measured ? s : { ...s, measured: true }));
      return;
    }
    let frame = 0;
    const read = () => {
      frame = 0;
      const r = el.getBoundingClientRect();
      const width = Math.round(r.width) || fallback.width;
      const height = Math.round(r.height) || fallback.height;
      setSize((s) => (s.measured && s.width === width && s.height === height ? s : { width, height, measured: true }));
    };
    const ro = new ResizeObserver(() => {
      if (!frame) frame = requestAnimationFrame(read);
    });
    ro.observe(el);
    read();
    return () => {
      ro.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [ref, fallback.width, fallback.height]);
  return size;
}
