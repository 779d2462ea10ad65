import { Module } from '@nestjs/common';
import { AccountDataModule } from '../account/account-data.module';
import { ReferenceCatalogRepository } from '../reference/reference-catalog.repository';
import { MethodDefaultsRepository } from './method-defaults.repository';
import { TargetOverrideRepository } from './target-override.repository';
import { TargetRangeService } from './target-range.service';

/** Target ranges without HTTP: what evaluation, test details and trends resolve ranges with. */
@Module({
  imports: [AccountDataModule],
  providers: [TargetRangeService, MethodDefaultsRepository, TargetOverrideRepository, ReferenceCatalogRepository],
  exports: [TargetRangeService],
})
export class TargetsDataModule {}
