import {
  BILLING_CURRENCY,
  LAUNCH_PROMOTION as CATALOGUE_PROMOTION,
  PLAN_CATALOG,
  priceLookupKey as catalogueLookupKey,
} from '../../backend/src/domain/billing/plan-catalog';

/**
 * The paid plans as they appear in Stripe, taken from the one plan catalogue the backend and the app
 * also read (`backend/src/domain/billing/plan-catalog.ts`), so an amount changes in one place.
 */

export type PlanName = 'basic' | 'pro';

export type BillingInterval = 'month' | 'year';

export interface PlanPrice {
  readonly interval: BillingInterval;
  /** In cents. */
  readonly unitAmount: number;
}

export interface Plan {
  readonly name: PlanName;
  readonly displayName: string;
  readonly description: string;
  readonly prices: readonly PlanPrice[];
}

export const CURRENCY = BILLING_CURRENCY;

export const PLANS: readonly Plan[] = PLAN_CATALOG.map((entry) => ({
  name: entry.plan.toLowerCase() as PlanName,
  displayName: entry.displayName,
  description: entry.description,
  prices: [
    { interval: 'month', unitAmount: entry.prices.MONTH },
    { interval: 'year', unitAmount: entry.prices.YEAR },
  ],
}));

/** The launch offer: half price for the first year on either plan and interval. */
export const LAUNCH_PROMOTION = CATALOGUE_PROMOTION;

/**
 * The lookup key the backend's checkout uses to find a price.
 *
 * @example priceLookupKey('pro', 'year') // 'ram-pro-yearly'
 */
export function priceLookupKey(plan: PlanName, interval: BillingInterval): string {
  return catalogueLookupKey(plan === 'pro' ? 'PRO' : 'BASIC', interval === 'month' ? 'MONTH' : 'YEAR');
}
