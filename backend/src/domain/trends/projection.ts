import { addDays, daysBetween } from '../dosing/calendar';

/** One reading on a tank's calendar; `null` is a reading below detection. */
export interface DatedValue {
  readonly date: string;
  readonly value: number | null;
}

export interface ProjectedValue {
  readonly date: string;
  readonly value: number;
}

/** How many readings (newest ones, the anchor included) a projection line is fitted through. */
export const PROJECTION_READINGS = 5;

/** Days between two points of a projected series. */
const SERIES_STEP_DAYS = 7;

/** A value with four significant digits, never below zero: concentrations cannot be negative. */
export const roundProjected = (value: number): number => Math.max(0, Number(value.toPrecision(4)));

/**
 * The least-squares straight line through the newest {@link PROJECTION_READINGS} numeric readings,
 * with x counted in days from `anchor`. Undefined when fewer than two readings remain or they all
 * share one date (no slope can be told).
 *
 * @example fitLine([{ date: '2026-01-11', value: 12 }, { date: '2026-01-01', value: 10 }], '2026-01-11') // { slope: 0.2, intercept: 12 }
 */
export function fitLine(newestFirst: readonly DatedValue[], anchor: string): { slope: number; intercept: number } | undefined {
  const points = newestFirst
    .filter((p): p is ProjectedValue => typeof p.value === 'number' && Number.isFinite(p.value))
    .slice(0, PROJECTION_READINGS)
    .map((p) => ({ x: daysBetween(anchor, p.date), y: p.value }));
  if (points.length < 2) return undefined;
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  const sxx = points.reduce((sum, p) => sum + (p.x - meanX) ** 2, 0);
  if (sxx === 0) return undefined;
  const slope = points.reduce((sum, p) => sum + (p.x - meanX) * (p.y - meanY), 0) / sxx;
  return { slope, intercept: meanY - slope * meanX };
}

/**
 * Where the line through the recent readings reaches `days` after `anchor`.
 *
 * @example projectAt([{ date: '2026-01-11', value: 12 }, { date: '2026-01-01', value: 10 }], '2026-01-11', 30) // { date: '2026-02-10', value: 18 }
 */
export function projectAt(newestFirst: readonly DatedValue[], anchor: string, days: number): ProjectedValue | undefined {
  const line = fitLine(newestFirst, anchor);
  return line && { date: addDays(anchor, days), value: roundProjected(line.intercept + line.slope * days) };
}

/**
 * A projected series for a chart: the fitted line from the newest reading's date to `days` later,
 * one point a week plus the last day. Empty when no line can be fitted.
 *
 * @param oldestFirst readings as a chart holds them, oldest first
 * @example projectSeries([{ date: '2026-01-01', value: 10 }, { date: '2026-01-11', value: 12 }], 14).map((p) => p.value) // [12, 13.4, 14.8]
 */
export function projectSeries(oldestFirst: readonly DatedValue[], days: number): ProjectedValue[] {
  if (!(days > 0) || oldestFirst.length === 0) return [];
  const newestFirst = [...oldestFirst].sort((a, b) => b.date.localeCompare(a.date));
  const anchor = newestFirst[0].date;
  const line = fitLine(newestFirst, anchor);
  if (!line) return [];
  const offsets: number[] = [];
  for (let d = 0; d < days; d += SERIES_STEP_DAYS) offsets.push(d);
  offsets.push(days);
  return offsets.map((d) => ({ date: addDays(anchor, d), value: roundProjected(line.intercept + line.slope * d) }));
}
