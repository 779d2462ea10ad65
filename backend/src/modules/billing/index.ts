export { BillingGatewayModule, BillingModule, BillingWebhookModule } from './billing.module';
export { BillingGateway, type CheckoutSessionRequest, type CheckoutSessionView, InvalidSignatureError } from './billing-gateway';
export { useLocalBillingGateway } from './billing-gateway.provider';
export { StripeBillingGateway } from './stripe-billing-gateway';
export { stripeSettingsFrom } from './stripe-billing-gateway';
