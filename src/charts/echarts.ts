// ECharts, tree-shaken: only the charts and components the panels use are registered
// (the full `echarts` import is ~2× the size). SVG renderer: crisp on projectors, text stays
// selectable, and screenshots/exports stay sharp at any scale.
import * as echarts from 'echarts/core';
import { BarChart, PieChart, HeatmapChart, GaugeChart, CustomChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkAreaComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  DatasetComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  PieChart,
  HeatmapChart,
  GaugeChart,
  CustomChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  MarkAreaComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  DatasetComponent,
  SVGRenderer,
]);

export { echarts };

/** ECharts does not escape what a tooltip formatter returns: every data string goes through this. */
export const escapeHtml = (s: string): string => echarts.format.encodeHTML(s);
