import type { SubscriptionStatus } from '../entitlements/entitlements';
import type { BillingInterval, PaidPlan } from './plan-catalog';

/**
 * The billing facts RaM keeps on a keeper's user row, and how each Stripe webhook event changes them.
 * Stripe delivers events at least once and in no guaranteed order, so the rules here make every event
 * idempotent (its id is remembered) and never let an older event undo a newer one.
 */

/** A subscription as RaM records it, from a Stripe subscription object. */
export interface SubscriptionFacts {
  readonly id: string;
  readonly status: SubscriptionStatus;
  readonly plan: PaidPlan;
  readonly interval: BillingInterval;
  readonly priceId: string;
  readonly currentPeriodEnd?: string;
  readonly cancelAtPeriodEnd: boolean;
  /** When a scheduled cancellation takes effect. */
  readonly cancelAt?: string;
  readonly trialEnd?: string;
  readonly endedAt?: string;
}

export interface PendingCheckout {
  readonly sessionId: string;
  readonly plan: PaidPlan;
  readonly interval: BillingInterval;
  readonly url: string;
  readonly expiresAt: string;
}

export interface BillingRecord {
  readonly customerId?: string;
  readonly pendingCheckout?: PendingCheckout;
  readonly subscription?: SubscriptionFacts;
  /** Stripe's `created` (seconds) of the event the subscription facts came from. */
  readonly subscriptionEventAt?: number;
  readonly paymentFailedAt?: number;
  readonly paidAt?: number;
  /** The most recent event ids applied, newest last: a replay of any of them changes nothing. */
  readonly eventIds: readonly string[];
}

export const REMEMBERED_EVENT_IDS = 50;

export type BillingEvent =
  | {
      readonly kind: 'checkout-completed';
      readonly id: string;
      readonly created: number;
      readonly sessionId: string;
      readonly customerId?: string;
      readonly subscription?: SubscriptionFacts;
    }
  | { readonly kind: 'subscription'; readonly id: string; readonly created: number; readonly subscription: SubscriptionFacts }
  | {
      readonly kind: 'invoice';
      readonly id: string;
      readonly created: number;
      readonly outcome: 'paid' | 'failed';
      readonly subscriptionId?: string;
    }
  | { readonly kind: 'ignored'; readonly id: string; readonly created: number; readonly type: string };

export type TransitionOutcome =
  /** The event changed the record. */
  | 'applied'
  /** The event id was applied before. */
  | 'replay'
  /** Older than what the record already knows, or an attempt to revive a canceled subscription. */
  | 'stale'
  /** About a subscription that is not the keeper's current one and cannot replace it. */
  | 'other-subscription'
  /** An event type RaM does not act on. */
  | 'ignored';

export interface Transition {
  readonly outcome: TransitionOutcome;
  readonly record: BillingRecord;
}

const TERMINAL: ReadonlySet<SubscriptionStatus> = new Set(['canceled', 'incomplete_expired']);

/** Whether a subscription can never become live again (Stripe does not revive canceled subscriptions). */
export function isEnded(subscription: SubscriptionFacts): boolean {
  return TERMINAL.has(subscription.status);
}

function remember(record: BillingRecord, id: string): readonly string[] {
  return [...record.eventIds, id].slice(-REMEMBERED_EVENT_IDS);
}

type SubscriptionDecision = { adopt: true } | { adopt: false; outcome: 'stale' | 'other-subscription' };

function decideSubscription(record: BillingRecord, incoming: SubscriptionFacts, created: number): SubscriptionDecision {
  const current = record.subscription;
  if (!current) return { adopt: true };
  const newer = created >= (record.subscriptionEventAt ?? 0);
  if (current.id === incoming.id) {
    if (isEnded(current) && !isEnded(incoming)) return { adopt: false, outcome: 'stale' };
    return newer ? { adopt: true } : { adopt: false, outcome: 'stale' };
  }
  // A different subscription: a new one replaces an ended one; the end of an old one never ends a live one.
  if (isEnded(current)) return isEnded(incoming) && !newer ? { adopt: false, outcome: 'stale' } : { adopt: true };
  if (isEnded(incoming)) return { adopt: false, outcome: 'other-subscription' };
  return newer ? { adopt: true } : { adopt: false, outcome: 'stale' };
}

function withSubscription(record: BillingRecord, subscription: SubscriptionFacts, created: number): BillingRecord {
  return {
    ...record,
    subscription,
    subscriptionEventAt: Math.max(created, record.subscription?.id === subscription.id ? (record.subscriptionEventAt ?? 0) : 0),
    // A live subscription settles any checkout still open.
    pendingCheckout: isEnded(subscription) ? record.pendingCheckout : undefined,
  };
}

/**
 * Applies one webhook event to the billing record.
 *
 * @example applyBillingEvent({ eventIds: ['evt_1'] }, { kind: 'ignored', id: 'evt_1', created: 1, type: 'x' }).outcome // 'replay'
 */
