import type { Provider } from '@nestjs/common';
import type { StripeEventLike, StripeSubscriptionLike } from '../../domain/billing/stripe-events';
import type { PriceIds } from '../../domain/billing/plan-catalog';
import { ConfigurationError } from '../../shared/config';
import { BillingGateway, type CheckoutSessionRequest, type CheckoutSessionView } from './billing-gateway';
import { StripeBillingGateway, stripeSettingsFrom } from './stripe-billing-gateway';

let localGateway: BillingGateway | undefined;

/**
 * The local runtime registers its Stripe stand-in here; it is used only when no Stripe key is configured,
 * so AWS (and `npm start` with `STRIPE_SECRET_KEY`) always talks to Stripe itself.
 */
export function useLocalBillingGateway(gateway: BillingGateway | undefined): void {
  localGateway = gateway;
}

/**
 * Picks Stripe or the stand-in when billing is first used, not when the lambdalith boots: a container
 * without Stripe settings still serves every other route, and answers billing with a support reference.
 */
class ConfiguredBillingGateway extends BillingGateway {
  private stripe?: StripeBillingGateway;

  private target(): BillingGateway {
    const settings = stripeSettingsFrom(process.env);
    if (settings) return (this.stripe ??= new StripeBillingGateway(settings));
    if (localGateway) return localGateway;
    throw new ConfigurationError('No Stripe configuration: set STRIPE_SECRET_KEY (or STRIPE_SECRET_KEY_PARAMETER in AWS)');
  }

  createCustomer(user: { userId: string; email: string }): Promise<string> {
    return this.target().createCustomer(user);
  }
  createCheckoutSession(request: CheckoutSessionRequest): Promise<CheckoutSessionView> {
    return this.target().createCheckoutSession(request);
  }
  retrieveCheckoutSession(sessionId: string): Promise<CheckoutSessionView> {
    return this.target().retrieveCheckoutSession(sessionId);
  }
  expireCheckoutSession(sessionId: string): Promise<void> {
    return this.target().expireCheckoutSession(sessionId);
  }
  createPortalSession(customerId: string, returnUrl: string): Promise<string> {
    return this.target().createPortalSession(customerId, returnUrl);
  }
  retrieveSubscription(subscriptionId: string): Promise<StripeSubscriptionLike> {
    return this.target().retrieveSubscription(subscriptionId);
  }
  cancelSubscriptionsNow(customerId: string): Promise<readonly string[]> {
    return this.target().cancelSubscriptionsNow(customerId);
  }
  verifyWebhook(rawBody: Buffer, signature: string | undefined): Promise<StripeEventLike> {
    return this.target().verifyWebhook(rawBody, signature);
  }
  priceIds(): Promise<PriceIds> {
    return this.target().priceIds();
  }
}

export const billingGatewayProvider: Provider = { provide: BillingGateway, useClass: ConfiguredBillingGateway };
