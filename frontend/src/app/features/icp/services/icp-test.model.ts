// The shapes of docs/api-evaluation.md that the ICP page reads.

// Range and trend shapes are shared with the target-range and Reef Review pages.
import type { TargetRange } from '../../targets/services/target-range.model';
import type { ElementStatus, TrendAssessment } from '../../reef-review/services/review.model';

export type { ElementStatus, TargetRange, TrendAssessment };

export interface ElementResult {
  readonly elementId: string;
  readonly name: string;
  readonly canonical: string;
  readonly category: string;
  readonly unit: string;
  readonly value: number | null;
  readonly printed?: string;
  readonly nonDetect?: boolean;
  readonly status: ElementStatus;
  readonly targetRange?: TargetRange;
  readonly message?: string;
  readonly trendAssessment?: TrendAssessment;
}

export type TestStatus = 'PROCESSING' | 'IN_PROGRESS' | 'DONE' | 'ERROR';

export interface TestDetail {
  readonly id: string;
  readonly kind: 'ICP' | 'MANUAL';
  readonly status: TestStatus;
  readonly date: string;
  readonly label: string;
  readonly lab?: string;
  readonly analysisNumber?: string;
  readonly notes?: string;
  readonly errorMessage?: string;
  readonly referenceId?: string;
  readonly elements: readonly ElementResult[];
  readonly reviewId?: string;
  /** Counts of the test's header while it is evaluated, when the API passes them on. */
  readonly expectedElements?: number;
  readonly evaluatedElements?: number;
}

export interface CorrectionProgress {
  readonly done: number;
  readonly total: number;
  readonly state: 'NOT_STARTED' | 'PARTIAL' | 'DONE';
}

export interface CorrectionLine {
  readonly elementId: string;
  readonly name: string;
  readonly unit: 'ml';
  readonly dailyAmount: number;
  readonly days: number;
  readonly totalAmount: number;
  readonly product: string;
  readonly progress: CorrectionProgress;
}

/** `POST /test/history/icp`. */
export interface IcpTestResponse {
  readonly test: TestDetail;
  readonly corrections: readonly CorrectionLine[];
  readonly draftProgramId?: string;
  readonly features: { readonly projections: boolean; readonly draftPrograms: boolean };
}

/** `POST /test/history/icp/trend`. */
export interface ElementTrend {
  readonly elementId: string;
  readonly name: string;
  readonly unit: string;
  readonly targetRange: TargetRange;
  readonly points: readonly {
    readonly testId: string;
    readonly kind: 'ICP' | 'MANUAL';
    readonly date: string;
    readonly value: number | null;
  }[];
  readonly doses: readonly {
    readonly date: string;
    readonly elementId: string;
    readonly amount: number;
    readonly unit: string;
    readonly source: string;
  }[];
  readonly explanation: string;
  readonly projection?: readonly { readonly date: string; readonly value: number }[];
}

/** `POST /corrections` answers 202 with what it queued. */
export interface QueuedCorrections {
  readonly queued: readonly {
    readonly elementId: string;
    readonly amount: number;
    readonly unit: 'ml';
    readonly days: number;
    readonly startDate: string;
  }[];
}
