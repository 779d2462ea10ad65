import { InjectionToken } from '@angular/core';

/** What the trend dialog needs of a drawn chart; an ECharts instance has it, tests pass a fake. */
export interface TrendChart {
  setOption(option: Record<string, unknown>, notMerge?: boolean): void;
  resize(): void;
  dispose(): void;
}

/** Loads the chart library on first use and draws a chart into an element. */
export const TREND_CHART_RENDERER = new InjectionToken<
  (element: HTMLElement) => Promise<TrendChart>
>('TrendChartRenderer', {
  providedIn: 'root',
  factory: () => async (element) =>
    (await import('./trend-chart-renderer')).drawTrendChart(element),
});
