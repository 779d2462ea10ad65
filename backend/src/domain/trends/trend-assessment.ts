import type { ResolvedRange } from '../corrections/target-range';
import { daysBetween } from '../dosing/calendar';
import { type DatedValue, type ProjectedValue, projectAt } from './projection';

export type TrendDirection = 'UP' | 'DOWN' | 'STEADY' | 'FIRST';
export type TrendSeverity = 'NONE' | 'WATCH' | 'ALERT';

/** The short trend signal carried on a measured element of a test (see docs/api-evaluation.md). */
export interface TrendAssessment {
  readonly direction: TrendDirection;
  readonly severity: TrendSeverity;
  /** At most about 40 characters, e.g. `↑ 8% since 2026-09-14`. */
  readonly signal: string;
  readonly previousValue?: number;
  readonly previousDate?: string;
  readonly changePercent?: number;
  /** Only when the caller may see projections. */
  readonly projection?: ProjectedValue;
}

export interface TrendInput {
  readonly current: DatedValue;
  /** Earlier readings of the same element, newest first. */
  readonly previous: readonly DatedValue[];
  readonly range: ResolvedRange;
  readonly projections: boolean;
}

/** A change smaller than this share of the previous value (in %) counts as steady: ICP and hobby tests scatter about this much. */
export const STEADY_PERCENT = 5;
/** Leaving the range sooner than this at the current pace is an ALERT. */
export const ALERT_HORIZON_DAYS = 30;
/** Leaving the range sooner than this (but not within the alert horizon) is worth a WATCH. */
export const WATCH_HORIZON_DAYS = 90;
/** How far ahead a projection looks. */
export const PROJECTION_DAYS = 30;

type Position = 'BELOW' | 'WITHIN' | 'ABOVE';

const ARROWS: Record<TrendDirection, string> = { UP: '↑', DOWN: '↓', STEADY: '→', FIRST: '' };

function positionOf(value: number | null, range: ResolvedRange): Position {
  // A non-detect is below any floor above zero, and never above a ceiling.
  const reading = value ?? 0;
  if (range.low !== undefined && (value === null ? range.low > 0 : reading < range.low)) return 'BELOW';
  if (range.high !== undefined && reading > range.high) return 'ABOVE';
  return 'WITHIN';
}

function directionOf(current: number | null, previous: number | null): TrendDirection {
  if (current === null || previous === null) {
    const now = current ?? 0;
    const before = previous ?? 0;
    return now === before ? 'STEADY' : now > before ? 'UP' : 'DOWN';
  }
  const change = current - previous;
  if (previous === 0) return change === 0 ? 'STEADY' : change > 0 ? 'UP' : 'DOWN';
  if ((Math.abs(change) / Math.abs(previous)) * 100 < STEADY_PERCENT) return 'STEADY';
  return change > 0 ? 'UP' : 'DOWN';
}

/** Days until the reading crosses the bound it is heading for at the pace since the previous one. */
function daysToLeave(current: DatedValue, previous: DatedValue, range: ResolvedRange): number | undefined {
  if (current.value === null || previous.value === null) return undefined;
  const perDay = (current.value - previous.value) / Math.max(1, daysBetween(previous.date, current.date));
  const bound = perDay > 0 ? range.high : perDay < 0 ? range.low : undefined;
  return bound === undefined ? undefined : (bound - current.value) / perDay;
}

function severityOf(direction: TrendDirection, position: Position, leaveInDays: number | undefined): TrendSeverity {
  if (position !== 'WITHIN') {
    const movingAway = (position === 'BELOW' && direction === 'DOWN') || (position === 'ABOVE' && direction === 'UP');
    return movingAway ? 'ALERT' : 'WATCH';
  }
  if (direction === 'STEADY' || direction === 'FIRST' || leaveInDays === undefined) return 'NONE';
  if (leaveInDays <= ALERT_HORIZON_DAYS) return 'ALERT';
  return leaveInDays <= WATCH_HORIZON_DAYS ? 'WATCH' : 'NONE';
}

