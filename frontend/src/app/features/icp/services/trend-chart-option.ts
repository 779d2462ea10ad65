import { formatDate } from '@angular/common';
import { numberText } from '../../../shared/format';
import { appLocale } from '../../../shared/locale';
import { ElementTrend } from './icp-test.model';

type Point = [number, number | null];

// The page's palette, as plain colours for the chart's canvas.
const COLOURS = {
  measured: '#0e7490',
  // Doses are context, not the subject: a light, thin series behind the readings.
  dose: 'rgba(148, 163, 184, 0.45)',
  projection: '#b45309',
  band: 'rgba(16, 185, 129, 0.12)',
  bound: '#059669',
};

const dayOf = (date: string): number => Date.parse(`${date.slice(0, 10)}T00:00:00Z`);

/** Doses of one day added up, per unit: one bar per day and unit. */
function doseSeries(doses: ElementTrend['doses']): { unit: string; points: Point[] }[] {
  const byUnit = new Map<string, Map<number, number>>();
  for (const dose of doses) {
    const days = byUnit.get(dose.unit) ?? new Map<number, number>();
    const day = dayOf(dose.date);
    days.set(day, (days.get(day) ?? 0) + dose.amount);
    byUnit.set(dose.unit, days);
  }
  return [...byUnit.entries()].map(([unit, days]) => ({
    unit,
    points: [...days.entries()].sort(([a], [b]) => a - b),
  }));
}

/** The target range on the measured line: a band between two bounds, a line for one. */
function rangeMarks(range: ElementTrend['targetRange']) {
  const { low, high, target } = range;
  const marks: Record<string, unknown> = {};
  if (low !== undefined && high !== undefined) {
    marks['markArea'] = {
      silent: true,
      itemStyle: { color: COLOURS.band },
      data: [[{ yAxis: low, name: 'Target range' }, { yAxis: high }]],
    };
  }
  const lines = [
    ...(low !== undefined && high === undefined ? [{ yAxis: low, name: 'At least' }] : []),
    ...(high !== undefined && low === undefined ? [{ yAxis: high, name: 'At most' }] : []),
    ...(target !== undefined ? [{ yAxis: target, name: 'Aim' }] : []),
  ];
  if (lines.length > 0) {
    marks['markLine'] = {
      silent: true,
      symbol: 'none',
      lineStyle: { color: COLOURS.bound, type: 'dashed' },
      label: { formatter: '{b}', position: 'insideEndTop' },
      data: lines,
    };
  }
  return marks;
}

/** Axis limits that keep the range's bounds in view even when every value lies outside it. */
function rangeInView(range: ElementTrend['targetRange']) {
  const bounds = [range.low, range.high, range.target].filter((b): b is number => b !== undefined);
  if (bounds.length === 0) return {};
  return {
    min: (extent: { min: number }) => Math.min(extent.min, ...bounds),
    max: (extent: { max: number }) => Math.max(extent.max, ...bounds),
  };
}

/** How the chart is drawn: `compact` for a phone-wide chart (fewer, shorter, slanted dates). */
export interface TrendChartLayout {
  readonly compact?: boolean;
}

/** Below this width (px) a chart is drawn compact. */
export const COMPACT_CHART_WIDTH = 480;

const axisNumber = (value: number) => numberText(value, 'significant');

/** Dates on the time axis in the keeper's locale: `5 Mar 2026`, on a phone `5 Mar`. */
function timeAxis(compact: boolean) {
  return {
    type: 'time',
    splitNumber: compact ? 3 : 6,
    axisLabel: {
      hideOverlap: true,
      rotate: compact ? 35 : 0,
      fontSize: compact ? 10 : 12,
      formatter: (value: number) =>
        formatDate(value, compact ? 'd MMM' : 'd MMM y', appLocale(), 'UTC'),
    },
  };
}

/**
 * The ECharts option for an element's trend: measured values on a time axis with the target range
 * as a band, doses as light thin bars behind them on a second axis, and the projection as a dashed
 * line from the last reading only when the API sent one. Plain data, so it is tested without
 * drawing.
 */
export function trendChartOption(
  trend: ElementTrend,
  { compact = false }: TrendChartLayout = {},
): Record<string, unknown> {
  const measured: Point[] = trend.points.map((point) => [dayOf(point.date), point.value]);
  const doses = doseSeries(trend.doses);
  const projection = trend.projection ?? [];
  const lastMeasured = [...measured].reverse().find(([, value]) => value !== null);

  const series: Record<string, unknown>[] = [
    {
      name: `Measured (${trend.unit})`,
      type: 'line',
      data: measured,
      connectNulls: false,
      symbolSize: 7,
      itemStyle: { color: COLOURS.measured },
      lineStyle: { width: 2 },
      z: 3,
      ...rangeMarks(trend.targetRange),
    },
    ...doses.map((dose) => ({
      name: `Dosed (${dose.unit})`,
      type: 'bar',
      yAxisIndex: 1,
      data: dose.points,
      barMaxWidth: compact ? 3 : 6,
      itemStyle: { color: COLOURS.dose },
      emphasis: { disabled: true },
      z: 1,
    })),
  ];
  if (projection.length > 0) {
    series.push({
      name: 'Projection',
      type: 'line',
      data: [
        ...(lastMeasured ? [lastMeasured] : []),
        ...projection.map((point): Point => [dayOf(point.date), point.value]),
      ],
      symbol: 'none',
      itemStyle: { color: COLOURS.projection },
      lineStyle: { type: 'dashed', width: 2 },
      z: 2,
    });
  }

  return {
    animation: false,
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, type: 'scroll', ...(compact ? { textStyle: { fontSize: 11 } } : {}) },
    tooltip: { trigger: 'axis', valueFormatter: axisNumber },
    xAxis: timeAxis(compact),
    yAxis: [
      {
        type: 'value',
        name: trend.unit,
        scale: true,
        // The range's bounds widen the axis to a value that is no round step: hide what collides.
        axisLabel: { formatter: axisNumber, hideOverlap: true },
        ...rangeInView(trend.targetRange),
      },
      {
        type: 'value',
        name: doses.map((dose) => dose.unit).join(', '),
        show: doses.length > 0,
        splitLine: { show: false },
        axisLabel: { formatter: axisNumber, hideOverlap: true },
      },
    ],
    series,
  };
}
