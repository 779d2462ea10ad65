import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import Stripe from 'stripe';
import {
  BILLING_INTERVALS,
  type BillingInterval,
  LAUNCH_PROMOTION,
  PAID_PLANS,
  type PaidPlan,
  type PriceIds,
  planOfLookupKey,
  planPrice,
  priceLookupKey,
} from '../../domain/billing/plan-catalog';
import type { StripeEventLike, StripeSubscriptionLike } from '../../domain/billing/stripe-events';
import { BillingGateway, type CheckoutSessionRequest, type CheckoutSessionView, InvalidSignatureError } from '../../modules/billing';

const SESSION_TTL_MS = 24 * 3_600_000; // Stripe's default Checkout expiry
const DAY_S = 86_400;

interface LocalSession {
  id: string;
  customerId: string;
  userId: string;
  plan: PaidPlan;
  interval: BillingInterval;
  priceId: string;
  trialDays?: number;
  successUrl: string;
  cancelUrl: string;
  status: 'open' | 'complete' | 'expired';
  expiresAt: string;
  subscriptionId?: string;
}

interface LocalSubscription {
  id: string;
  object: 'subscription';
  customer: string;
  status: string;
  cancel_at_period_end: boolean;
  cancel_at: number | null;
  ended_at: number | null;
  trial_end: number | null;
  metadata: Record<string, string>;
  discount_percent_off: number | null;
  items: {
    object: 'list';
    data: { price: { id: string; lookup_key: string; unit_amount: number; currency: string }; current_period_end: number }[];
  };
}

interface LocalState {
  webhookSecret: string;
  customers: Record<string, { id: string; email: string; userId: string }>;
  sessions: Record<string, LocalSession>;
  portalSessions: Record<string, { id: string; customerId: string; returnUrl: string }>;
  subscriptions: Record<string, LocalSubscription>;
  idempotency: Record<string, string>;
}

export class LocalStripeError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'LocalStripeError';
  }
}

export type PortalAction =
  | { readonly action: 'cancel-at-period-end' }
  | { readonly action: 'resume' }
  | { readonly action: 'cancel-now' }
  | { readonly action: 'fail-renewal' }
  | { readonly action: 'switch'; readonly plan: PaidPlan; readonly interval: BillingInterval };

const id = (prefix: string) => `${prefix}_local${randomBytes(9).toString('base64url')}`;
const priceIdOf = (plan: PaidPlan, interval: BillingInterval) => `price_local_${priceLookupKey(plan, interval)}`;
const periodSeconds = (interval: BillingInterval) => (interval === 'MONTH' ? 30 : 365) * DAY_S;

/**
 * Stripe, on this machine: customers, Checkout sessions, subscriptions and portal sessions kept in the
 * data folder, behind the same billing port as the Stripe SDK. What a keeper does on the local checkout
 * and portal pages becomes the events Stripe would send, signed with this runtime's webhook secret by the
 * `stripe` SDK and posted to the real webhook route.
 */
export class LocalStripe extends BillingGateway {
  private readonly state: LocalState;
  private readonly signer = new Stripe('sk_test_local_stand_in');
  private sequence = 0;

  constructor(
    private readonly webhookUrl: () => string,
    private readonly file?: string,
    private readonly clock: () => Date = () => new Date(),
  ) {
    super();
    const empty: LocalState = {
      webhookSecret: `whsec_local_${randomBytes(18).toString('hex')}`,
      customers: {},
      sessions: {},
      portalSessions: {},
      subscriptions: {},
      idempotency: {},
    };
    this.state = file && existsSync(file) ? { ...empty, ...(JSON.parse(readFileSync(file, 'utf8')) as LocalState) } : empty;
    this.persist();
  }

