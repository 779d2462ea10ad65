import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import Stripe from 'stripe';
import { PAID_PLANS, BILLING_INTERVALS, type PriceIds, priceLookupKey } from '../../domain/billing/plan-catalog';
import type { StripeEventLike, StripeSubscriptionLike } from '../../domain/billing/stripe-events';
import { ConfigurationError } from '../../shared/config';
import { UpstreamFailureError } from '../../shared/errors/upstream-error';
import { BillingGateway, type CheckoutSessionRequest, type CheckoutSessionView, InvalidSignatureError } from './billing-gateway';
import { sdkClient } from '../../shared/aws/sdk-client';

type Env = Record<string, string | undefined>;

/** Where the Stripe credentials and price ids come from: plain variables (local test mode) or SSM parameter names (AWS). */
export interface StripeSettings {
  readonly secretKey?: string;
  readonly secretKeyParameter?: string;
  readonly webhookSecret?: string;
  readonly webhookSecretParameter?: string;
  readonly priceIdsParameter?: string;
}

export function stripeSettingsFrom(env: Env): StripeSettings | undefined {
  const settings: StripeSettings = {
    secretKey: env.STRIPE_SECRET_KEY || undefined,
    secretKeyParameter: env.STRIPE_SECRET_KEY_PARAMETER || undefined,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET || undefined,
    webhookSecretParameter: env.STRIPE_WEBHOOK_SECRET_PARAMETER || undefined,
    priceIdsParameter: env.STRIPE_PRICE_IDS_PARAMETER || undefined,
  };
  return settings.secretKey || settings.secretKeyParameter ? settings : undefined;
}

const ENDED_STATUSES: readonly string[] = ['canceled', 'incomplete_expired'];

const ALL_LOOKUP_KEYS = PAID_PLANS.flatMap((plan) => BILLING_INTERVALS.map((interval) => priceLookupKey(plan, interval)));

function sessionView(session: Stripe.Checkout.Session): CheckoutSessionView {
  return {
    id: session.id,
    url: session.url ?? '',
    status: (session.status ?? 'open') as CheckoutSessionView['status'],
    expiresAt: new Date(session.expires_at * 1000).toISOString(),
  };
}

/** Stripe's own errors become an upstream failure (502 with a reference); anything else is ours. */
async function calling<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof Stripe.errors.StripeError) throw new UpstreamFailureError('stripe', `Stripe could not ${what}.`, error);
    throw error;
  }
}

/** The Stripe SDK behind the billing port. Credentials are read once per container (from SSM in AWS). */
export class StripeBillingGateway extends BillingGateway {
  private client?: Promise<Stripe>;
  private webhookSecret?: Promise<string>;
  private prices?: Promise<PriceIds>;

  constructor(
    private readonly settings: StripeSettings,
    private readonly ssm: () => SSMClient = () => sdkClient(SSMClient, {}),
    /** Extra SDK options (tests point the SDK at an address where nothing answers). */
    private readonly sdkOptions: Stripe.StripeConfig = {},
  ) {
    super();
  }

  private parameter(name: string): Promise<string> {
    return this.ssm()
      .send(new GetParameterCommand({ Name: name, WithDecryption: true }))
      .then((r) => {
        if (!r.Parameter?.Value) throw new ConfigurationError(`SSM parameter ${name} is empty`);
        return r.Parameter.Value;
      });
  }

  private stripe(): Promise<Stripe> {
    this.client ??= (
      this.settings.secretKey ? Promise.resolve(this.settings.secretKey) : this.parameter(this.settings.secretKeyParameter!)
    ).then((key) => new Stripe(key, { maxNetworkRetries: 2, timeout: 10_000, ...this.sdkOptions }));
    this.client.catch(() => (this.client = undefined));
    return this.client;
  }

  async createCustomer(user: { userId: string; email: string }): Promise<string> {
    const stripe = await this.stripe();
    const customer = await calling('create your customer record', () =>
      stripe.customers.create({ email: user.email, metadata: { userId: user.userId } }, { idempotencyKey: `ram-customer-${user.userId}` }),
    );
    return customer.id;
  }

