/**
 * The paid plans as they appear in Stripe. Amounts are a product decision made here, in one place; the
 * backend finds prices by lookup key, so changing an amount needs no backend change.
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

export const CURRENCY = 'eur';

export const PLANS: readonly Plan[] = [
  {
    name: 'basic',
    displayName: 'Reef-A-Matic Basic',
    description: 'ICP uploads within the configured window, one saved dashboard per tank.',
    prices: [
      { interval: 'month', unitAmount: 499 },
      { interval: 'year', unitAmount: 4990 },
    ],
  },
  {
    name: 'pro',
    displayName: 'Reef-A-Matic Pro',
    description: 'Unlimited uploads and dashboards, projections, trend warnings and draft programs.',
    prices: [
      { interval: 'month', unitAmount: 999 },
      { interval: 'year', unitAmount: 9990 },
    ],
  },
];

/** The launch offer: half price for the first year on either plan and interval. */
export const LAUNCH_PROMOTION = {
  code: 'RAM_2026',
  couponName: 'Launch 2026: 50% off the first year',
  percentOff: 50,
  durationInMonths: 12,
} as const;

/**
 * The lookup key the backend's checkout uses to find a price.
 *
 * @example priceLookupKey('pro', 'year') // 'ram-pro-yearly'
 */
export function priceLookupKey(plan: PlanName, interval: BillingInterval): string {
  return `ram-${plan}-${interval === 'month' ? 'monthly' : 'yearly'}`;
}
