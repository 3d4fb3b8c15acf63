// A thin wrapper over echarts-for-react's core entry (esm/core: lib/core is CommonJS and breaks
// under Vite 8). The option must come from a pure, memoised builder: the wrapper deep-compares
// it and calls setOption only when it changed — selection changes update, never re-create.
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsType } from 'echarts/core';
import { echarts } from './echarts';
import { usePanelReady } from '../shared/PanelFrame';

// Stable references: echarts-for-react disposes and re-creates the chart when `opts` changes.
const OPTS = { renderer: 'svg' } as const;
const NO_EVENTS = {};

export interface ChartProps {
  option: object;
  /** Must be memoised by the caller: a new object rebinds every handler. */
  onEvents?: Record<string, (params: unknown, chart: EChartsType) => void>;
  height: number | string;
  /** The accessible name of the chart's image; the data itself is in the companion table. */
  label: string;
  onInstance?: (chart: EChartsType) => void;
}

/**
 * The option to show: while a pointer is pressed on the chart, the one it showed when the press
 * began. Hovering a mark previews it in every panel, this chart included, and that update lands a
 * frame or two later; when it landed between the press and the release, ECharts' SVG patch had
 * replaced the pressed element, so the browser sent no click and the selection was lost (a quick
 * click or tap; seen in 2 of 25 scripted clicks on the exit-criteria bars). The latest option is
 * shown once the click has been dispatched.
 */
function useHeldWhilePressed(option: object): { shown: object; onPointerDown: () => void } {
  const [held, setHeld] = useState<object | null>(null);
  const stop = useRef<() => void>(() => {});
  useEffect(() => () => stop.current(), []);
  const onPointerDown = useCallback(() => {
    stop.current();
    // Not held, the chart shows `option`; held already (a second pointer), it keeps what it shows.
    setHeld((h) => h ?? option);
    let timer = 0;
    // pointerup, mouseup and click come in one task: release after it.
    const release = () => {
      detach();
      timer = window.setTimeout(() => setHeld(null), 0);
    };
    const detach = () => {
      window.removeEventListener('pointerup', release, true);
      window.removeEventListener('pointercancel', release, true);
    };
    window.addEventListener('pointerup', release, true);
    window.addEventListener('pointercancel', release, true);
    stop.current = () => {
      detach();
      window.clearTimeout(timer);
    };
  }, [option]);
  return { shown: held ?? option, onPointerDown };
}

export const Chart = memo(function Chart({ option, onEvents, height, label, onInstance }: ChartProps) {
  const { shown, onPointerDown } = useHeldWhilePressed(option);
  const markReady = usePanelReady();
  const readyOnce = useRef(false);
  const onChartReady = useCallback(
    (chart: EChartsType) => {
      const done = () => {
        if (readyOnce.current) return;
        readyOnce.current = true;
        markReady(true);
      };
      chart.on('finished', done);
      // With entry animation off, 'finished' can come before we listen: two frames settle it.
      requestAnimationFrame(() => requestAnimationFrame(done));
      onInstance?.(chart);
    },
    [markReady, onInstance],
  );
  return (
    <div className="chart" role="img" aria-label={label} onPointerDownCapture={onPointerDown}>
      <ReactEChartsCore
        echarts={echarts}
        option={shown}
        opts={OPTS}
        onEvents={onEvents ?? NO_EVENTS}
        onChartReady={onChartReady}
        style={{ height, width: '100%' }}
      />
    </div>
  );
});
