import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type BillingRecord, hasLiveSubscription } from '../../domain/billing/billing-state';
import { type BillingInterval, type PaidPlan, PAID_TRIAL_DAYS, priceLookupKey } from '../../domain/billing/plan-catalog';
import { runtimeConfig } from '../../shared/config';
import { DomainError, NotFoundError } from '../../shared/errors/domain-error';
import type { CallerIdentity } from '../../shared/http/caller';
import { Clock } from '../account/clock';
import { BillingRecordRepository } from '../account/repositories/billing-record.repository';
import { UserRepository } from '../account/repositories/user.repository';
import { BillingGateway } from './billing-gateway';

export interface CheckoutAnswer {
  readonly kind: 'checkout' | 'portal';
  readonly url: string;
}

const MAX_ATTEMPTS = 3;

/** Where Stripe sends the keeper back: the profile's Plan & billing section. */
export function returnUrl(query = ''): string {
  return `${runtimeConfig().appOrigin ?? ''}/app/profile${query}#billing`;
}

/** Starts and manages paid subscriptions: checkout for a new one, the portal for an existing one. */
@Injectable()
export class BillingService {
  constructor(
    private readonly users: UserRepository,
    private readonly records: BillingRecordRepository,
    private readonly gateway: BillingGateway,
    private readonly clock: Clock,
  ) {}

  /**
   * A Checkout URL for the plan, reusing the keeper's open session for the same plan; a keeper who
   * already subscribes gets the portal instead. Stripe objects are made with idempotency keys, and the
   * user row is written last, so a failure half-way leaves nothing behind that a retry cannot reuse.
   */
  async checkout(caller: CallerIdentity, plan: PaidPlan, interval: BillingInterval): Promise<CheckoutAnswer> {
    const user = await this.users.get(caller.userId);
    if (!user) throw new NotFoundError('Your profile');
    if (user.billingExempt || user.email === runtimeConfig().adminEmail) {
      throw new DomainError('BILLING_EXEMPT', 'Your account has free Pro access, so there is nothing to pay for.');
    }
    for (let attempt = 1; ; attempt++) {
      const stored = await this.records.get(caller.userId);
      if (!stored) throw new NotFoundError('Your profile');
      const { record, version } = stored;
      const now = this.clock.now();
      if (record.customerId && hasLiveSubscription(record, now)) {
        return { kind: 'portal', url: await this.gateway.createPortalSession(record.customerId, returnUrl()) };
      }
      const reused = await this.reusableSession(record, plan, interval, now);
      if (reused) return reused;

      const customerId = record.customerId ?? (await this.gateway.createCustomer({ userId: user.userId, email: user.email }));
      const priceId = (await this.gateway.priceIds())[priceLookupKey(plan, interval)];
      if (!priceId) throw new Error(`No Stripe price for ${priceLookupKey(plan, interval)}`);
      const previous = record.pendingCheckout?.sessionId ?? 'none';
      const session = await this.gateway.createCheckoutSession({
        userId: user.userId,
        customerId,
        plan,
        interval,
        priceId,
        trialDays: record.subscription ? undefined : PAID_TRIAL_DAYS, // one paid trial per keeper
        successUrl: returnUrl('?checkout=success'),
        cancelUrl: returnUrl('?checkout=canceled'),
        idempotencyKey: `ram-checkout-${createHash('sha256').update(`${user.userId}|${plan}|${interval}|${previous}`).digest('hex').slice(0, 32)}`,
      });
      const next: BillingRecord = {
        ...record,
        customerId,
        pendingCheckout: { sessionId: session.id, plan, interval, url: session.url, expiresAt: session.expiresAt },
      };
      if (await this.records.save(caller.userId, next, version, now)) return { kind: 'checkout', url: session.url };
      // Someone else wrote meanwhile (a double click or a webhook): read again and decide again.
      if (attempt >= MAX_ATTEMPTS) throw new DomainError('CONFLICT', 'Your billing changed while the checkout was opening; try again.');
    }
  }

  /** A billing-portal URL for a keeper who has a Stripe customer. */
  async portal(caller: CallerIdentity): Promise<{ url: string }> {
    const stored = await this.records.get(caller.userId);
    if (!stored) throw new NotFoundError('Your profile');
    const customerId = stored.record.customerId;
    if (!customerId) throw new DomainError('NO_SUBSCRIPTION', 'There is no subscription to manage yet; choose a plan first.');
    return { url: await this.gateway.createPortalSession(customerId, returnUrl()) };
  }

  /** The open session for the same plan, or nothing; an open session for another plan is closed first. */
  private async reusableSession(
    record: BillingRecord,
    plan: PaidPlan,
    interval: BillingInterval,
    now: Date,
  ): Promise<CheckoutAnswer | undefined> {
    const pending = record.pendingCheckout;
    if (!pending || Date.parse(pending.expiresAt) <= now.getTime()) return undefined;
    const session = await this.gateway.retrieveCheckoutSession(pending.sessionId);
    // Paid, but the webhook has not landed yet: the subscription exists, so no second checkout.
    if (session.status === 'complete' && record.customerId)
      return { kind: 'portal', url: await this.gateway.createPortalSession(record.customerId, returnUrl()) };
    if (session.status !== 'open') return undefined;
    if (pending.plan === plan && pending.interval === interval) return { kind: 'checkout', url: session.url };
    await this.gateway.expireCheckoutSession(pending.sessionId); // never two open checkouts that could both subscribe
    return undefined;
  }
}
