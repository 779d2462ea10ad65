import { IsIn } from 'class-validator';
import { BILLING_INTERVALS, type BillingInterval, PAID_PLANS, type PaidPlan } from '../../../domain/billing/plan-catalog';

/** `POST /user/billing/checkout`: the plan and interval to subscribe to. */
export class CheckoutDto {
  @IsIn(PAID_PLANS, { message: `plan must be one of ${PAID_PLANS.join(', ')}` })
  plan!: PaidPlan;

  @IsIn(BILLING_INTERVALS, { message: `interval must be one of ${BILLING_INTERVALS.join(', ')}` })
  interval!: BillingInterval;
}
