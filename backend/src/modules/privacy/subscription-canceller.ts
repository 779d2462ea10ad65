import { Injectable } from '@nestjs/common';
import type { UserRecord } from '../account/account.types';
import { DomainError } from '../../shared/errors/domain-error';

/** What happened to the keeper's subscription when the account was deleted. */
export type SubscriptionOutcome = 'none' | 'already-ending' | 'cancelled';

/**
 * The billing hook of account deletion: ends a Stripe subscription so a deleted keeper is never
 * charged again. The billing context binds its gateway here (`{ provide: SubscriptionCanceller,
 * useClass: … }`); until it does, this default refuses to delete an account whose subscription
 * would keep renewing, and asks the keeper to cancel it first.
 */
@Injectable()
export class SubscriptionCanceller {
  async cancelForErasure(user: UserRecord): Promise<SubscriptionOutcome> {
    const sub = user.subscription;
    if (!sub || !['trialing', 'active', 'past_due', 'unpaid', 'incomplete', 'paused'].includes(sub.status)) return 'none';
    if (sub.cancelAtPeriodEnd) return 'already-ending';
    throw new DomainError('CONFLICT', 'Your subscription still renews: cancel it under Plan & billing first, then delete the account', { reason: 'SUBSCRIPTION_RENEWS' });
  }
}
