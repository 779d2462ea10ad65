import type { ResolvedRange } from '../corrections/target-range';
import { doseState } from '../dosing/dose-entry';
import type { Finding, PriorTest, Progress, Severity } from './review-types';
import { SEVERITIES } from './review-types';

/** A dose-history entry written by an applied ICP correction. */
export interface CorrectionDoseRow {
  readonly date: string;
  readonly testId?: string;
  readonly elementId: string;
  readonly dayIndex?: number;
  readonly source: string;
  /** The keeper confirmed this planned day as given before its date. */
  readonly confirmedAt?: string;
}

/**
 * How far a one-time correction has got: the days of this test's correction of this element that
 * are dated on or after the test and already given: their day has come, or the keeper confirmed them
 early (planned days ahead of the tank's today do not count otherwise). Rows of an older test's correction never
 * count, so a new review does not start half done.
 *
 * @example correctionProgress({ testId: 't2', testDate: '2026-11-20', elementId: 'calcium', days: 3, today: '2026-11-21' }, rows) // { done: 1, total: 3, state: 'PARTIAL' }
 */
export function correctionProgress(
  action: { testId: string; testDate: string; elementId: string; days: number; today: string },
  rows: readonly CorrectionDoseRow[],
): Progress {
  const days = new Set(
    rows
      .filter(
        (r) =>
          r.source === 'ICP_CORRECTION' &&
          r.testId === action.testId &&
          r.elementId === action.elementId &&
          r.date >= action.testDate &&
          doseState(r.date, action.today, r.confirmedAt) === 'GIVEN',
      )
      .map((r) => r.dayIndex ?? r.date),
  );
  const done = Math.min(days.size, action.days);
  return { done, total: action.days, state: done === 0 ? 'NOT_STARTED' : done >= action.days ? 'DONE' : 'PARTIAL' };
}

/** How far a reading is from its range (0 inside it); from the target when there is no band. */
export function distanceFromRange(value: number, range: ResolvedRange | undefined): number | undefined {
  if (!range) return undefined;
  if (range.low !== undefined || range.high !== undefined) {
    if (range.low !== undefined && value < range.low) return range.low - value;
    if (range.high !== undefined && value > range.high) return value - range.high;
    return 0;
  }
  return range.target !== undefined ? Math.abs(value - range.target) : undefined;
}

export type OutcomeVerdict = 'CLOSER' | 'FURTHER' | 'UNCHANGED' | 'UNKNOWN';

export interface FollowUpOutcome {
  /** The later test that measured the element again, when one did. */
  readonly testId?: string;
  readonly date?: string;
  readonly elementId: string;
  readonly name: string;
  readonly unit: string;
  readonly before: number | null;
  readonly after: number | null;
  readonly target?: number;
  readonly verdict: OutcomeVerdict;
}

/** Changes smaller than this share of the earlier distance count as unchanged. */
const UNCHANGED_SHARE = 0.05;

/**
 * What the tank's later tests say about each finding: for every element, the first later test that
 * measured it again (a manual kit test may measure calcium but not iodine) decides whether it moved
 * closer to its range, further away, or stayed. Computed on read, never stored.
 *
 * @param later the tank's completed tests after the reviewed one, oldest first
 */
export function followUpOutcomes(findings: readonly Finding[], later: readonly PriorTest[]): FollowUpOutcome[] {
  return findings
    .filter((f) => f.status !== 'MISSING')
    .map((f) => {
      const next = later.find((t) => f.elementId in t.values);
      const after = next ? next.values[f.elementId] : null;
      const base = {
        ...(next ? { testId: next.testId, date: next.date } : {}),
        elementId: f.elementId,
        name: f.name,
        unit: f.unit,
        before: f.value,
        after,
        ...(f.targetRange?.target !== undefined ? { target: f.targetRange.target } : {}),
      };
      if (f.value === null || after === null) return { ...base, verdict: 'UNKNOWN' as const };
      const d0 = distanceFromRange(f.value, f.targetRange);
      const d1 = distanceFromRange(after, f.targetRange);
      if (d0 === undefined || d1 === undefined) return { ...base, verdict: 'UNKNOWN' as const };
      const tolerance = Math.max(d0 * UNCHANGED_SHARE, 1e-9);
      const verdict: OutcomeVerdict = d1 < d0 - tolerance ? 'CLOSER' : d1 > d0 + tolerance ? 'FURTHER' : 'UNCHANGED';
      return { ...base, verdict };
    });
}

/** What a review needs for {@link supersededReviews}. */
export interface ReviewMoment {
  readonly reviewId: string;
  readonly status: string;
  readonly testKind: 'ICP' | 'MANUAL';
  readonly testDate: string;
  readonly createdAt: string;
}

/**
 * The open ICP reviews a newer ICP review takes over: every open review of an ICP report dated before
 * it (or on the same date, made earlier). Manual-test reviews stay open: a kit test is not a full report.
 *
 * @example supersededReviews({ reviewId: 'r2', testKind: 'ICP', testDate: '2026-11-27', … }, [r1Open]) // [r1Open]
 */
export function supersededReviews<T extends ReviewMoment>(newer: ReviewMoment, reviews: readonly T[]): T[] {
  if (newer.testKind !== 'ICP') return [];
  return reviews.filter(
    (r) =>
      r.reviewId !== newer.reviewId &&
      r.status === 'OPEN' &&
      r.testKind === 'ICP' &&
      (r.testDate < newer.testDate || (r.testDate === newer.testDate && r.createdAt < newer.createdAt)),
  );
}

/** Open reviews in the order a keeper should read them: most severe first, then the newest test. */
export function byPriority<T extends { severity: Severity; testDate: string; createdAt: string }>(a: T, b: T): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    b.testDate.localeCompare(a.testDate) ||
    b.createdAt.localeCompare(a.createdAt)
  );
}
