import type Stripe from 'stripe';
import type { StripeCatalogClient, StripeClientFactory } from '../billing/stripe-client';

/** A stored Stripe object: its id, whether it is active, and the parameters it was created or updated with. */
export interface FakeObject {
  readonly id: string;
  active: boolean;
  [field: string]: unknown;
}

export interface FakeCall {
  readonly apiKey: string;
  readonly method: string;
  readonly id?: string;
}

class FakeStripeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FakeStripeError';
  }
}

/**
 * An in-memory Stripe account with the catalogue behaviour the provider relies on: archived (not deleted)
 * products and prices, lookup keys that are unique and only move with `transfer_lookup_key`, deletable
 * coupons, and promotion codes that are unique among active codes. The one fake of Stripe in this repo.
 */
export class FakeStripe {
  readonly products = new Map<string, FakeObject>();
  readonly prices = new Map<string, FakeObject>();
  readonly coupons = new Map<string, FakeObject>();
  readonly promotionCodes = new Map<string, FakeObject>();
  readonly calls: FakeCall[] = [];
  private sequence = 0;

  /** A client bound to one API key; every call it makes is recorded with that key. */
  client(apiKey: string): StripeCatalogClient {
    // Recorded at call time, answered asynchronously: a Stripe error surfaces as a rejected promise.
    const call = <T>(method: string, id: string | undefined, act: () => T): Promise<T> => {
      this.calls.push({ apiKey, method, id });
      return Promise.resolve().then(act);
    };
    return {
      products: {
        create: (p) => call('products.create', undefined, () => this.insert(this.products, 'prod', p)),
        update: (id, p) => call('products.update', id, () => this.patch(this.products, id, p)),
      },
      prices: {
        create: (p) => call('prices.create', undefined, () => this.createPrice(p)),
        update: (id, p) => call('prices.update', id, () => this.updatePrice(id, p)),
      },
      coupons: {
        create: (p) => call('coupons.create', undefined, () => this.insert(this.coupons, 'coupon', p)),
        update: (id, p) => call('coupons.update', id, () => this.patch(this.coupons, id, p)),
        del: (id) =>
          call('coupons.del', id, () => {
            const coupon = this.find(this.coupons, id);
            this.coupons.delete(id);
            return coupon;
          }),
      },
      promotionCodes: {
        create: (p) => call('promotionCodes.create', undefined, () => this.createPromotionCode(p)),
        update: (id, p) => call('promotionCodes.update', id, () => this.patch(this.promotionCodes, id, p)),
      },
    };
  }

  /** The factory the provider takes; hands out clients bound to the key it is called with. */
  readonly factory: StripeClientFactory = (apiKey) => this.client(apiKey);

  private insert(store: Map<string, FakeObject>, prefix: string, fields: object): FakeObject {
    const object: FakeObject = { active: true, ...fields, id: `${prefix}_fake${++this.sequence}` };
    store.set(object.id, object);
    return object;
  }

  private find(store: Map<string, FakeObject>, id: string): FakeObject {
    const object = store.get(id);
    if (!object) throw new FakeStripeError(`No such object: '${id}'`);
    return object;
  }

  private patch(store: Map<string, FakeObject>, id: string, fields: object): FakeObject {
    return Object.assign(this.find(store, id), fields);
  }

  private claimLookupKey(key: string | undefined, transfer: boolean | undefined): void {
    if (!key) return;
    const holder = [...this.prices.values()].find((p) => p.lookup_key === key);
    if (holder && !transfer) throw new FakeStripeError(`A price with lookup_key '${key}' already exists`);
    if (holder) holder.lookup_key = undefined;
  }

  private createPrice(params: Stripe.PriceCreateParams): FakeObject {
    this.find(this.products, String(params.product));
    this.claimLookupKey(params.lookup_key, params.transfer_lookup_key);
    const { transfer_lookup_key: _transfer, ...fields } = params;
    return this.insert(this.prices, 'price', fields);
  }

  private updatePrice(id: string, params: Stripe.PriceUpdateParams): FakeObject {
    const price = this.find(this.prices, id);
    if (params.lookup_key !== undefined && params.lookup_key !== price.lookup_key) {
      this.claimLookupKey(params.lookup_key, params.transfer_lookup_key);
    }
    const { transfer_lookup_key: _transfer, ...fields } = params;
    return Object.assign(price, fields);
  }

  private createPromotionCode(params: Stripe.PromotionCodeCreateParams): FakeObject {
    this.find(this.coupons, String(params.promotion.coupon));
    const taken = [...this.promotionCodes.values()].some((p) => p.active && p.code === params.code);
    if (taken) throw new FakeStripeError(`An active promotion code with code: ${params.code} already exists`);
    return this.insert(this.promotionCodes, 'promo', { ...params });
  }
}
