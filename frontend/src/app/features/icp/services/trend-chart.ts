import { InjectionToken } from '@angular/core';

/** What the trend dialog needs of a drawn chart; an ECharts instance has it, tests pass a fake. */
export interface TrendChart {
  setOption(option: Record<string, unknown>, notMerge?: boolean): void;
  resize(): void;
  dispose(): void;
}

/** Starts loading the chart library before the first chart needs it (e.g. when a page of charts opens). */
export const preloadTrendChart = (): void =>
  void import('./trend-chart-renderer').catch(() => undefined);

/** Loads the chart library on first use and draws a chart into an element. */
export const TREND_CHART_RENDERER = new InjectionToken<
  (element: HTMLElement) => Promise<TrendChart>
>('TrendChartRenderer', {
  providedIn: 'root',
  factory: () => async (element) =>
    (await import('./trend-chart-renderer')).drawTrendChart(element),
});

/**
 * One chart drawn into whichever element currently hosts it: a new host (a re-rendered block)
 * gets a new chart and the old one is disposed; an answer for a replaced host is dropped.
 *
 * @example
 * private readonly slot = new TrendChartSlot(inject(TREND_CHART_RENDERER));
 * afterRenderEffect(() => void this.slot.show(host, option).then((ok) => this.failed.set(!ok)));
 */
export class TrendChartSlot {
  private chart: { readonly host: HTMLElement; readonly drawn: Promise<TrendChart> } | null = null;

  constructor(private readonly draw: (element: HTMLElement) => Promise<TrendChart>) {}

  /** Draws `option` into `host`; false when the chart could not be drawn. */
  async show(host: HTMLElement, option: Record<string, unknown>): Promise<boolean> {
    if (this.chart?.host !== host) {
      this.release();
      this.chart = { host, drawn: this.draw(host) };
    }
    const pending = this.chart;
    try {
      const chart = await pending.drawn;
      if (this.chart === pending) chart.setOption(option, true);
      return true;
    } catch {
      return false;
    }
  }

  resize(): void {
    void this.chart?.drawn.then((chart) => chart.resize()).catch(() => undefined);
  }

  release(): void {
    const old = this.chart;
    this.chart = null;
    void old?.drawn.then((chart) => chart.dispose()).catch(() => undefined);
  }
}
