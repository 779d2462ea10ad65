import { Module } from '@nestjs/common';
import { AccountModule } from '../modules/account/account.module';
import { AlertPreferencesModule } from '../modules/alerts';
import { BillingModule } from '../modules/billing';
import { DashboardsModule } from '../modules/dashboards';
import { ReviewsModule } from '../modules/reviews/reviews.module';
import { TemplatesModule } from '../modules/templates/templates.module';
import { HttpPlatformModule, lambdalith } from '../shared/http/lambdalith';

@Module({
  imports: [HttpPlatformModule, AccountModule, BillingModule, ReviewsModule, TemplatesModule, DashboardsModule, AlertPreferencesModule],
})
export class AccountApiModule {}

export const handler = lambdalith(AccountApiModule);
