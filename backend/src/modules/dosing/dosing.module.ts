import { Module } from '@nestjs/common';
import { DoseReferenceModule } from '../reference/reference.module';
import { ReviewDraftActivationListener } from '../reviews/review-hooks';
import { ReviewsDataModule } from '../reviews/reviews.module';
import { DoseCatalogGuard } from './dose-catalog.guard';
import { DoseHistoryController } from './dose-history.controller';
import { DoseHistoryService } from './dose-history.service';
import { DosingDataModule } from './dosing-data.module';
import { DraftActivationListener } from './draft-activation.listener';
import { ProgramHistoryController } from './program-history.controller';
import { ProgramHistoryService } from './program-history.service';

export { DosingDataModule } from './dosing-data.module';

/** `POST /dose/history*` and `/program/history*` (dosing-api). */
@Module({
  imports: [DosingDataModule, DoseReferenceModule, ReviewsDataModule],
  controllers: [DoseHistoryController, ProgramHistoryController],
  providers: [
    DoseCatalogGuard,
    DoseHistoryService,
    ProgramHistoryService,
    // Activating a RaM draft marks its Reef Review's daily adjustments applied.
    { provide: DraftActivationListener, useExisting: ReviewDraftActivationListener },
  ],
})
export class DosingModule {}
