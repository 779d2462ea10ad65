import { Module } from '@nestjs/common';
import { DosingDataModule } from '../dosing/dosing-data.module';
import { UsageEventRepository } from '../platform/usage-event.repository';
import { ReferenceCatalogRepository } from '../reference/reference-catalog.repository';
import { DailyDoseDraftProgramService } from './daily-dose-draft-program.service';
import { DraftRecordRepository } from './draft-record.repository';
import { draftSuggestionProvider } from './draft-suggestions.provider';

/**
 * `DailyDoseDraftProgramService` for icp-evaluate and for the ICP detail read (testing-api). No
 * controllers: importing it adds no routes. The reference catalog repository is provided here
 * rather than through `DoseReferenceModule`, which would bring its controller along.
 */
@Module({
  imports: [DosingDataModule],
  providers: [
    DailyDoseDraftProgramService,
    DraftRecordRepository,
    ReferenceCatalogRepository,
    UsageEventRepository,
    draftSuggestionProvider,
  ],
  exports: [DailyDoseDraftProgramService],
})
export class DraftsModule {}
