import { Module } from '@nestjs/common';
import { AccountDataModule } from '../account/account-data.module';
import { DoseDayRepository, DynamoDoseDayRepository } from '../dosing/dose-day.repository';
import { ReferenceCatalogRepository } from '../reference/reference-catalog.repository';
import { TargetsDataModule } from '../targets/targets.module';
import { CallerFeatures } from './caller-features';
import { ManualTestReviewHook, NoManualTestReview } from './manual-test-review.hook';
import { ManualTestService } from './manual-test.service';
import { TestHistoryRepository } from './repositories/test-history.repository';
import { TestRowsRepository } from './repositories/test-rows.repository';
import { UploadReservationRepository } from './repositories/upload-reservation.repository';
import { TestDetailReader } from './test-detail.reader';
import { TestDetailService } from './test-detail.service';
import { TestHistoryService } from './test-history.service';
import { TestingController } from './testing.controller';
import { TrendService } from './trend.service';
import { UploadService } from './upload.service';

@Module({
  imports: [AccountDataModule, TargetsDataModule],
  controllers: [TestingController],
  providers: [
    UploadService,
    TestHistoryService,
    TestHistoryRepository,
    UploadReservationRepository,
    TestRowsRepository,
    TestDetailReader,
    TestDetailService,
    ManualTestService,
    TrendService,
    CallerFeatures,
    ReferenceCatalogRepository,
    { provide: DoseDayRepository, useClass: DynamoDoseDayRepository },
    // Reef Review replaces this with the hook that creates lightweight reviews of manual tests.
    { provide: ManualTestReviewHook, useClass: NoManualTestReview },
  ],
  exports: [TestHistoryRepository, TestDetailReader, CallerFeatures],
})
export class TestingModule {}
