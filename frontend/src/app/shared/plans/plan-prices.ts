import type { BillingCatalog, BillingInterval, PaidPlan } from '../../core/config/runtime-config';

/**
 * An amount in cents as the keeper reads it.
 *
 * @example formatAmount(499, 'eur') // '€4.99'
 */
export function formatAmount(cents: number, currency: string): string {
  return new Intl.NumberFormat('en-IE', {
    style: 'currency',
    currency: currency.toUpperCase(),
  }).format(cents / 100);
}

/** The price of a plan and interval in cents, when the catalogue is known. */
export function priceOf(
  catalog: BillingCatalog | undefined,
  plan: PaidPlan,
  interval: BillingInterval,
): number | undefined {
  const entry = catalog?.plans.find((p) => p.plan === plan);
  if (!entry) return undefined;
  return interval === 'MONTH' ? entry.monthly : entry.yearly;
}

/**
 * The price line of a plan card.
 *
 * @example priceLine(catalog, 'BASIC') // '€4.99 a month or €49.90 a year'
 */
export function priceLine(catalog: BillingCatalog | undefined, plan: PaidPlan): string | undefined {
  const monthly = priceOf(catalog, plan, 'MONTH');
  const yearly = priceOf(catalog, plan, 'YEAR');
  if (monthly === undefined || yearly === undefined) return undefined;
  return `${formatAmount(monthly, catalog!.currency)} a month or ${formatAmount(yearly, catalog!.currency)} a year`;
}

/** The offer under the prices: the paid trial (first subscription only) and the launch code. */
export function offerLine(
  catalog: BillingCatalog | undefined,
  withTrial = true,
): string | undefined {
  if (!catalog) return undefined;
  const { code, percentOff, months } = catalog.promotion;
  const promotion = `Code ${code}: ${percentOff} % off for the first ${months === 12 ? 'year' : `${months} months`}.`;
  return withTrial ? `Starts with ${catalog.trialDays} days of Pro. ${promotion}` : promotion;
}