export function applyBillingEvent(record: BillingRecord, event: BillingEvent): Transition {
  if (record.eventIds.includes(event.id)) return { outcome: 'replay', record };
  switch (event.kind) {
    case 'ignored':
      return { outcome: 'ignored', record };
    case 'checkout-completed': {
      let next: BillingRecord = {
        ...record,
        customerId: record.customerId ?? event.customerId,
        pendingCheckout: record.pendingCheckout?.sessionId === event.sessionId ? undefined : record.pendingCheckout,
      };
      if (event.subscription && decideSubscription(next, event.subscription, event.created).adopt) {
        next = withSubscription(next, event.subscription, event.created);
      }
      return { outcome: 'applied', record: { ...next, eventIds: remember(record, event.id) } };
    }
    case 'subscription': {
      const decision = decideSubscription(record, event.subscription, event.created);
      if (!decision.adopt) return { outcome: decision.outcome, record: { ...record, eventIds: remember(record, event.id) } };
      return {
        outcome: 'applied',
        record: { ...withSubscription(record, event.subscription, event.created), eventIds: remember(record, event.id) },
      };
    }
    case 'invoice': {
      const current = record.subscription;
      if (event.subscriptionId && current && current.id !== event.subscriptionId) {
        return { outcome: 'other-subscription', record: { ...record, eventIds: remember(record, event.id) } };
      }
      const next: BillingRecord =
        event.outcome === 'paid'
          ? { ...record, paidAt: Math.max(record.paidAt ?? 0, event.created) }
          : { ...record, paymentFailedAt: Math.max(record.paymentFailedAt ?? 0, event.created) };
      return { outcome: 'applied', record: { ...next, eventIds: remember(record, event.id) } };
    }
  }
}

export type BillingPhase = 'NONE' | 'CHECKOUT_OPEN' | 'TRIALING' | 'ACTIVE' | 'PAST_DUE' | 'CANCELING' | 'ENDED';

/** What the keeper's profile shows about billing. */
export interface BillingSummary {
  readonly phase: BillingPhase;
  readonly plan?: PaidPlan;
  readonly interval?: BillingInterval;
  readonly status?: SubscriptionStatus;
  readonly trialEndsAt?: string;
  /** The next renewal, while the subscription renews. */
  readonly renewsAt?: string;
  /** When access ends (a scheduled cancellation) or ended. */
  readonly endsAt?: string;
  /** The last payment attempt failed and no payment has succeeded since. */
  readonly paymentProblem: boolean;
  readonly hasCustomer: boolean;
  readonly pendingCheckout?: { readonly plan: PaidPlan; readonly interval: BillingInterval };
}

/**
 * The billing summary a keeper sees at `now`.
 *
 * @example billingSummary({ eventIds: [] }, new Date()).phase // 'NONE'
 */
export function billingSummary(record: BillingRecord, now: Date): BillingSummary {
  const sub = record.subscription;
  const paymentProblem = (record.paymentFailedAt ?? 0) > (record.paidAt ?? 0);
  const pending =
    record.pendingCheckout && Date.parse(record.pendingCheckout.expiresAt) > now.getTime()
      ? { plan: record.pendingCheckout.plan, interval: record.pendingCheckout.interval }
      : undefined;
  const base = { paymentProblem, hasCustomer: Boolean(record.customerId), pendingCheckout: pending };
  if (!sub) return { phase: pending ? 'CHECKOUT_OPEN' : 'NONE', ...base };
  const facts = {
    plan: sub.plan,
    interval: sub.interval,
    status: sub.status,
    trialEndsAt: sub.status === 'trialing' ? sub.trialEnd : undefined,
  };
  const endsAt = sub.cancelAt ?? (sub.cancelAtPeriodEnd ? sub.currentPeriodEnd : undefined);
  if (isEnded(sub) || sub.status === 'unpaid' || sub.status === 'paused' || sub.status === 'incomplete') {
    return { phase: pending ? 'CHECKOUT_OPEN' : 'ENDED', ...facts, endsAt: sub.endedAt ?? endsAt, ...base };
  }
  if (endsAt) return { phase: Date.parse(endsAt) <= now.getTime() ? 'ENDED' : 'CANCELING', ...facts, endsAt, ...base };
  const phase: BillingPhase = sub.status === 'past_due' ? 'PAST_DUE' : sub.status === 'trialing' ? 'TRIALING' : 'ACTIVE';
  return { phase, ...facts, renewsAt: sub.currentPeriodEnd, ...base };
}

/** Whether the keeper already has a subscription Stripe still bills (so checkout sends them to the portal). */
export function hasLiveSubscription(record: BillingRecord, now: Date): boolean {
  const phase = billingSummary(record, now).phase;
  return phase === 'TRIALING' || phase === 'ACTIVE' || phase === 'PAST_DUE' || phase === 'CANCELING';
}
