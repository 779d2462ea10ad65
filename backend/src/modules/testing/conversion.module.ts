import { Module } from '@nestjs/common';
import { Clock } from '../account/clock';
import { AppConfigRepository } from '../platform/app-config.repository';
import { UsageEventRepository } from '../platform/usage-event.repository';
import { ReferenceCatalogRepository } from '../reference/reference-catalog.repository';
import { TestElementRowsRepository } from './repositories/test-element-rows.repository';
import { TestHistoryRepository } from './repositories/test-history.repository';
import { UploadReservationRepository } from './repositories/upload-reservation.repository';
import { IcpReportIntake } from './icp-report-intake';
import { UploadConversionService } from './upload-conversion.service';

/** What `upload-convert` needs: no HTTP; of the user table only the upload count it gives back. */
@Module({
  providers: [
    UploadConversionService,
    IcpReportIntake,
    TestHistoryRepository,
    TestElementRowsRepository,
    ReferenceCatalogRepository,
    AppConfigRepository,
    UsageEventRepository,
    UploadReservationRepository,
    Clock,
  ],
})
export class ConversionModule {}
