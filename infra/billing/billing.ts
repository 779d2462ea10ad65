import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import type { ParameterRef } from '../functions/functions';
import { moduleTags } from '../tags';
import { CURRENCY, LAUNCH_PROMOTION, PLANS, priceLookupKey } from './plans';
import type { StripeClientFactory } from './stripe-client';
import { couponKind, priceKind, productKind, promotionCodeKind } from './stripe-kinds';
import { StripeObject } from './stripe-provider';

export interface BillingArgs {
  readonly environment: string;
  readonly stripeSecretKey: pulumi.Input<string>;
  readonly stripeWebhookSecret: pulumi.Input<string>;
  /** Replaces the real Stripe SDK (tests). */
  readonly stripeClient?: StripeClientFactory;
}

/**
 * Stripe credentials as SSM SecureStrings (functions get their names, never the values), and the Stripe
 * catalogue: Basic and Pro with monthly and annual prices, and the launch promotion code.
 */
export class Billing extends pulumi.ComponentResource {
  readonly secretKeyParameter: ParameterRef;
  readonly webhookSecretParameter: ParameterRef;
  /** Price ids by lookup key (JSON), read by checkout in AWS. */
  readonly priceIdsParameter: ParameterRef;
  /** Stripe price id by lookup key. */
  readonly priceIds: Readonly<Record<string, pulumi.Output<string>>>;
  readonly promotionCodeId: pulumi.Output<string>;

  constructor(name: string, args: BillingArgs, opts?: pulumi.ComponentResourceOptions) {
    super('ram:billing:Stripe', name, {}, opts);
    this.secretKeyParameter = this.secureParameter(`${name}-secret-key`, args.environment, 'secret-key', args.stripeSecretKey);
    this.webhookSecretParameter = this.secureParameter(
      `${name}-webhook-secret`,
      args.environment,
      'webhook-secret',
      args.stripeWebhookSecret,
    );

    const stripe = { parent: this };
    const apiKey = args.stripeSecretKey;
    const priceIds: Record<string, pulumi.Output<string>> = {};
    for (const plan of PLANS) {
      const product = new StripeObject(
        productKind,
        `${name}-${plan.name}`,
        { apiKey, name: plan.displayName, description: plan.description, metadata: { plan: plan.name } },
        stripe,
        args.stripeClient,
      );
      for (const price of plan.prices) {
        const lookupKey = priceLookupKey(plan.name, price.interval);
        priceIds[lookupKey] = new StripeObject(
          priceKind,
          `${name}-${lookupKey}`,
          {
            apiKey,
            product: product.stripeId,
            currency: CURRENCY,
            unitAmount: price.unitAmount,
            interval: price.interval,
            lookupKey,
            nickname: `${plan.displayName} (${price.interval}ly)`,
          },
          stripe,
          args.stripeClient,
        ).stripeId;
      }
    }
    const coupon = new StripeObject(
      couponKind,
      `${name}-launch-coupon`,
      {
        apiKey,
        name: LAUNCH_PROMOTION.couponName,
        percentOff: LAUNCH_PROMOTION.percentOff,
        durationInMonths: LAUNCH_PROMOTION.durationInMonths,
      },
      stripe,
      args.stripeClient,
    );
    const promotion = new StripeObject(
      promotionCodeKind,
      `${name}-launch-code`,
      { apiKey, code: LAUNCH_PROMOTION.code, coupon: coupon.stripeId },
      stripe,
      args.stripeClient,
    );
    this.priceIds = priceIds;
    const priceIdsParameter = new aws.ssm.Parameter(
      `${name}-price-ids`,
      {
        name: `/${args.environment}/reef-a-matic/stripe/price-ids`,
        type: 'String',
        value: pulumi.jsonStringify(priceIds),
        description: 'Stripe price id per plan lookup key (ram-basic-monthly, …), for checkout',
        tags: moduleTags('billing'),
      },
      { parent: this },
    );
    this.priceIdsParameter = { name: priceIdsParameter.name, arn: priceIdsParameter.arn };
    this.promotionCodeId = promotion.stripeId;
    this.registerOutputs({ priceIds, promotionCodeId: this.promotionCodeId });
  }

  private secureParameter(logical: string, env: string, key: string, value: pulumi.Input<string>): ParameterRef {
    const parameter = new aws.ssm.Parameter(
      logical,
      {
        name: `/${env}/reef-a-matic/stripe/${key}`,
        type: 'SecureString',
        value: pulumi.secret(value),
        tags: moduleTags('billing'),
      },
      { parent: this },
    );
    return { name: parameter.name, arn: parameter.arn };
  }
}
