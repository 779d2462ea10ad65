import { Module } from '@nestjs/common';
import { AccountDataModule } from '../account/account-data.module';
import { BillingGateway } from './billing-gateway';
import { BillingController, BillingWebhookController } from './billing.controller';
import { billingGatewayProvider } from './billing-gateway.provider';
import { BillingService } from './billing.service';
import { BillingWebhookService } from './billing-webhook.service';

/** The billing port alone (Stripe, or the local stand-in), for contexts that end a subscription themselves. */
@Module({ providers: [billingGatewayProvider], exports: [BillingGateway] })
export class BillingGatewayModule {}

/** `POST /user/billing/checkout` and `/portal` (account-api). */
@Module({ imports: [AccountDataModule, BillingGatewayModule], controllers: [BillingController], providers: [BillingService] })
export class BillingModule {}

/** `POST /user/billing/webhook` (billing-webhook): Stripe-signed, no Cognito token. */
@Module({
  imports: [AccountDataModule, BillingGatewayModule],
  controllers: [BillingWebhookController],
  providers: [BillingWebhookService],
})
export class BillingWebhookModule {}
