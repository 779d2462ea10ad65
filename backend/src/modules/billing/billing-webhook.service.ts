import { Injectable } from '@nestjs/common';
import { applyBillingEvent, type BillingEvent, type TransitionOutcome } from '../../domain/billing/billing-state';
import { billingEventOf, HANDLED_EVENT_TYPES, keeperOf, type StripeEventLike, UnknownPriceError } from '../../domain/billing/stripe-events';
import { InvalidRequestError } from '../../shared/errors/domain-error';
import { logger } from '../../shared/observability';
import { recordMetric } from '../../shared/product-metrics';
import { Clock } from '../account/clock';
import { BillingRecordRepository } from '../account/repositories/billing-record.repository';
import { BillingGateway, InvalidSignatureError } from './billing-gateway';

export type WebhookOutcome = TransitionOutcome | 'unattributed' | 'unknown-keeper' | 'foreign-price';

export interface WebhookAnswer {
  readonly received: true;
  readonly eventId: string;
  readonly outcome: WebhookOutcome;
}

const MAX_ATTEMPTS = 5;

/**
 * `POST /user/billing/webhook`: verifies Stripe's signature over the raw body, then applies the event to
 * the keeper's billing record with the pure state machine. Every event Stripe may retry is answered
 * 200 unless its signature is wrong, so Stripe never retries what RaM has decided to ignore.
 */
@Injectable()
export class BillingWebhookService {
  constructor(
    private readonly gateway: BillingGateway,
    private readonly records: BillingRecordRepository,
    private readonly clock: Clock,
  ) {}

  /** Every delivery RaM refuses or fails on is counted (product metric `webhookFailures`) before the error answers it. */
  async receive(rawBody: Buffer | undefined, signature: string | undefined): Promise<WebhookAnswer> {
    try {
      return await this.apply(rawBody, signature);
    } catch (error) {
      recordMetric('webhookFailures', 1);
      throw error;
    }
  }

  private async apply(rawBody: Buffer | undefined, signature: string | undefined): Promise<WebhookAnswer> {
    let event: StripeEventLike;
    try {
      event = await this.gateway.verifyWebhook(rawBody ?? Buffer.alloc(0), signature);
    } catch (error) {
      if (error instanceof InvalidSignatureError)
        throw new InvalidRequestError('The Stripe signature is missing or does not match this body', { field: 'stripe-signature' });
      throw error;
    }
    const answer = (outcome: WebhookOutcome): WebhookAnswer => ({ received: true, eventId: event.id, outcome });
    if (!(HANDLED_EVENT_TYPES as readonly string[]).includes(event.type)) return answer('ignored');

    const userId = keeperOf(event);
    if (!userId) {
      logger.warn('Stripe event without a RaM keeper', { eventId: event.id, type: event.type });
      return answer('unattributed');
    }
    let billingEvent: BillingEvent;
    try {
      billingEvent = billingEventOf(event, await this.gateway.priceIds(), await this.checkoutSubscription(event));
    } catch (error) {
      if (!(error instanceof UnknownPriceError)) throw error;
      logger.warn('Stripe event for a price outside the catalogue', { eventId: event.id, type: event.type, error: error.message });
      return answer('foreign-price');
    }
    for (let attempt = 1; ; attempt++) {
      const stored = await this.records.get(userId);
      if (!stored) return answer('unknown-keeper');
      const transition = applyBillingEvent(stored.record, billingEvent);
      if (transition.outcome === 'replay' || transition.outcome === 'ignored') return answer(transition.outcome);
      if (await this.records.save(userId, transition.record, stored.version, this.clock.now())) {
        logger.info('Stripe event applied', { eventId: event.id, type: event.type, userId, outcome: transition.outcome });
        return answer(transition.outcome);
      }
      // Another event for the same keeper was saved meanwhile: apply this one to the fresh record.
      if (attempt >= MAX_ATTEMPTS) throw new Error(`Billing record of ${userId} kept changing while applying ${event.id}`);
    }
  }

  /** A completed checkout names its subscription; reading it makes the checkout event enough on its own. */
  private async checkoutSubscription(event: StripeEventLike) {
    if (event.type !== 'checkout.session.completed') return undefined;
    const id = event.data.object.subscription;
    return typeof id === 'string' ? this.gateway.retrieveSubscription(id) : undefined;
  }
}
