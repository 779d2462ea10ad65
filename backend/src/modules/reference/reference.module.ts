import { Module } from '@nestjs/common';
import { AccountDataModule } from '../account/account-data.module';
import { DoseElementsController, TestElementsController } from './reference.controllers';
import { ReferenceCatalogRepository } from './reference-catalog.repository';
import { ReferenceService } from './reference.service';

const providers = [ReferenceService, ReferenceCatalogRepository];

/** `POST /test/elements/list` (testing-api). */
@Module({ imports: [AccountDataModule], controllers: [TestElementsController], providers, exports: providers })
export class TestReferenceModule {}

/** `POST /dose/elements/list` (dosing-api). */
@Module({ imports: [AccountDataModule], controllers: [DoseElementsController], providers, exports: providers })
export class DoseReferenceModule {}