function percentLabel(percent: number): string {
  const size = Math.abs(percent);
  if (size > 999) return '>999%';
  return `${size < 10 ? Number(size.toFixed(1)) : Math.round(size)}%`;
}

function signalOf(direction: TrendDirection, current: number | null, previous: DatedValue, percent: number | undefined): string {
  const since = `since ${previous.date}`;
  if (current === null) return `${ARROWS[direction]} not detected ${since}`;
  if (previous.value === null) return `${ARROWS[direction]} from not detected ${since}`;
  if (direction === 'STEADY') return `→ steady ${since}`;
  if (percent === undefined) return `${ARROWS[direction]} from 0 ${since}`;
  return `${ARROWS[direction]} ${percentLabel(percent)} ${since}`;
}

/**
 * How one element moved since its previous reading and how worrying that is.
 *
 * Design choices:
 * - **Direction** compares the reading with the newest earlier one. A change below
 *   {@link STEADY_PERCENT} % of the previous value is `STEADY` (lab and kit scatter); from 0, any
 *   change counts. A non-detect (`null`) counts as zero for the direction.
 * - **Severity** checks the absolute position against the range first: out of range and moving
 *   further away is `ALERT`, out of range otherwise (steady, coming back, or a first reading) is
 *   `WATCH`. Inside the range, the pace since the previous reading (per day) is extended to the
 *   bound it heads for: crossing within {@link ALERT_HORIZON_DAYS} days is `ALERT`, within
 *   {@link WATCH_HORIZON_DAYS} days `WATCH`, later or steady `NONE`.
 * - **Projection** (only when `projections`): the least-squares line through the current reading and
 *   up to four earlier numeric ones, read {@link PROJECTION_DAYS} days after the current date,
 *   rounded to four significant digits and never below zero. It needs two readings on different dates.
 *
 * @example assessTrend({ current: { date: '2026-10-01', value: 410 }, previous: [{ date: '2026-09-14', value: 440 }], range: { source: 'METHOD', low: 400, high: 460 }, projections: false })
 * // { direction: 'DOWN', severity: 'ALERT', signal: '↓ 6.8% since 2026-09-14', previousValue: 440, previousDate: '2026-09-14', changePercent: -6.8 }
 */
export function assessTrend(input: TrendInput): TrendAssessment {
  const { current, range } = input;
  const position = positionOf(current.value, range);
  const before = input.previous[0];
  const projection = input.projections ? projectAt([current, ...input.previous], current.date, PROJECTION_DAYS) : undefined;
  const withProjection = projection ? { projection } : {};
  if (!before)
    return { direction: 'FIRST', severity: severityOf('FIRST', position, undefined), signal: 'First reading', ...withProjection };

  const direction = directionOf(current.value, before.value);
  const percent =
    current.value !== null && before.value !== null && before.value !== 0
      ? Number((((current.value - before.value) / Math.abs(before.value)) * 100).toFixed(1))
      : undefined;
  return {
    direction,
    severity: severityOf(direction, position, daysToLeave(current, before, range)),
    signal: signalOf(direction, current.value, before, percent),
    ...(before.value !== null ? { previousValue: before.value } : {}),
    previousDate: before.date,
    ...(percent !== undefined ? { changePercent: percent } : {}),
    ...withProjection,
  };
}

/**
 * A trend without its warning, for plans without trend warnings: the direction, the measured change
 * and its signal stay (they are history); the severity becomes NONE and no projection is kept.
 *
 * @example withoutWarning({ direction: 'DOWN', severity: 'ALERT', signal: '↓ 6.8% since 2026-09-14', changePercent: -6.8 })
 * // { direction: 'DOWN', severity: 'NONE', signal: '↓ 6.8% since 2026-09-14', changePercent: -6.8 }
 */
export function withoutWarning(assessment: TrendAssessment): TrendAssessment {
  const { projection: _projection, ...rest } = assessment;
  return { ...rest, severity: 'NONE' };
}
