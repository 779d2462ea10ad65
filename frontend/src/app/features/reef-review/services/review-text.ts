import { weekdaysText } from '../../../shared/tank-calendar';
import { numberText } from '../../../shared/format';
import {
  CompareScope,
  DoseSchedule,
  Finding,
  OutcomeVerdict,
  ReviewDetail,
  Severity,
} from './review.model';

/** Most urgent first: the order findings and counts are shown in. */
export const SEVERITY_ORDER: readonly Severity[] = ['CRITICAL', 'WARNING', 'INFO', 'OK'];

export const SEVERITY_LABELS: Record<Severity, string> = {
  CRITICAL: 'Critical',
  WARNING: 'Warning',
  INFO: 'Info',
  OK: 'OK',
};

export const COMPARE_SCOPE_CHOICES: readonly { value: CompareScope; label: string }[] = [
  { value: 'LAST_3', label: 'Last 3' },
  { value: 'LAST_5', label: 'Last 5' },
  { value: 'LAST_10', label: 'Last 10' },
  { value: 'ALL', label: 'All' },
];

export const VERDICT_LABELS: Record<OutcomeVerdict, string> = {
  CLOSER: 'Closer to target',
  FURTHER: 'Further from target',
  UNCHANGED: 'Unchanged',
  UNKNOWN: 'Not measured again',
};

/** Findings (or anything with a severity) most urgent first; equal ones keep their order. */
export function bySeverity<T extends { readonly severity: Severity }>(items: readonly T[]): T[] {
  const rank = (item: T) => SEVERITY_ORDER.indexOf(item.severity);
  return [...items].sort((a, b) => rank(a) - rank(b));
}

/**
 * A daily dose in words.
 *
 * @example scheduleText({ amount: 2.5, unit: 'ml', weekdays: [1, 4] }); // '2.5 ml on Mon, Thu'
 */
export function scheduleText(schedule: DoseSchedule): string {
  const days = weekdaysText(schedule.weekdays, { mondayFirst: true });
  return `${numberText(schedule.amount, { maxDecimals: 4 })} ${schedule.unit} ${days === 'every day' ? days : `on ${days}`}`;
}

/**
 * The recalculated review with every decision the keeper made before still on it: an action the
 * answer carries without its decision gets the earlier one back (same action id, or else the same
 * type and element, since a recalculation may renumber regenerated actions).
 */
export function keepDecisions(next: ReviewDetail, before: ReviewDetail): ReviewDetail {
  const decided = before.actions.filter((action) => action.decision);
  if (decided.length === 0) return next;
  return {
    ...next,
    actions: next.actions.map((action) => {
      if (action.decision) return action;
      const earlier =
        decided.find((old) => old.actionId === action.actionId) ??
        decided.find((old) => old.type === action.type && old.elementId === action.elementId);
      return earlier ? { ...action, decision: earlier.decision } : action;
    }),
  };
}

/** What the top of a review shows before anything else: counts, the elements to act on, what to decide. */
export interface ReviewGlance {
  /** Findings per severity, most urgent first, only those that occur. */
  readonly counts: readonly { readonly severity: Severity; readonly count: number }[];
  /** Critical and warning findings, most urgent first. */
  readonly attention: readonly Finding[];
  /** Daily adjustments still waiting for the keeper's decision (none once the review is closed). */
  readonly adjustmentsToDecide: number;
  /** Corrections not fully dosed yet (none once the review is closed). */
  readonly correctionsToApply: number;
}

/**
 * The review at a glance.
 *
 * @example reviewGlance(review).counts; // [{ severity: 'WARNING', count: 1 }, { severity: 'INFO', count: 1 }]
 */
export function reviewGlance(review: ReviewDetail): ReviewGlance {
  const open = review.status === 'OPEN';
  const sorted = bySeverity(review.findings);
  return {
    counts: SEVERITY_ORDER.map((severity) => ({
      severity,
      count: sorted.filter((finding) => finding.severity === severity).length,
    })).filter(({ count }) => count > 0),
    attention: sorted.filter(
      (finding) => finding.severity === 'CRITICAL' || finding.severity === 'WARNING',
    ),
    adjustmentsToDecide: open
      ? review.actions.filter((action) => action.type === 'DAILY_ADJUSTMENT' && !action.decision)
          .length
      : 0,
    correctionsToApply: open
      ? review.actions.filter(
          (action) => action.type === 'CORRECTION' && action.progress?.state !== 'DONE',
        ).length
      : 0,
  };
}
