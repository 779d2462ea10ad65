import { Injectable } from '@nestjs/common';
import { type DraftActivation, DraftActivationListener } from '../dosing/draft-activation.listener';
import { ManualTestReviewHook, type SavedManualTest } from '../testing/manual-test-review.hook';
import { ReefReviewService } from './reef-review.service';

/** Activating a RaM draft marks the review's daily adjustments applied, accepted or overridden. */
@Injectable()
export class ReviewDraftActivationListener extends DraftActivationListener {
  constructor(private readonly reviews: ReefReviewService) {
    super();
  }

  async onDraftActivated(activation: DraftActivation): Promise<void> {
    await this.reviews.markDraftActivated(activation.program.programId, activation.program.elements, activation.activatedAt);
  }
}

/** A saved manual test gets a lightweight review when something in it needs attention. */
@Injectable()
export class ManualTestReviewer extends ManualTestReviewHook {
  constructor(private readonly reviews: ReefReviewService) {
    super();
  }

  async onManualTestSaved(test: SavedManualTest): Promise<string | undefined> {
    return (await this.reviews.generate(test.testId))?.reviewId;
  }
}
