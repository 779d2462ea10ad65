import { IsoDate } from '../../../shared/tank-calendar';
import { DoseDay } from './dose-day';

/** A calendar month on the tank's clock, `YYYY-MM`. */
export type Month = string;

export const monthOf = (date: IsoDate): Month => date.slice(0, 7);

/** The first and last day of a month. @example monthRange('2026-02') // { from: '2026-02-01', to: '2026-02-28' } */
export function monthRange(month: Month): { from: IsoDate; to: IsoDate } {
  const [year, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** The month `by` months away. @example shiftMonth('2026-01', -1) // '2025-12' */
export function shiftMonth(month: Month, by: number): Month {
  const [year, m] = month.split('-').map(Number);
  const shifted = new Date(Date.UTC(year, m - 1 + by, 1));
  return `${shifted.getUTCFullYear()}-${String(shifted.getUTCMonth() + 1).padStart(2, '0')}`;
}

const MONTH_TEXT = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
/** @example monthText('2026-03') // 'March 2026' */
export const monthText = (month: Month): string =>
  MONTH_TEXT.format(Date.parse(`${month}-01T00:00:00Z`));

/** What went in over a month, per element and unit. */
export interface MonthTotal {
  readonly elementId: string;
  readonly unit: string;
  readonly total: number;
  /** Days with at least one dose of it. */
  readonly days: number;
}

/**
 * Per element and unit, the month's total and on how many days it was dosed, largest total first.
 *
 * @example monthTotals([{ date: '2026-03-01', entries: [{ elementId: 'calcium', amount: 10, unit: 'ml', … }] }])
 * // [{ elementId: 'calcium', unit: 'ml', total: 10, days: 1 }]
 */
export function monthTotals(days: readonly DoseDay[]): MonthTotal[] {
  const totals = new Map<
    string,
    { elementId: string; unit: string; total: number; dates: Set<string> }
  >();
  for (const day of days) {
    for (const entry of day.entries) {
      const key = `${entry.elementId}\u0000${entry.unit}`;
      const total = totals.get(key) ?? {
        elementId: entry.elementId,
        unit: entry.unit,
        total: 0,
        dates: new Set<string>(),
      };
      total.total += entry.amount;
      total.dates.add(day.date);
      totals.set(key, total);
    }
  }
  return [...totals.values()]
    .map(({ dates, total, ...rest }) => ({
      ...rest,
      total: Number(total.toFixed(3)),
      days: dates.size,
    }))
    .sort((a, b) => b.total - a.total || a.elementId.localeCompare(b.elementId));
}

/**
 * The ECharts option for a month of doses: one bar per day, stacked per element within each unit
 * (ml and g never share a stack). Plain data, tested without drawing.
 */
export function doseMonthChartOption(
  month: Month,
  days: readonly DoseDay[],
  nameOf: (elementId: string) => string,
): Record<string, unknown> {
  const { to } = monthRange(month);
  const dayCount = Number(to.slice(8));
  const labels = Array.from({ length: dayCount }, (_, i) => String(i + 1));
  const series = monthTotals(days).map((total) => {
    const data = labels.map(() => 0);
    for (const day of days) {
      for (const entry of day.entries) {
        if (entry.elementId === total.elementId && entry.unit === total.unit) {
          data[Number(day.date.slice(8)) - 1] += entry.amount;
        }
      }
    }
    return {
      name: `${nameOf(total.elementId)} (${total.unit})`,
      type: 'bar',
      stack: total.unit,
      data,
      barMaxWidth: 14,
    };
  });
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, type: 'scroll' },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: labels },
    yAxis: { type: 'value' },
    series,
  };
}
