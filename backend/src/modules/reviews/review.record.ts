import type { CompareScope, DraftChange, ReviewContent, ReviewStatus } from '../../domain/reviews';

/** A stored Reef Review: one per test (`review-<testId>`), content plus the keeper's state. */
export interface ReviewRecord extends ReviewContent {
  readonly reviewId: string;
  readonly userId: string;
  readonly tankId: string;
  readonly testId: string;
  readonly testKind: 'ICP' | 'MANUAL';
  readonly testDate: string;
  readonly lab?: string;
  readonly status: ReviewStatus;
  readonly compareScope: CompareScope;
  readonly draftProgramId?: string;
  /** The draft's changes as generated, kept so RECALCULATE needs no second draft run. */
  readonly draftChanges: readonly DraftChange[];
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly completedAt?: string;
  readonly dismissedAt?: string;
  readonly supersededAt?: string;
  /** The newer review that took over (status SUPERSEDED). */
  readonly supersededBy?: string;
  /** Bumped on every write; writes are conditional on the version read. */
  readonly version: number;
}

export const reviewIdFor = (testId: string): string => `review-${testId}`;

type Item = Record<string, unknown>;

export function toReviewItem(r: ReviewRecord): Item {
  return {
    review_id: r.reviewId,
    user_id: r.userId,
    tank_id: r.tankId,
    user_id_tank_id: `${r.userId}#${r.tankId}`,
    test_id: r.testId,
    test_kind: r.testKind,
    test_date: r.testDate,
    lab: r.lab,
    status: r.status,
    severity: r.severity,
    title: r.title,
    summary: r.summary,
    findings: r.findings,
    actions: r.actions,
    compared_tests: r.comparedTests,
    compare_scope: r.compareScope,
    // GSI keys may not be empty: absent when there is no draft.
    ...(r.draftProgramId ? { draft_program_id: r.draftProgramId } : {}),
    draft_changes: r.draftChanges,
    created_at: r.createdAt,
    updated_at: r.updatedAt,
    completed_at: r.completedAt,
    dismissed_at: r.dismissedAt,
    superseded_at: r.supersededAt,
    superseded_by: r.supersededBy,
    version: r.version,
  };
}

export function toReviewRecord(i: Item): ReviewRecord {
  return {
    reviewId: i.review_id as string,
    userId: i.user_id as string,
    tankId: i.tank_id as string,
    testId: i.test_id as string,
    testKind: i.test_kind as ReviewRecord['testKind'],
    testDate: i.test_date as string,
    lab: i.lab as string | undefined,
    status: i.status as ReviewStatus,
    severity: i.severity as ReviewRecord['severity'],
    title: i.title as string,
    summary: i.summary as string,
    findings: (i.findings ?? []) as ReviewRecord['findings'],
    actions: (i.actions ?? []) as ReviewRecord['actions'],
    comparedTests: (i.compared_tests ?? []) as ReviewRecord['comparedTests'],
    compareScope: i.compare_scope as CompareScope,
    draftProgramId: i.draft_program_id as string | undefined,
    draftChanges: (i.draft_changes ?? []) as ReviewRecord['draftChanges'],
    createdAt: i.created_at as string,
    updatedAt: i.updated_at as string,
    completedAt: i.completed_at as string | undefined,
    dismissedAt: i.dismissed_at as string | undefined,
    ...(typeof i.superseded_at === 'string' ? { supersededAt: i.superseded_at } : {}),
    ...(typeof i.superseded_by === 'string' ? { supersededBy: i.superseded_by } : {}),
    version: Number(i.version ?? 0),
  };
}
