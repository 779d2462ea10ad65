import { TargetsDataModule } from '../targets/targets.module';
import { CorrectionResizer } from './correction-resizer';
import { Module } from '@nestjs/common';
import { AccountDataModule } from '../account/account-data.module';
import { DosingDataModule } from '../dosing/dosing-data.module';
import { TestHistoryRepository } from '../testing/repositories/test-history.repository';
import { LaterReadingsReader } from '../testing/repositories/later-readings.reader';
import { TestRowsRepository } from '../testing/repositories/test-rows.repository';
import { reviewWordingProvider } from './review-wording';
import { CorrectionProgressReader } from './correction-progress.reader';
import { ReefReviewController } from './reef-review.controller';
import { ReefReviewService } from './reef-review.service';
import { ManualTestReviewer, ReviewDraftActivationListener } from './review-hooks';
import { ReviewSourceReader } from './review-source.reader';
import { ReviewRepository } from './review.repository';

/** Reef Review without HTTP: generation (icp-evaluate, manual saves) and the draft activation hook. */
@Module({
  imports: [AccountDataModule, DosingDataModule, TargetsDataModule],
  providers: [
    CorrectionResizer,
    ReefReviewService,
    CorrectionProgressReader,
    ReviewRepository,
    ReviewSourceReader,
    TestHistoryRepository,
    TestRowsRepository,
    LaterReadingsReader,
    ReviewDraftActivationListener,
    ManualTestReviewer,
    reviewWordingProvider,
  ],
  exports: [
    CorrectionResizer,
    ReefReviewService,
    CorrectionProgressReader,
    ReviewSourceReader,
    ReviewRepository,
    ReviewDraftActivationListener,
    ManualTestReviewer,
  ],
})
export class ReviewsDataModule {}

/** `POST /user/reef-reviews` (account-api). */
@Module({ imports: [ReviewsDataModule], controllers: [ReefReviewController] })
export class ReviewsModule {}
