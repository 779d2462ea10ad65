import { Module } from '@nestjs/common';
import { AccountDataModule } from '../account/account-data.module';
import { ReferenceCatalogRepository } from '../reference/reference-catalog.repository';
import { DosingDataModule } from '../dosing/dosing-data.module';
import { DraftsModule } from '../drafts';
import { IcpCompletionModule } from '../reviews/icp-completion.module';
import { ManualTestReviewer } from '../reviews/review-hooks';
import { TargetsDataModule } from '../targets/targets.module';
import { CorrectionsController } from './corrections.controller';
import { CorrectionsService } from './corrections.service';
import { FailedTestService } from './failed-test.service';
import { IcpReportIntake } from './icp-report-intake';
import { ManualIcpService } from './manual-icp.service';
import { TestElementRowsRepository } from './repositories/test-element-rows.repository';
import { IcpDetailService } from './icp-detail.service';
import { FailedTestRepository } from './repositories/failed-test.repository';
import { CallerFeatures } from './caller-features';
import { ManualTestReviewHook } from './manual-test-review.hook';
import { ManualTestService } from './manual-test.service';
import { ReadingImportService } from './reading-import.service';
import { LaterReadingsReader } from './repositories/later-readings.reader';
import { TestHistoryRepository } from './repositories/test-history.repository';
import { TestRowsRepository } from './repositories/test-rows.repository';
import { UploadReservationRepository } from './repositories/upload-reservation.repository';
import { TestDetailReader } from './test-detail.reader';
import { TestDetailService } from './test-detail.service';
import { UsageEventRepository } from '../platform/usage-event.repository';
import { TestHistoryService } from './test-history.service';
import { TestingController } from './testing.controller';
import { TrendService } from './trend.service';
import { UploadService } from './upload.service';

@Module({
  imports: [AccountDataModule, TargetsDataModule, DosingDataModule, DraftsModule, IcpCompletionModule],
  controllers: [TestingController, CorrectionsController],
  providers: [
    UploadService,
    FailedTestService,
    FailedTestRepository,
    ManualIcpService,
    IcpReportIntake,
    TestElementRowsRepository,
    TestHistoryService,
    TestHistoryRepository,
    UploadReservationRepository,
    TestRowsRepository,
    LaterReadingsReader,
    TestDetailReader,
    TestDetailService,
    ManualTestService,
    ReadingImportService,
    TrendService,
    CallerFeatures,
    ReferenceCatalogRepository,
    UsageEventRepository,
    IcpDetailService,
    CorrectionsService,
    // Manual tests that need attention get a lightweight Reef Review.
    { provide: ManualTestReviewHook, useExisting: ManualTestReviewer },
  ],
  exports: [TestHistoryRepository, TestDetailReader, CallerFeatures],
})
export class TestingModule {}
