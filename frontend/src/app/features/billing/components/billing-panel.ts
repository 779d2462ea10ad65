import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import type { BillingInterval, PaidPlan } from '../../../core/config/runtime-config';
import { RuntimeConfigService } from '../../../core/config/runtime-config.service';
import type { UserProfile } from '../../../core/profile/profile.model';
import { ProfileService } from '../../../core/profile/profile.service';
import { formatAmount, offerLine, priceOf } from '../../../shared/plans/plan-prices';
import { BillingService } from '../services/billing.service';
import { INTERVAL_OPTIONS, billingStanding, isSubscribed } from '../services/billing-text';
import { SegmentedChoice } from '../../../shared/ui/segmented-choice';

const CONFIRM_POLL_MS = 1000;
const CONFIRM_TRIES = 30;

/**
 * Profile → Plan & billing: the subscription as Stripe reports it, the prices, Choose plan (Checkout)
 * and Manage billing (portal). Back from a paid checkout it reads the profile until the webhook landed.
 */
@Component({
  selector: 'ram-billing-panel',
  imports: [DatePipe, SegmentedChoice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    @if (exempt()) {
      <p class="text-sm text-reef-800" data-testid="billing-standing">
        Free Pro access: nothing to pay, and nothing here depends on billing.
      </p>
    } @else {
      @if (confirming()) {
        <p class="mb-4 rounded-lg bg-lagoon-50 p-3 text-sm text-lagoon-900" role="status">
          Payment received. Waiting for Stripe to confirm your plan…
        </p>
      } @else if (returning() === 'success' && subscribed()) {
        <p class="mb-4 rounded-lg bg-green-50 p-3 text-sm text-green-900" role="status">
          Your plan is active. Thank you!
        </p>
      } @else if (returning() === 'canceled') {
        <p class="mb-4 rounded-lg bg-reef-50 p-3 text-sm text-reef-800" role="status">
          Checkout was left before paying; nothing was charged.
        </p>
      }
      <div
        class="rounded-lg p-3"
        [class]="
          standing().tone === 'ok'
            ? 'bg-reef-50'
            : standing().tone === 'warning'
              ? 'bg-amber-50'
              : 'bg-coral-50'
        "
      >
        <p class="font-semibold text-reef-900" data-testid="billing-standing">
          {{ standing().title }}
        </p>
        <p class="mt-1 text-sm text-reef-800" data-testid="billing-detail">
          {{ standing().detail }}
        </p>
      </div>
      @if (billing(); as b) {
        @if (subscribed() || b.phase === 'ENDED') {
          <dl class="mt-4 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-3">
            <div>
              <dt class="text-reef-600">Status</dt>
              <dd class="font-medium text-reef-900" data-testid="billing-status">
                {{ statusLabel() }}
              </dd>
            </div>
            @if (b.trialEndsAt) {
              <div>
                <dt class="text-reef-600">Pro trial ends</dt>
                <dd class="font-medium text-reef-900">{{ b.trialEndsAt | date: 'd MMM y' }}</dd>
              </div>
            }
            @if (b.renewsAt && !b.endsAt) {
              <div>
                <dt class="text-reef-600">Renews</dt>
                <dd class="font-medium text-reef-900">{{ b.renewsAt | date: 'd MMM y' }}</dd>
              </div>
            }
            @if (b.endsAt) {
              <div>
                <dt class="text-reef-600">{{ b.phase === 'ENDED' ? 'Ended' : 'Ends' }}</dt>
                <dd class="font-medium text-reef-900" data-testid="billing-ends">
                  {{ b.endsAt | date: 'd MMM y' }}
                </dd>
              </div>
            }
          </dl>
        }
      }
      @if (!subscribed()) {
        <ram-segmented-choice
          class="mt-5"
          legend="Billing"
          name="billing-interval"
          [options]="intervals"
          [selected]="interval()"
          (chosen)="interval.set($event)"
        />
        <ul class="mt-4 grid gap-3 sm:grid-cols-2">
          @for (plan of plans; track plan.plan) {
            <li class="flex flex-col rounded-xl border border-reef-100 p-4">
              <span class="font-semibold text-reef-900">{{ plan.label }}</span>
              <span
                class="text-sm font-medium text-lagoon-800"
                [attr.data-testid]="'billing-price-' + plan.plan"
              >
                {{ priceText(plan.plan) }}
              </span>
              <span class="mt-1 flex-1 text-sm text-reef-700">{{ plan.summary }}</span>
              <button
                type="button"
                class="btn-primary mt-3"
                [attr.data-testid]="'choose-' + plan.plan"
                [disabled]="billingService.busy() !== null"
                (click)="choose(plan.plan)"
              >
                {{
                  billingService.busy() === 'checkout'
                    ? 'Opening checkout…'
                    : 'Choose ' + plan.label
                }}
              </button>
            </li>
          }
        </ul>
        @if (offer(); as text) {
          <p class="mt-2 text-xs text-reef-600">{{ text }}</p>
        }
      }
      @if (billing()?.hasCustomer) {
        <button
          type="button"
          class="btn-secondary mt-4"
          data-testid="manage-billing"
          [disabled]="billingService.busy() !== null"
          (click)="billingService.portal()"
        >
          {{ billingService.busy() === 'portal' ? 'Opening…' : 'Manage billing' }}
        </button>
      }
      @if (billingService.problem(); as problem) {
        <p class="mt-3 rounded-lg bg-coral-50 p-3 text-sm text-coral-800" role="alert">
          {{ problem.message }}
          @if (problem.referenceId) {
            <span class="block text-xs">Reference {{ problem.referenceId }}</span>
          }
        </p>
      }
    }
  `,
})
export class BillingPanel {
  readonly profile = input.required<UserProfile>();
  /** `?checkout=` on the way back from Checkout: `success` or `canceled`. */
  readonly returning = input<string | undefined>();

  protected readonly billingService = inject(BillingService);
  private readonly profiles = inject(ProfileService);
  private readonly catalog = inject(RuntimeConfigService).current.billing;
  protected readonly intervals = INTERVAL_OPTIONS;
  protected readonly plans: readonly { plan: PaidPlan; label: string; summary: string }[] = [
    {
      plan: 'BASIC',
      label: 'Basic',
      summary: 'One ICP upload per window, one saved dashboard per tank.',
    },
    {
      plan: 'PRO',
      label: 'Pro',
      summary: 'Unlimited uploads, projections, trend warnings and draft programs.',
    },
  ];
  protected readonly interval = signal<BillingInterval>('MONTH');
  // The Pro trial comes with a keeper's first subscription only.
  protected readonly offer = computed(() =>
    offerLine(this.catalog, this.billing()?.phase !== 'ENDED'),
  );

  protected readonly billing = computed(() => this.profile().billing);
  protected readonly exempt = computed(
    () =>
      this.profile().user.billingExempt === true || this.profile().entitlements.tier === 'FRIEND',
  );
  protected readonly subscribed = computed(() => isSubscribed(this.billing()));
  protected readonly standing = computed(() =>
    billingStanding(
      this.billing() ?? { phase: 'NONE', paymentProblem: false, hasCustomer: false },
      this.catalog,
    ),
  );
  protected readonly statusLabel = computed(() => {
    const status = this.billing()?.status ?? '';
    return (
      (
        {
          trialing: 'Pro trial',
          active: 'Active',
          past_due: 'Payment failed',
          canceled: 'Canceled',
          unpaid: 'Unpaid',
        } as Record<string, string>
      )[status] ?? status
    );
  });
  private readonly tries = signal(0);
  protected readonly confirming = computed(
    () => this.returning() === 'success' && !this.subscribed() && this.tries() < CONFIRM_TRIES,
  );

  constructor() {
    const destroyRef = inject(DestroyRef);
    // The webhook usually lands before the keeper is back; if not, read again until it has.
    effect((onCleanup) => {
      if (!this.confirming()) return;
      const timer = setTimeout(() => {
        this.tries.update((n) => n + 1);
        this.profiles.refresh();
      }, CONFIRM_POLL_MS);
      onCleanup(() => clearTimeout(timer));
    });
    destroyRef.onDestroy(() => this.billingService.problem.set(null));
  }

  protected priceText(plan: PaidPlan): string {
    const cents = priceOf(this.catalog, plan, this.interval());
    if (cents === undefined || !this.catalog)
      return this.interval() === 'MONTH' ? 'Monthly' : 'Yearly';
    return `${formatAmount(cents, this.catalog.currency)} ${this.interval() === 'MONTH' ? 'a month' : 'a year'}`;
  }

  protected choose(plan: PaidPlan): void {
    void this.billingService.checkout(plan, this.interval());
  }
}
