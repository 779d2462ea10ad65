import { Injectable } from '@nestjs/common';
import type { UserRecord } from '../account/account.types';
import { BillingGateway } from '../billing';

/** What happened to the keeper's Stripe subscriptions when the account was deleted. */
export type SubscriptionOutcome = 'none' | 'cancelled';

/**
 * The billing step of account deletion: ends the keeper's Stripe subscriptions through the billing
 * port, at once and without a final invoice or proration, so a deleted keeper is never charged
 * again. Stripe is asked whenever the keeper has a Stripe customer, not only when the user row says
 * a subscription runs, so a missed webhook cannot leave one renewing. When Stripe cannot be reached
 * the port's `UpstreamFailureError` stops the deletion before anything is removed.
 */
@Injectable()
export class SubscriptionCanceller {
  constructor(private readonly gateway: BillingGateway) {}

  async cancelForErasure(user: UserRecord): Promise<SubscriptionOutcome> {
    const customerId = user.billing?.customerId;
    if (!customerId) return 'none'; // never went to checkout: Stripe holds nothing of theirs
    const ended = await this.gateway.cancelSubscriptionsNow(customerId);
    return ended.length > 0 ? 'cancelled' : 'none';
  }
}
