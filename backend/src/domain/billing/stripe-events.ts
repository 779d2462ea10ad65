import type { SubscriptionStatus } from '../entitlements/entitlements';
import type { BillingEvent, SubscriptionFacts } from './billing-state';
import { type PriceIds, planOfLookupKey } from './plan-catalog';

/**
 * Turns Stripe webhook payloads into RaM's billing events. Only the fields RaM reads are typed; the
 * shapes follow Stripe's objects (a subscription's period end sits on its items in current API versions).
 */

export interface StripePriceLike {
  readonly id: string;
  readonly lookup_key?: string | null;
}

export interface StripeSubscriptionLike {
  readonly id: string;
  readonly object?: string;
  readonly customer: string | { readonly id: string };
  readonly status: string;
  readonly cancel_at_period_end: boolean;
  readonly cancel_at?: number | null;
  readonly ended_at?: number | null;
  readonly trial_end?: number | null;
  readonly current_period_end?: number | null;
  readonly metadata?: Record<string, string> | null;
  readonly items: { readonly data: readonly { readonly price: StripePriceLike; readonly current_period_end?: number | null }[] };
}

export interface StripeEventLike {
  readonly id: string;
  readonly type: string;
  readonly created: number;
  readonly data: { readonly object: Record<string, unknown> };
}

export const HANDLED_EVENT_TYPES = [
  'checkout.session.completed',
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'invoice.payment_failed',
  'invoice.paid',
] as const;

const STATUSES: readonly SubscriptionStatus[] = [
  'trialing',
  'active',
  'past_due',
  'canceled',
  'unpaid',
  'incomplete',
  'incomplete_expired',
  'paused',
];

export class UnknownPriceError extends Error {
  constructor(priceId: string) {
    super(`Price ${priceId} is not one of RaM's plans`);
    this.name = 'UnknownPriceError';
  }
}

const iso = (seconds: number | null | undefined): string | undefined =>
  typeof seconds === 'number' ? new Date(seconds * 1000).toISOString() : undefined;
const idOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : value && typeof value === 'object' ? ((value as { id?: string }).id ?? undefined) : undefined;

/**
 * RaM's facts about a Stripe subscription. The plan comes from the price's lookup key, else from the
 * price ids of the catalogue.
 */
export function subscriptionFacts(subscription: StripeSubscriptionLike, priceIds: PriceIds): SubscriptionFacts {
  const item = subscription.items.data[0];
  if (!item) throw new UnknownPriceError('(none)');
  const byId = Object.entries(priceIds).find(([, id]) => id === item.price.id)?.[0];
  const plan = planOfLookupKey(item.price.lookup_key) ?? planOfLookupKey(byId);
  if (!plan) throw new UnknownPriceError(item.price.id);
  const status = (STATUSES as readonly string[]).includes(subscription.status) ? (subscription.status as SubscriptionStatus) : 'incomplete';
  return {
    id: subscription.id,
    status,
    plan: plan.plan,
    interval: plan.interval,
    priceId: item.price.id,
    currentPeriodEnd: iso(item.current_period_end ?? subscription.current_period_end),
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    cancelAt: iso(subscription.cancel_at),
    trialEnd: iso(subscription.trial_end),
    endedAt: iso(subscription.ended_at),
  };
}

/** The keeper a Stripe object belongs to, from the metadata and reference RaM put on it. */
export function keeperOf(event: StripeEventLike): string | undefined {
  const object = event.data.object;
  const reference = object.client_reference_id;
  if (typeof reference === 'string' && reference) return reference;
  const metadata = (object.metadata ?? {}) as Record<string, string>;
  if (metadata.userId) return metadata.userId;
  const details = (object.subscription_details ??
    (object.parent as { subscription_details?: unknown } | undefined)?.subscription_details) as
    { metadata?: Record<string, string> } | undefined;
  return details?.metadata?.userId;
}

/** The Stripe customer an event is about. */
export function customerOf(event: StripeEventLike): string | undefined {
  return idOf(event.data.object.customer);
}

/**
 * RaM's event for a Stripe event. `subscription` is the subscription a completed checkout created,
 * when the caller fetched it.
 */
export function billingEventOf(event: StripeEventLike, priceIds: PriceIds, subscription?: StripeSubscriptionLike): BillingEvent {
  const object = event.data.object;
  const base = { id: event.id, created: event.created };
  switch (event.type) {
    case 'checkout.session.completed':
      return {
        kind: 'checkout-completed',
        ...base,
        sessionId: String(object.id),
        customerId: idOf(object.customer),
        subscription: subscription ? subscriptionFacts(subscription, priceIds) : undefined,
      };
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted':
      return { kind: 'subscription', ...base, subscription: subscriptionFacts(object as unknown as StripeSubscriptionLike, priceIds) };
    case 'invoice.paid':
    case 'invoice.payment_failed': {
      const parent = object.parent as { subscription_details?: { subscription?: unknown } } | undefined;
      return {
        kind: 'invoice',
        ...base,
        outcome: event.type === 'invoice.paid' ? 'paid' : 'failed',
        subscriptionId: idOf(object.subscription) ?? idOf(parent?.subscription_details?.subscription),
      };
    }
    default:
      return { kind: 'ignored', ...base, type: event.type };
  }
}