  private persist(): void {
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, JSON.stringify(this.state), { mode: 0o600 });
  }

  private nowSeconds(): number {
    return Math.floor(this.clock().getTime() / 1000);
  }

  // ---- the billing port, as the handlers use it ----

  async createCustomer(user: { userId: string; email: string }): Promise<string> {
    const key = `customer-${user.userId}`;
    const known = this.state.idempotency[key];
    if (known) return known;
    const customer = { id: id('cus'), email: user.email, userId: user.userId };
    this.state.customers[customer.id] = customer;
    this.state.idempotency[key] = customer.id;
    this.persist();
    return customer.id;
  }

  async createCheckoutSession(request: CheckoutSessionRequest): Promise<CheckoutSessionView> {
    if (!this.state.customers[request.customerId]) throw new LocalStripeError(400, `No such customer: ${request.customerId}`);
    const known = this.state.idempotency[request.idempotencyKey];
    if (known) return this.view(this.state.sessions[known]!);
    const session: LocalSession = {
      id: id('cs'),
      customerId: request.customerId,
      userId: request.userId,
      plan: request.plan,
      interval: request.interval,
      priceId: request.priceId,
      trialDays: request.trialDays,
      successUrl: request.successUrl,
      cancelUrl: request.cancelUrl,
      status: 'open',
      expiresAt: new Date(this.clock().getTime() + SESSION_TTL_MS).toISOString(),
    };
    this.state.sessions[session.id] = session;
    this.state.idempotency[request.idempotencyKey] = session.id;
    this.persist();
    return this.view(session);
  }

  async retrieveCheckoutSession(sessionId: string): Promise<CheckoutSessionView> {
    return this.view(this.session(sessionId));
  }

  async expireCheckoutSession(sessionId: string): Promise<void> {
    const session = this.session(sessionId);
    if (session.status === 'open') session.status = 'expired';
    this.persist();
  }

  async createPortalSession(customerId: string, returnUrl: string): Promise<string> {
    if (!this.state.customers[customerId]) throw new LocalStripeError(400, `No such customer: ${customerId}`);
    const portal = { id: id('bps'), customerId, returnUrl };
    this.state.portalSessions[portal.id] = portal;
    this.persist();
    return `/_local/stripe/portal/${portal.id}`;
  }

  async retrieveSubscription(subscriptionId: string): Promise<StripeSubscriptionLike> {
    const subscription = this.state.subscriptions[subscriptionId];
    if (!subscription) throw new LocalStripeError(404, `No such subscription: ${subscriptionId}`);
    return structuredClone(subscription);
  }

  async cancelSubscriptionsNow(customerId: string): Promise<readonly string[]> {
    const running = Object.values(this.state.subscriptions).filter(
      (s) => s.customer === customerId && s.status !== 'canceled' && s.status !== 'incomplete_expired',
    );
    const now = this.nowSeconds();
    for (const subscription of running) {
      // Stripe's immediate cancel with invoice_now and prorate off: it ends now and nothing is billed or credited.
      Object.assign(subscription, { status: 'canceled', ended_at: now, cancel_at: null, cancel_at_period_end: false });
      this.persist();
      await this.deliver('customer.subscription.deleted', subscription);
    }
    return running.map((s) => s.id);
  }

  async verifyWebhook(rawBody: Buffer, signature: string | undefined): Promise<StripeEventLike> {
    if (!signature) throw new InvalidSignatureError();
    try {
      return (await this.signer.webhooks.constructEventAsync(rawBody, signature, this.state.webhookSecret)) as unknown as StripeEventLike;
    } catch {
      throw new InvalidSignatureError();
    }
  }

  async priceIds(): Promise<PriceIds> {
    return Object.fromEntries(
      PAID_PLANS.flatMap((plan) => BILLING_INTERVALS.map((interval) => [priceLookupKey(plan, interval), priceIdOf(plan, interval)])),
    );
  }

  // ---- what the local checkout and portal pages do ----

  /** The session a checkout page shows, while it can still be paid. */
  checkoutPage(sessionId: string): LocalSession {
    const session = this.session(sessionId);
    if (session.status === 'open' && Date.parse(session.expiresAt) <= this.clock().getTime()) session.status = 'expired';
    return structuredClone(session);
  }

  /** Pays an open session: the subscription starts and Stripe's events are delivered before this returns. */
  async completeCheckout(sessionId: string, promotionCode: string | undefined): Promise<{ redirect: string }> {
    const session = this.checkoutPage(sessionId);
    if (session.status !== 'open')
      throw new LocalStripeError(
        409,
        session.status === 'complete' ? 'This checkout was already paid.' : 'This checkout has expired; start again from your profile.',
      );
    const code = promotionCode?.trim() ?? '';
    if (code && code.toUpperCase() !== LAUNCH_PROMOTION.code) throw new LocalStripeError(400, `${code} is not a valid promotion code.`);
    const now = this.nowSeconds();
    const trialEnd = session.trialDays ? now + session.trialDays * DAY_S : null;
    const lookup = planOfLookupKey(priceLookupKey(session.plan, session.interval))!;
    const subscription: LocalSubscription = {
      id: id('sub'),
      object: 'subscription',
      customer: session.customerId,
      status: trialEnd ? 'trialing' : 'active',
      cancel_at_period_end: false,
      cancel_at: null,
      ended_at: null,
      trial_end: trialEnd,
      metadata: { userId: session.userId, plan: session.plan, interval: session.interval },
      discount_percent_off: code ? LAUNCH_PROMOTION.percentOff : null,
      items: { object: 'list', data: [this.item(lookup.plan, lookup.interval, trialEnd ?? now + periodSeconds(session.interval))] },
    };
    this.state.subscriptions[subscription.id] = subscription;
    const stored = this.state.sessions[sessionId]!;
    stored.status = 'complete';
    stored.subscriptionId = subscription.id;
    this.persist();
    await this.deliver('customer.subscription.created', subscription);
    await this.deliver('checkout.session.completed', {
      id: stored.id,
      object: 'checkout.session',
      mode: 'subscription',
      status: 'complete',
      customer: stored.customerId,
      subscription: subscription.id,
      client_reference_id: stored.userId,
      metadata: subscription.metadata,
    });
    await this.deliver('invoice.paid', this.invoice(subscription, trialEnd ? 0 : this.amountDue(subscription)));
    return { redirect: stored.successUrl };
  }

  /** Leaves an open checkout; returns where the keeper came from. */
  cancelCheckout(sessionId: string): { redirect: string } {
    return { redirect: this.session(sessionId).cancelUrl };
  }

  /** The subscription a portal session manages, with where to go back to. */
  portalPage(portalId: string): { returnUrl: string; subscription?: LocalSubscription; customerEmail: string } {
    const portal = this.state.portalSessions[portalId];
    if (!portal) throw new LocalStripeError(404, 'This billing portal link is not valid; open it again from your profile.');
    const subscriptions = Object.values(this.state.subscriptions).filter((s) => s.customer === portal.customerId);
    const current = subscriptions.find((s) => s.status !== 'canceled') ?? subscriptions.at(-1);
    return {
      returnUrl: portal.returnUrl,
      subscription: current && structuredClone(current),
      customerEmail: this.state.customers[portal.customerId]?.email ?? '',
    };
  }

  /** Changes the portal session's subscription the way Stripe's portal would, and sends the events. */
  async portalAction(portalId: string, change: PortalAction): Promise<{ returnUrl: string }> {
    const page = this.portalPage(portalId);
    const subscription = page.subscription && this.state.subscriptions[page.subscription.id];
    if (!subscription || subscription.status === 'canceled') throw new LocalStripeError(409, 'There is no running subscription to change.');
    const now = this.nowSeconds();
    const periodEnd = subscription.items.data[0]!.current_period_end;
    switch (change.action) {
      case 'cancel-at-period-end':
        Object.assign(subscription, { cancel_at_period_end: true, cancel_at: periodEnd });
        break;
      case 'resume':
        Object.assign(subscription, {
          cancel_at_period_end: false,
          cancel_at: null,
          status: subscription.status === 'past_due' ? 'active' : subscription.status,
        });
        break;
      case 'switch': {
        if (!PAID_PLANS.includes(change.plan) || !BILLING_INTERVALS.includes(change.interval))
          throw new LocalStripeError(400, 'Choose BASIC or PRO, monthly or yearly.');
        const end = subscription.status === 'trialing' ? periodEnd : now + periodSeconds(change.interval);
        subscription.items.data = [this.item(change.plan, change.interval, end)];
        subscription.metadata = { ...subscription.metadata, plan: change.plan, interval: change.interval };
        break;
      }
      case 'fail-renewal':
        Object.assign(subscription, { status: 'past_due', trial_end: subscription.status === 'trialing' ? now : subscription.trial_end });
        this.persist();
        await this.deliver('invoice.payment_failed', this.invoice(subscription, this.amountDue(subscription)));
        await this.deliver('customer.subscription.updated', subscription);
        return { returnUrl: page.returnUrl };
      case 'cancel-now':
        Object.assign(subscription, { status: 'canceled', ended_at: now, cancel_at: null });
        this.persist();
        await this.deliver('customer.subscription.deleted', subscription);
        return { returnUrl: page.returnUrl };
      default:
        throw new LocalStripeError(400, 'Unknown portal action');
    }
    this.persist();
    await this.deliver('customer.subscription.updated', subscription);
    return { returnUrl: page.returnUrl };
  }

  /** A Stripe-Signature header for a body, signed with this runtime's secret (tests sign their own events with it). */
  signatureFor(payload: string): string {
    return this.signer.webhooks.generateTestHeaderString({ payload, secret: this.state.webhookSecret });
  }

  private item(plan: PaidPlan, interval: BillingInterval, currentPeriodEnd: number) {
    return {
      price: {
        id: priceIdOf(plan, interval),
        lookup_key: priceLookupKey(plan, interval),
        unit_amount: planPrice(plan, interval),
        currency: 'eur',
      },
      current_period_end: currentPeriodEnd,
    };
  }

  private amountDue(subscription: LocalSubscription): number {
    const price = subscription.items.data[0]!.price.unit_amount;
    return Math.round(price * (1 - (subscription.discount_percent_off ?? 0) / 100));
  }

  private invoice(subscription: LocalSubscription, amount: number) {
    return {
      id: id('in'),
      object: 'invoice',
      customer: subscription.customer,
      amount_due: amount,
      currency: 'eur',
      parent: { type: 'subscription_details', subscription_details: { subscription: subscription.id, metadata: subscription.metadata } },
    };
  }

  private session(sessionId: string): LocalSession {
    const session = this.state.sessions[sessionId];
    if (!session) throw new LocalStripeError(404, 'This checkout link is not valid; start again from your profile.');
    return session;
  }

  private view(session: LocalSession): CheckoutSessionView {
    return { id: session.id, url: `/_local/stripe/checkout/${session.id}`, status: session.status, expiresAt: session.expiresAt };
  }

  /** Posts one Stripe-shaped, SDK-signed event to the webhook route and fails loudly if it was refused. */
  private async deliver(type: string, object: object): Promise<void> {
    const event = {
      id: id('evt'),
      object: 'event',
      type,
      created: this.nowSeconds(),
      livemode: false,
      api_version: Stripe.API_VERSION,
      data: { object: structuredClone(object) },
      sequence: ++this.sequence,
    };
    const payload = JSON.stringify(event);
    const response = await fetch(this.webhookUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': this.signatureFor(payload) },
      body: payload,
    });
    if (response.status !== 200) throw new Error(`The webhook refused ${type}: ${response.status} ${await response.text()}`);
  }
}
