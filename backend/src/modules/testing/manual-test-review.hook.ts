/** The manual test a keeper has just saved (created or replaced), already evaluated. */
export interface SavedManualTest {
  readonly userId: string;
  readonly tankId: string;
  readonly testId: string;
}

/**
 * Told after every manual test save, so Reef Review can create or update a lightweight review when
 * ranges, statuses or trends need attention. Answers the review id when there is one. Reef Review
 * provides the implementation (`ManualTestReviewer`).
 */
export abstract class ManualTestReviewHook {
  abstract onManualTestSaved(test: SavedManualTest): Promise<string | undefined>;
}
