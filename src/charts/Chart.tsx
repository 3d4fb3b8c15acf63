// A thin wrapper over echarts-for-react's core entry (esm/core: lib/core is CommonJS and breaks
// under Vite 8). The option must come from a pure, memoised builder: the wrapper deep-compares
// it and calls setOption only when it changed — selection changes update, never re-create.
import { memo, useCallback, useRef } from 'react';
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

export const Chart = memo(function Chart({ option, onEvents, height, label, onInstance }: ChartProps) {
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
    <div className="chart" role="img" aria-label={label}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        opts={OPTS}
        onEvents={onEvents ?? NO_EVENTS}
        onChartReady={onChartReady}
        style={{ height, width: '100%' }}
      />
    </div>
  );
});
