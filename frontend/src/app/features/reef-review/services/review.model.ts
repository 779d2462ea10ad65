import type {
  CorrectionProgress,
  ElementStatus,
  TargetRange,
  TestKind,
  TrendAssessment,
} from '../../../shared/tests/test-result';

/** SUPERSEDED: a newer ICP report's review took over (decisions kept). */
export type ReviewStatus = 'OPEN' | 'COMPLETED' | 'DISMISSED' | 'SUPERSEDED';
export type Severity = 'CRITICAL' | 'WARNING' | 'INFO' | 'OK';
export type CompareScope = 'LAST_3' | 'LAST_5' | 'LAST_10' | 'ALL';
export type DecisionChoice = 'ACCEPTED' | 'OVERRIDDEN' | 'DISMISSED';
export type OutcomeVerdict = 'CLOSER' | 'FURTHER' | 'UNCHANGED' | 'UNKNOWN';

/** One review in a list: what it is about and how far the keeper got with it. */
export interface ReviewListItem {
  readonly reviewId: string;
  readonly testId: string;
  readonly testKind: TestKind;
  readonly testDate: string;
  readonly status: ReviewStatus;
  readonly severity: Severity;
  readonly title: string;
  readonly findingCount: number;
  readonly actionCount: number;
  readonly actionsDone: number;
  readonly createdAt: string;
  readonly completedAt?: string;
  readonly dismissedAt?: string;
}

/** An element that needs attention, with its reading, range and trend. */
export interface Finding {
  readonly findingId: string;
  readonly elementId: string;
  readonly name: string;
  readonly severity: Severity;
  readonly status: ElementStatus;
  readonly value: number | null;
  readonly unit: string;
  readonly targetRange?: TargetRange;
  readonly trend?: TrendAssessment;
  readonly text: string;
}

/** A daily dose: amount and unit on the given weekdays, 0 (Sunday) to 6 (Saturday). */
export interface DoseSchedule {
  readonly amount: number;
  readonly unit: string;
  readonly weekdays: readonly number[];
}

export interface Decision {
  readonly choice: DecisionChoice;
  readonly value?: DoseSchedule;
  readonly note?: string;
  readonly decidedAt: string;
}

/** Something to do: a one-time correction, or a change to a daily dose. */
export interface ReviewAction {
  readonly actionId: string;
  readonly type: 'CORRECTION' | 'DAILY_ADJUSTMENT';
  readonly elementId: string;
  readonly name: string;
  readonly text: string;
  readonly correction?: {
    readonly dailyAmount: number;
    readonly unit: string;
    readonly days: number;
    readonly totalAmount: number;
  };
  readonly progress?: CorrectionProgress;
  readonly adjustment?: { readonly current: DoseSchedule | null; readonly suggested: DoseSchedule };
  readonly decision?: Decision;
}

export interface FollowUpOutcome {
  readonly elementId: string;
  readonly name: string;
  readonly unit: string;
  readonly before: number | null;
  readonly after: number | null;
  readonly target?: number;
  readonly verdict: OutcomeVerdict;
}

export interface ReviewDetail extends ReviewListItem {
  readonly compareScope: CompareScope;
  readonly comparedTests: readonly { readonly testId: string; readonly date: string }[];
  readonly source: {
    readonly testId: string;
    readonly kind: TestKind;
    readonly date: string;
    readonly lab?: string;
  };
  readonly summary: string;
  readonly findings: readonly Finding[];
  readonly actions: readonly ReviewAction[];
  readonly draftProgramId?: string;
  readonly followUp?: {
    readonly testId: string;
    readonly date: string;
    readonly outcomes: readonly FollowUpOutcome[];
  };
}

/** `SUMMARY`: how many reviews are open, by severity, and the one to look at first. */
export interface ReviewSummary {
  readonly open: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly top?: ReviewListItem;
}

/** What DECIDE sends for one action. */
export interface DecisionInput {
  readonly actionId: string;
  readonly choice: DecisionChoice;
  readonly value?: DoseSchedule;
  readonly note?: string;
}
