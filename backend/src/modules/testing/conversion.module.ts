import { Module } from '@nestjs/common';
import { Clock } from '../account/clock';
import { AppConfigRepository } from '../platform/app-config.repository';
import { UsageEventRepository } from '../platform/usage-event.repository';
import { ReferenceCatalogRepository } from '../reference/reference-catalog.repository';
import { TestElementRowsRepository } from './repositories/test-element-rows.repository';
import { TestHistoryRepository } from './repositories/test-history.repository';
import { UploadConversionService } from './upload-conversion.service';

/** What `upload-convert` needs: no HTTP, no user or tank tables. */
@Module({
  providers: [UploadConversionService, TestHistoryRepository, TestElementRowsRepository, ReferenceCatalogRepository, AppConfigRepository, UsageEventRepository, Clock],
})
export class ConversionModule {}