  async createCheckoutSession(request: CheckoutSessionRequest): Promise<CheckoutSessionView> {
    const stripe = await this.stripe();
    const metadata = { userId: request.userId, plan: request.plan, interval: request.interval };
    const session = await calling('open a checkout', () =>
      stripe.checkout.sessions.create(
        {
          mode: 'subscription',
          customer: request.customerId,
          client_reference_id: request.userId,
          line_items: [{ price: request.priceId, quantity: 1 }],
          allow_promotion_codes: true,
          payment_method_collection: 'always',
          subscription_data: { metadata, ...(request.trialDays ? { trial_period_days: request.trialDays } : {}) },
          metadata,
          success_url: request.successUrl,
          cancel_url: request.cancelUrl,
        },
        { idempotencyKey: request.idempotencyKey },
      ),
    );
    return sessionView(session);
  }

  async retrieveCheckoutSession(sessionId: string): Promise<CheckoutSessionView> {
    const stripe = await this.stripe();
    return sessionView(await calling('find your checkout', () => stripe.checkout.sessions.retrieve(sessionId)));
  }

  async expireCheckoutSession(sessionId: string): Promise<void> {
    const stripe = await this.stripe();
    await calling('close the earlier checkout', () => stripe.checkout.sessions.expire(sessionId));
  }

  async createPortalSession(customerId: string, returnUrl: string): Promise<string> {
    const stripe = await this.stripe();
    const session = await calling('open the billing portal', () =>
      stripe.billingPortal.sessions.create({ customer: customerId, return_url: returnUrl }),
    );
    return session.url;
  }

  async retrieveSubscription(subscriptionId: string): Promise<StripeSubscriptionLike> {
    const stripe = await this.stripe();
    return (await calling('read the subscription', () =>
      stripe.subscriptions.retrieve(subscriptionId),
    )) as unknown as StripeSubscriptionLike;
  }

  async cancelSubscriptionsNow(customerId: string): Promise<readonly string[]> {
    const stripe = await this.stripe();
    // Without a status filter Stripe lists every subscription that is not canceled yet.
    const running = await calling('list your subscriptions', () => stripe.subscriptions.list({ customer: customerId, limit: 100 }));
    const ended: string[] = [];
    for (const subscription of running.data.filter((s) => !ENDED_STATUSES.includes(s.status))) {
      await calling('cancel your subscription', () =>
        stripe.subscriptions.cancel(
          subscription.id,
          { invoice_now: false, prorate: false, cancellation_details: { comment: 'RaM account deleted by the keeper' } },
          { idempotencyKey: `ram-erasure-${subscription.id}` },
        ),
      );
      ended.push(subscription.id);
    }
    return ended;
  }

  async verifyWebhook(rawBody: Buffer, signature: string | undefined): Promise<StripeEventLike> {
    if (!signature) throw new InvalidSignatureError();
    const stripe = await this.stripe();
    this.webhookSecret ??= this.settings.webhookSecret
      ? Promise.resolve(this.settings.webhookSecret)
      : this.parameter(this.settings.webhookSecretParameter!);
    const secret = await this.webhookSecret;
    try {
      return (await stripe.webhooks.constructEventAsync(rawBody, signature, secret)) as unknown as StripeEventLike;
    } catch (error) {
      if (error instanceof Stripe.errors.StripeSignatureVerificationError) throw new InvalidSignatureError();
      throw error;
    }
  }

  priceIds(): Promise<PriceIds> {
    this.prices ??= this.settings.priceIdsParameter
      ? this.parameter(this.settings.priceIdsParameter).then((json) => JSON.parse(json) as PriceIds)
      : this.pricesByLookupKey();
    this.prices.catch(() => (this.prices = undefined));
    return this.prices;
  }

  // Test mode without SSM: the catalogue Pulumi created in that Stripe account, found by lookup key.
  private async pricesByLookupKey(): Promise<PriceIds> {
    const stripe = await this.stripe();
    const list = await calling('list the plan prices', () => stripe.prices.list({ lookup_keys: ALL_LOOKUP_KEYS, active: true, limit: 10 }));
    return Object.fromEntries(list.data.filter((p) => p.lookup_key).map((p) => [p.lookup_key!, p.id]));
  }
}
