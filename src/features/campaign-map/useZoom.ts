// d3-zoom on a ref (D3 handles the gestures, React draws the map). The transform is written
// straight onto the canvas <g>, not through React state: a wheel or drag then re-renders
// nothing, and React never renders that attribute, so the two never fight over it.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior } from 'd3-zoom';
import { MAX_SCALE, MIN_SCALE, type Transform } from './layout';

export interface ZoomApi {
  get: () => Transform;
  set: (t: Transform) => void;
  scaleBy: (factor: number) => void;
}

/**
 * `wheelFree`: zoom on a plain wheel. In the dashboard grid a plain wheel scrolls the page (a map
 * that swallows the wheel traps the reader); there Ctrl/⌘ + wheel or a pinch zooms.
 */
export function useZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  canvasRef: RefObject<SVGGElement | null>,
  size: { width: number; height: number },
  wheelFree: boolean,
): ZoomApi {
  const behavior = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const wheelFreeRef = useRef(wheelFree);
  useEffect(() => {
    wheelFreeRef.current = wheelFree;
  }, [wheelFree]);

  // Layout effects, so the behaviour is bound before the panel's own layout effect fits the view.
  useLayoutEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([MIN_SCALE, MAX_SCALE])
      .filter((event: MouseEvent | WheelEvent | TouchEvent) => {
        if (event.type === 'wheel') return wheelFreeRef.current || event.ctrlKey || event.metaKey;
        // One finger scrolls the page (touch-action: pan-y in the CSS); two fingers pan and pinch.
        if ('touches' in event) return event.touches.length > 1;
        return !event.ctrlKey && !('button' in event && event.button);
      })
      .on('zoom', (event: { transform: { toString(): string } }) => {
        canvasRef.current?.setAttribute('transform', event.transform.toString());
      });
    const sel = select(svg);
    // Double-click would zoom; here a second click on a node un-selects it, so keep that quiet.
    sel.call(z).on('dblclick.zoom', null);
    behavior.current = z;
    return () => {
      sel.on('.zoom', null);
      behavior.current = null;
    };
  }, [svgRef, canvasRef]);

  useLayoutEffect(() => {
    behavior.current?.extent([
      [0, 0],
      [size.width, size.height],
    ]);
  }, [size.width, size.height]);

  const get = useCallback((): Transform => {
    const t = svgRef.current ? zoomTransform(svgRef.current) : zoomIdentity;
    return { x: t.x, y: t.y, k: t.k };
  }, [svgRef]);
  const set = useCallback(
    (t: Transform) => {
      const svg = svgRef.current;
      const z = behavior.current;
      if (svg && z) select(svg).call(z.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
    },
    [svgRef],
  );
  const scaleBy = useCallback(
    (factor: number) => {
      const svg = svgRef.current;
      const z = behavior.current;
      if (svg && z) select(svg).call(z.scaleBy, factor);
    },
    [svgRef],
  );
  return useMemo(() => ({ get, set, scaleBy }), [get, set, scaleBy]);
}
