// Loaded only when a trend dialog opens (see TREND_CHART_RENDERER): ECharts stays out of the page.
import { BarChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import { init, registerTheme, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { chartThemeFor, DARK_CHART_THEME, darkChartTheme } from '../../../core/theme/chart-theme';
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
registerTheme(DARK_CHART_THEME, darkChartTheme);

/** Draws into `element` with the SVG renderer: crisp on phones, small to ship. */
export function drawTrendChart(element: HTMLElement): TrendChart {
  return init(element, chartThemeFor(element.ownerDocument.documentElement), { renderer: 'svg' });
}
