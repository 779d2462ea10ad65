import { Module } from '@nestjs/common';
import { AccountDataModule } from '../account/account-data.module';
import { BillingGatewayModule } from '../billing';
import { AccountErasureService } from './account-erasure.service';
import { KeeperExportService } from './keeper-export.service';
import { KeeperRowFinder } from './keeper-row-finder';
import { PrivacyController } from './privacy.controller';
import { SubscriptionCanceller } from './subscription-canceller';

/** `POST /user/export` and `/user/delete` (privacy-api): the keeper's data to take away or erase. */
@Module({
  imports: [AccountDataModule, BillingGatewayModule],
  controllers: [PrivacyController],
  providers: [KeeperRowFinder, KeeperExportService, AccountErasureService, SubscriptionCanceller],
})
export class PrivacyModule {}
