// Loaded only when a trend dialog opens (see TREND_CHART_RENDERER): ECharts stays out of the page.
import { BarChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { TrendChart } from './trend-chart';

use([
  LineChart,
  BarChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  MarkAreaComponent,
  MarkLineComponent,
  SVGRenderer,
]);

/** Draws into `element` with the SVG renderer: crisp on phones, small to ship. */
export function drawTrendChart(element: HTMLElement): TrendChart {
  return init(element, undefined, { renderer: 'svg' });
}
