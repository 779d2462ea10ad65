import type { IcpLab } from '../account/account.types';

/** Where a test is in its life: an ICP upload moves PROCESSING → IN_PROGRESS → DONE, or ends in ERROR. */
export const TEST_STATUSES = ['PROCESSING', 'IN_PROGRESS', 'DONE', 'ERROR'] as const;
export type TestStatus = (typeof TEST_STATUSES)[number];

/** How long an upload may stay PROCESSING before it is declared failed. */
export const PROCESSING_DEADLINE_MS = 15 * 60 * 1000;

/**
 * When the test's current processing began: an upload (or a retry) sets its deadline that long after
 * it starts; a typed-in report has no deadline and began when it was saved. Undefined for a header
 * whose times cannot be read.
 *
 * @example processingStartedAt({ deadline_at: '2026-01-01T00:15:00.000Z' }) // 2026-01-01T00:00:00.000Z
 */
export function processingStartedAt(item: { readonly deadline_at?: unknown; readonly created_at?: unknown }): Date | undefined {
  const deadline = typeof item.deadline_at === 'string' ? Date.parse(item.deadline_at) : NaN;
  if (Number.isFinite(deadline)) return new Date(deadline - PROCESSING_DEADLINE_MS);
  const created = typeof item.created_at === 'string' ? Date.parse(item.created_at) : NaN;
  return Number.isFinite(created) ? new Date(created) : undefined;
}

/** Why an ICP test ended in ERROR: what the keeper can do next depends on it. */
export const TEST_FAILURE_KINDS = ['PDF', 'NOT_ICP', 'LAYOUT', 'VALIDATION', 'FILE_MISSING', 'DEADLINE'] as const;
export type TestFailureKind = (typeof TEST_FAILURE_KINDS)[number];

export interface TestHeader {
  readonly testId: string;
  readonly userId: string;
  readonly tankId: string;
  readonly kind: 'ICP' | 'MANUAL';
  readonly lab?: IcpLab;
  readonly status: TestStatus;
  /** Sample date (ICP) or measurement date (manual), YYYY-MM-DD. */
  readonly testDate: string;
  readonly fileName?: string;
  readonly analysisNumber?: string;
  readonly batchId?: string;
  readonly errorMessage?: string;
  readonly referenceId?: string;
  readonly failureKind?: TestFailureKind;
  /** When a failed upload was given back to the keeper's trial or Basic allowance. */
  readonly uploadGivenBackAt?: string;
  readonly deadlineAt?: string;
  readonly expectedElements?: number;
  readonly evaluatedElements?: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const HEADER_ITEM = 'HEADER';
export const tankKey = (userId: string, tankId: string): string => `${userId}#${tankId}`;
