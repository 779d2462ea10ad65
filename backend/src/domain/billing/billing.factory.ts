import type { BillingEvent, BillingRecord, SubscriptionFacts } from './billing-state';

export const T0 = 1_767_225_600; // 2026-01-01T00:00:00Z in Stripe's seconds

export function facts(overrides: Partial<SubscriptionFacts> = {}): SubscriptionFacts {
  return {
    id: 'sub_1',
    status: 'trialing',
    plan: 'BASIC',
    interval: 'MONTH',
    priceId: 'price_basic_month',
    currentPeriodEnd: new Date((T0 + 30 * 86_400) * 1000).toISOString(),
    cancelAtPeriodEnd: false,
    trialEnd: new Date((T0 + 30 * 86_400) * 1000).toISOString(),
    ...overrides,
  };
}

export function record(overrides: Partial<BillingRecord> = {}): BillingRecord {
  return { eventIds: [], ...overrides };
}

export const subscriptionEvent = (id: string, created: number, overrides: Partial<SubscriptionFacts> = {}): BillingEvent => ({
  kind: 'subscription',
  id,
  created,
  subscription: facts(overrides),
});
