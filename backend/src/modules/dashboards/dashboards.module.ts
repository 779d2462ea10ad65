import { Module } from '@nestjs/common';
import { AccountDataModule } from '../account/account-data.module';
import { ReferenceCatalogRepository } from '../reference/reference-catalog.repository';
import { ReferenceService } from '../reference/reference.service';
import { DashboardController } from './dashboard.controller';
import { DashboardRepository } from './dashboard.repository';
import { DashboardService } from './dashboard.service';

/** `POST /user/dashboard`, `/save`, `/delete` (account-api). */
@Module({
  imports: [AccountDataModule],
  controllers: [DashboardController],
  providers: [DashboardService, DashboardRepository, ReferenceService, ReferenceCatalogRepository],
})
export class DashboardsModule {}
