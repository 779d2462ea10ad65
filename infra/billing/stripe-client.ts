import type Stripe from 'stripe';

interface StripeObject {
  readonly id: string;
}

/**
 * The part of the Stripe SDK the catalogue provider uses. The real client satisfies it; tests pass the
 * shared fake in `infra/testing/fake-stripe.ts`.
 */
export interface StripeCatalogClient {
  readonly products: {
    create(params: Stripe.ProductCreateParams): Promise<StripeObject>;
    update(id: string, params: Stripe.ProductUpdateParams): Promise<StripeObject>;
  };
  readonly prices: {
    create(params: Stripe.PriceCreateParams): Promise<StripeObject>;
    update(id: string, params: Stripe.PriceUpdateParams): Promise<StripeObject>;
  };
  readonly coupons: {
    create(params: Stripe.CouponCreateParams): Promise<StripeObject>;
    update(id: string, params: Stripe.CouponUpdateParams): Promise<StripeObject>;
    del(id: string): Promise<StripeObject>;
  };
  readonly promotionCodes: {
    create(params: Stripe.PromotionCodeCreateParams): Promise<StripeObject>;
    update(id: string, params: Stripe.PromotionCodeUpdateParams): Promise<StripeObject>;
  };
}

/** Builds a client for an API key; injected so the provider can be tested without Stripe. */
export type StripeClientFactory = (apiKey: string) => StripeCatalogClient;

/**
 * The real client. `stripe` is required inside the function: Pulumi serializes dynamic providers with their
 * closures, and a module required at call time is serialized as a `require`, not copied by value.
 */
export const createStripeClient: StripeClientFactory = (apiKey) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above: must stay a call-time require
  const StripeSdk: typeof Stripe = require('stripe');
  return new StripeSdk(apiKey, { maxNetworkRetries: 2 });
};
