import { Module } from '@nestjs/common';
import { BillingWebhookModule } from '../modules/billing';
import { HttpPlatformModule, lambdalith } from '../shared/http/lambdalith';

@Module({ imports: [HttpPlatformModule, BillingWebhookModule] })
export class BillingWebhookApiModule {}

export const handler = lambdalith(BillingWebhookApiModule);
