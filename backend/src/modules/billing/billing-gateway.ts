import type { BillingInterval, PaidPlan, PriceIds } from '../../domain/billing/plan-catalog';
import type { StripeEventLike, StripeSubscriptionLike } from '../../domain/billing/stripe-events';

export interface CheckoutSessionRequest {
  readonly userId: string;
  readonly customerId: string;
  readonly plan: PaidPlan;
  readonly interval: BillingInterval;
  readonly priceId: string;
  /** Days of Pro before the first charge; absent when the keeper had a subscription before. */
  readonly trialDays?: number;
  readonly successUrl: string;
  readonly cancelUrl: string;
  /** The same key for the same keeper, plan and previous session: a double click makes one session. */
  readonly idempotencyKey: string;
}

export interface CheckoutSessionView {
  readonly id: string;
  readonly url: string;
  readonly status: 'open' | 'complete' | 'expired';
  readonly expiresAt: string;
}

/** The webhook's signature did not verify: the body was not sent by Stripe (or was changed). */
export class InvalidSignatureError extends Error {
  constructor(message = 'The webhook signature is missing or does not match') {
    super(message);
    this.name = 'InvalidSignatureError';
  }
}

/**
 * Everything RaM asks of Stripe. The Stripe SDK implementation runs in AWS (and locally in test mode
 * when keys are set); the local runtime provides a stand-in with the same behaviour.
 */
export abstract class BillingGateway {
  /** The keeper's Stripe customer, created once (idempotent per keeper). */
  abstract createCustomer(user: { userId: string; email: string }): Promise<string>;
  abstract createCheckoutSession(request: CheckoutSessionRequest): Promise<CheckoutSessionView>;
  abstract retrieveCheckoutSession(sessionId: string): Promise<CheckoutSessionView>;
  abstract expireCheckoutSession(sessionId: string): Promise<void>;
  /** A billing-portal session for the customer; returns its URL. */
  abstract createPortalSession(customerId: string, returnUrl: string): Promise<string>;
  abstract retrieveSubscription(subscriptionId: string): Promise<StripeSubscriptionLike>;
  /**
   * Ends every running subscription of the customer at once, for account deletion: no final invoice
   * and no proration credit, so deleting never charges or refunds anything by surprise. Returns the
   * ids it ended (none when nothing was running).
   */
  abstract cancelSubscriptionsNow(customerId: string): Promise<readonly string[]>;
  /** Verifies the `Stripe-Signature` header over the raw body and returns the event, or throws `InvalidSignatureError`. */
  abstract verifyWebhook(rawBody: Buffer, signature: string | undefined): Promise<StripeEventLike>;
  /** The catalogue's price ids by lookup key. */
  abstract priceIds(): Promise<PriceIds>;
}
