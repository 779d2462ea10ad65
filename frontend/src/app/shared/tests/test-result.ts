// How the API describes an evaluated water test and each element in it (docs/api-evaluation.md).
// The ICP page, manual tests, Reef Review and target ranges all read these shapes: they live here
// once, and each feature's model adds only what is its own.

/** Whether a test came from a lab's ICP report or was logged by hand. */
export type TestKind = 'ICP' | 'MANUAL';

/** How far the API has got with a test. */
export type TestStatus = 'PROCESSING' | 'IN_PROGRESS' | 'DONE' | 'ERROR';

/**
 * How one element's reading compares with its target range. NO_RANGE: measured, but nothing says
 * what it should be, so it is never shown as fine.
 */
export type ElementStatus =
  'LOW' | 'OK' | 'HIGH' | 'CRITICAL' | 'MISSING' | 'NO_RANGE' | 'RO' | 'PENDING';

// The one "needs attention" rule, shared with the API: the app compiles the API's own pure rule, so
// the ICP page, home, the tests table and Reef Review can never count differently.
export {
  ATTENTION_STATUSES,
  attentionCount,
  needsAttention,
} from '../../../../../backend/src/domain/attention/needs-attention';

/**
 * Where a range comes from: the keeper's own, the dosing method's, a cited reef reference, a safety
 * limit, or nothing.
 */
export type RangeSource = 'CUSTOM' | 'METHOD' | 'REFERENCE' | 'HAZARD_FALLBACK' | 'NONE';

/** The band an element should sit in, in the element's unit; any bound may be missing. */
export interface TargetRange {
  readonly low?: number;
  readonly high?: number;
  readonly target?: number;
  readonly source: RangeSource;
  /** Who says so ("Moonshiners method", "Reef aquarium practice (Holmes-Farley 2004)"). */
  readonly sourceName?: string;
}

/** Which way an element moved since its previous reading, and how much that matters. */
export interface TrendAssessment {
  readonly direction: 'UP' | 'DOWN' | 'STEADY' | 'FIRST';
  readonly severity: 'NONE' | 'WATCH' | 'ALERT';
  readonly signal: string;
  readonly previousValue?: number;
  readonly previousDate?: string;
  readonly changePercent?: number;
  readonly projection?: { readonly date: string; readonly value: number };
}

/** One element of a test: its reading, status, range, the keeper message and the trend. */
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
  /** Outside what a reef tank can hold: the keeper confirmed it, or the lab printed it. */
  readonly implausible?: boolean;
  /** Manual tests: the reading as entered, when in another unit than `unit`. */
  readonly entered?: { readonly value: number; readonly unit: string };
  readonly trendAssessment?: TrendAssessment;
}

/** A test with its evaluated elements, ICP or manual alike. */
export interface TestDetail {
  readonly id: string;
  readonly kind: TestKind;
  readonly status: TestStatus;
  readonly date: string;
  readonly label: string;
  readonly lab?: string;
  readonly analysisNumber?: string;
  readonly notes?: string;
  readonly errorMessage?: string;
  readonly referenceId?: string;
  /** Why an upload ended in ERROR: a PDF problem, not an ICP report, a layout RaM could not read, … */
  readonly failureKind?: 'PDF' | 'NOT_ICP' | 'LAYOUT' | 'VALIDATION' | 'FILE_MISSING' | 'DEADLINE';
  /** The failed upload was given back to the keeper's trial or Basic allowance. */
  readonly uploadGivenBack?: boolean;
  readonly elements: readonly ElementResult[];
  readonly reviewId?: string;
  /** Counts of the test's header while it is evaluated, when the API passes them on. */
  readonly expectedElements?: number;
  readonly evaluatedElements?: number;
}

/** How many of a correction's dosing days are logged. */
export interface CorrectionProgress {
  readonly done: number;
  readonly total: number;
  readonly state: 'NOT_STARTED' | 'PARTIAL' | 'DONE';
}
