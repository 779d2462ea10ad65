import { Body, Controller, Headers, HttpCode, Post, type RawBodyRequest, Req } from '@nestjs/common';
import type { Request } from 'express';
import { Caller, type CallerIdentity } from '../../shared/http/caller';
import { type CheckoutAnswer, BillingService } from './billing.service';
import { BillingWebhookService, type WebhookAnswer } from './billing-webhook.service';
import { CheckoutDto } from './dto/checkout.dto';

@Controller('user/billing')
export class BillingController {
  constructor(private readonly billing: BillingService) {}

  @Post('checkout')
  @HttpCode(200)
  checkout(@Caller() caller: CallerIdentity, @Body() body: CheckoutDto): Promise<CheckoutAnswer> {
    return this.billing.checkout(caller, body.plan, body.interval);
  }

  @Post('portal')
  @HttpCode(200)
  // The body is `{}`: the portal is always the caller's own.
  portal(@Caller() caller: CallerIdentity): Promise<{ url: string }> {
    return this.billing.portal(caller);
  }
}

@Controller('user/billing')
export class BillingWebhookController {
  constructor(private readonly webhook: BillingWebhookService) {}

  // No DTO: Stripe's signature covers the raw bytes, so the body is read exactly as it arrived.
  @Post('webhook')
  @HttpCode(200)
  receive(@Req() request: RawBodyRequest<Request>, @Headers('stripe-signature') signature: string | undefined): Promise<WebhookAnswer> {
    return this.webhook.receive(request.rawBody, signature);
  }
}
