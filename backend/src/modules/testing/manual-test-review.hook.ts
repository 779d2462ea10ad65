import { Injectable } from '@nestjs/common';

/** The manual test a keeper has just saved (created or replaced), already evaluated. */
export interface SavedManualTest {
  readonly userId: string;
  readonly tankId: string;
  readonly testId: string;
}

/**
 * Told after every manual test save, so Reef Review can create or update a lightweight review when
 * ranges, statuses or trends need attention. Answers the review id when there is one. The default
 * creates nothing; the Reef Review module provides the real one for this token.
 */
export abstract class ManualTestReviewHook {
  abstract onManualTestSaved(test: SavedManualTest): Promise<string | undefined>;
}

@Injectable()
export class NoManualTestReview extends ManualTestReviewHook {
  async onManualTestSaved(): Promise<string | undefined> {
    return undefined;
  }
}
