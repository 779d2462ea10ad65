import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { Module } from '@nestjs/common';
import { AppConfigRepository } from '../platform/app-config.repository';
import { UsageEventRepository } from '../platform/usage-event.repository';
import { DosingDataModule } from '../dosing/dosing.module';
import { ReferenceCatalogRepository } from '../reference/reference-catalog.repository';
import { BedrockDraftSuggestions } from './bedrock-draft-suggestions';
import { DailyDoseDraftProgramService } from './daily-dose-draft-program.service';
import { DraftRecordRepository } from './draft-record.repository';
import { DraftSuggestionPort, NoopDraftSuggestions } from './draft-suggestion.port';

/**
 * Bedrock proposals when `BEDROCK_MODEL_ID` is set (the function needs `bedrock: true` in the
 * catalogue), otherwise none. Read when the application context is built, once per container.
 */
export function draftSuggestionPortFor(modelId: string | undefined, config: AppConfigRepository, usage: UsageEventRepository): DraftSuggestionPort {
  return modelId ? new BedrockDraftSuggestions({ client: new BedrockRuntimeClient({}), modelId, config, usage }) : new NoopDraftSuggestions();
}

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
    {
      provide: DraftSuggestionPort,
      inject: [AppConfigRepository, UsageEventRepository],
      useFactory: (config: AppConfigRepository, usage: UsageEventRepository) => draftSuggestionPortFor(process.env.BEDROCK_MODEL_ID, config, usage),
    },
  ],
  exports: [DailyDoseDraftProgramService],
})
export class DraftsModule {}
