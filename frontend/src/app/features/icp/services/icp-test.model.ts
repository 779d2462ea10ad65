// The shapes of docs/api-evaluation.md that only the ICP page reads; a test and its elements are in
// shared/tests/test-result.ts.
import type {
  CorrectionProgress,
  TargetRange,
  TestDetail,
  TestKind,
} from '../../../shared/tests/test-result';

export interface CorrectionLine {
  readonly elementId: string;
  readonly name: string;
  readonly unit: 'ml';
  readonly dailyAmount: number;
  readonly days: number;
  readonly totalAmount: number;
  readonly product: string;
  readonly progress: CorrectionProgress;
  /** A newer test measured the element again after this report: the correction no longer fits. */
  readonly supersededBy?: SupersedingReading;
}

/** The newer reading a correction is superseded by. */
export interface SupersedingReading {
  readonly testId: string;
  readonly kind: TestKind;
  readonly date: string;
  readonly value: number;
  readonly unit: string;
}

/** `POST /test/history/icp`. */
export interface IcpTestResponse {
  readonly test: TestDetail;
  readonly corrections: readonly CorrectionLine[];
  readonly draftProgramId?: string;
  readonly features: {
    readonly projections: boolean;
    readonly draftPrograms: boolean;
    readonly trendWarnings?: boolean;
    readonly doseResponse?: boolean;
  };
  /** The tank's volume is not confirmed yet: no dose amount was computed. */
  readonly setupNeeded?: boolean;
}

/** `POST /test/history/icp/trend`. */
export interface ElementTrend {
  readonly elementId: string;
  readonly name: string;
  readonly unit: string;
  readonly targetRange: TargetRange;
  readonly points: readonly {
    readonly testId: string;
    readonly kind: TestKind;
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
  /** Dosed against measured change between tests; only for plans with dose-response analytics. */
  readonly doseResponse?: DoseResponse;
}

/** One stretch between two tests, per day in the element's unit (null: not known). */
export interface DoseResponseStretch {
  readonly from: string;
  readonly to: string;
  readonly days: number;
  readonly dosedPerDay: number | null;
  readonly measuredChangePerDay: number;
  readonly consumptionPerDay: number | null;
  readonly holdingDosePerDay: number | null;
  readonly holdingMlPerDay: number | null;
  readonly uncountedDoses: number;
}

export interface DoseResponse {
  readonly referenceElementId: string | null;
  readonly intervals: readonly DoseResponseStretch[];
  readonly overall: DoseResponseStretch | null;
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
