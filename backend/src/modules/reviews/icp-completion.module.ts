import { Module } from '@nestjs/common';
import { AccountDataModule } from '../account/account-data.module';
import { DraftsModule } from '../drafts';
import { ReferenceCatalogRepository } from '../reference/reference-catalog.repository';
import { IcpCompletionService } from './icp-completion.service';
import { ReviewsDataModule } from './reviews.module';

/** The draft program and the Reef Review of a finished ICP test (icp-evaluate and the ICP detail read). */
@Module({
  imports: [AccountDataModule, ReviewsDataModule, DraftsModule],
  providers: [IcpCompletionService, ReferenceCatalogRepository],
  exports: [IcpCompletionService, ReviewsDataModule],
})
export class IcpCompletionModule {}
