// ECharts, tree-shaken: only the charts and components the panels use are registered
// (the full `echarts` import is ~2× the size). SVG renderer: crisp on projectors, text stays
// selectable, and screenshots/exports stay sharp at any scale.
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendPlainComponent,
  MarkLineComponent,
  MarkAreaComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

// Only what the option builders use (bar + pie, plain legend): each extra module costs bytes
// that an old laptop on a projector has to parse before the first chart shows.
echarts.use([
  BarChart,
  PieChart,
  AriaComponent,
  GridComponent,
  LegendPlainComponent,
  MarkLineComponent,
  MarkAreaComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);

export { echarts };
