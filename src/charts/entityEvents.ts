// Chart marks built by the option builders carry their entity id in `data.entity`. These
// handlers make a mark behave like every other entity element: click toggles the selection,
// hovering previews it. One module-level object, so echarts-for-react never rebinds them.
import type { EChartsType } from 'echarts/core';
import { useAppStore } from '../store/store';

interface ChartParams {
  data?: { entity?: string };
}

export const entityOf = (p: unknown): string | undefined => (p as ChartParams | undefined)?.data?.entity;

export const ENTITY_CHART_EVENTS: Record<string, (params: unknown, chart: EChartsType) => void> = {
  click: (p) => {
    const id = entityOf(p);
    if (id) useAppStore.getState().toggle(id);
  },
  mouseover: (p) => {
    const id = entityOf(p);
    if (id) useAppStore.getState().hover(id);
  },
  mouseout: (p) => {
    const id = entityOf(p);
    if (id && useAppStore.getState().hoveredId === id) useAppStore.getState().hover(null);
  },
};
