import type { Correction } from '../corrections/correction';
import type { ElementStatus, ResolvedRange } from '../corrections/target-range';
import type { TrendAssessment } from '../trends';

/**
 * A Reef Review: what one test says about the tank, what to do about it, and (read later) whether
 * it worked. Everything here is plain data so the rules can be tested without a database.
 */

/** SUPERSEDED: a newer ICP report's review took over; the decisions stay, the review moves to history. */
export const REVIEW_STATUSES = ['OPEN', 'COMPLETED', 'DISMISSED', 'SUPERSEDED'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const SEVERITIES = ['CRITICAL', 'WARNING', 'INFO', 'OK'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const COMPARE_SCOPES = ['LAST_3', 'LAST_5', 'LAST_10', 'ALL'] as const;
export type CompareScope = (typeof COMPARE_SCOPES)[number];
export const DEFAULT_COMPARE_SCOPE: CompareScope = 'LAST_3';

/** How many earlier tests a scope compares with (ALL: every one). */
export const scopeSize = (scope: CompareScope): number => ({ LAST_3: 3, LAST_5: 5, LAST_10: 10, ALL: Number.POSITIVE_INFINITY })[scope];

export type ReviewedStatus = ElementStatus | 'RO' | 'PENDING';

/** One element of the reviewed test, as evaluation left it. */
export interface ReviewElement {
  readonly elementId: string;
  readonly name: string;
  /** The canon group (Calcium, Iodine, …) when known. */
  readonly canonical?: string;
  readonly category: string;
  readonly unit: string;
  readonly value: number | null;
  readonly status: ReviewedStatus;
  readonly range?: ResolvedRange;
  readonly correction?: Correction;
  /** When the keeper applied the correction: the date of its first dose. */
  readonly correctionStart?: string;
}

/** An earlier test of the tank: its date and the values it measured, by element. */
export interface PriorTest {
  readonly testId: string;
  readonly date: string;
  readonly values: Readonly<Record<string, number | null>>;
}

export interface DosingSchedule {
  readonly amount: number;
  readonly unit: string;
  readonly weekdays: readonly number[];
}

/** A change RaM's draft program makes to one dose element. */
export interface DraftChange {
  readonly elementId: string;
  readonly name: string;
  readonly current: DosingSchedule | null;
  readonly suggested: DosingSchedule;
  readonly reason?: string;
}

export interface Finding {
  readonly findingId: string;
  readonly elementId: string;
  readonly name: string;
  readonly severity: Severity;
  readonly status: ReviewedStatus;
  readonly value: number | null;
  readonly unit: string;
  readonly targetRange?: ResolvedRange;
  readonly trend?: TrendAssessment;
  readonly text: string;
}

export type DecisionChoice = 'ACCEPTED' | 'OVERRIDDEN' | 'DISMISSED';

export interface Decision {
  readonly choice: DecisionChoice;
  readonly value?: DosingSchedule;
  readonly note?: string;
  readonly decidedAt: string;
  /** Set when the decision came from activating the draft program rather than from the review page. */
  readonly viaDraftActivation?: boolean;
}

export interface CorrectionAction {
  readonly actionId: string;
  readonly type: 'CORRECTION';
  readonly elementId: string;
  readonly name: string;
  readonly text: string;
  readonly correction: { readonly dailyAmount: number; readonly unit: 'ml'; readonly days: number; readonly totalAmount: number };
  readonly decision?: Decision;
}

export interface AdjustmentAction {
  readonly actionId: string;
  readonly type: 'DAILY_ADJUSTMENT';
  readonly elementId: string;
  readonly name: string;
  readonly text: string;
  readonly adjustment: { readonly current: DosingSchedule | null; readonly suggested: DosingSchedule };
  readonly decision?: Decision;
}

export type ReviewAction = CorrectionAction | AdjustmentAction;

export type ProgressState = 'NOT_STARTED' | 'PARTIAL' | 'DONE';
export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly state: ProgressState;
}

/** What the rules conclude from a test; stored, then merged with the keeper's decisions. */
export interface ReviewContent {
  readonly severity: Severity;
  readonly title: string;
  readonly summary: string;
  readonly findings: readonly Finding[];
  readonly actions: readonly ReviewAction[];
  readonly comparedTests: readonly { readonly testId: string; readonly date: string }[];
}
