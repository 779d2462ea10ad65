import { Module } from '@nestjs/common';
import { AccountDataModule } from '../account/account-data.module';
import { BillingController, BillingWebhookController } from './billing.controller';
import { billingGatewayProvider } from './billing-gateway.provider';
import { BillingService } from './billing.service';
import { BillingWebhookService } from './billing-webhook.service';

/** `POST /user/billing/checkout` and `/portal` (account-api). */
@Module({ imports: [AccountDataModule], controllers: [BillingController], providers: [BillingService, billingGatewayProvider] })
export class BillingModule {}

/** `POST /user/billing/webhook` (billing-webhook): Stripe-signed, no Cognito token. */
@Module({
  imports: [AccountDataModule],
  controllers: [BillingWebhookController],
  providers: [BillingWebhookService, billingGatewayProvider],
})
export class BillingWebhookModule {}
