import { Module } from '@nestjs/common';
import { AccountDataModule } from '../account/account-data.module';
import { ReferenceCatalogRepository } from '../reference/reference-catalog.repository';
import { ReferenceService } from '../reference/reference.service';
import { EntryTemplateController } from './entry-template.controller';
import { EntryTemplateRepository } from './entry-template.repository';
import { EntryTemplateService } from './entry-template.service';

/** `POST /user/template`, `/save`, `/delete` (account-api). */
@Module({
  imports: [AccountDataModule],
  controllers: [EntryTemplateController],
  providers: [EntryTemplateService, EntryTemplateRepository, ReferenceService, ReferenceCatalogRepository],
})
export class TemplatesModule {}
