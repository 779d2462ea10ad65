import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { AuthSession, SignUpOutcome } from '../../../core/identity/auth-session';
import { SignUpPlan } from '../../../core/identity/identity-client';
import { isSignUpPlan } from '../../../shared/plans/plan-catalogue';
import type { BillingInterval } from '../../../core/config/runtime-config';
import { BillingService } from '../../billing/services/billing.service';
import { INTERVAL_OPTIONS } from '../../billing/services/billing-text';
import { SegmentedChoice } from '../../../shared/ui/segmented-choice';
import { AuthCard } from '../components/auth-card';
import { FormAlert } from '../components/form-alert';
import { CredentialsFields, credentialsForm } from '../components/credentials-fields';
import { PlanPicker } from '../components/plan-picker';
import { AuthFormState } from '../services/auth-form-state';

@Component({
  selector: 'ram-sign-up-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    AuthCard,
    CredentialsFields,
    PlanPicker,
    SegmentedChoice,
    FormAlert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ram-auth-card heading="Create your RaM account" [wide]="true">
      <p class="mt-2 text-sm text-reef-700">
        Pick how you want to start. You can change plans later from your profile.
      </p>
      <form class="mt-6 space-y-6" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <ram-plan-picker
          [selected]="chosenPlan()"
          [error]="planError()"
          (planSelected)="chosenPlan.set($event)"
        />
        @if (chosenPlan() === 'BASIC' || chosenPlan() === 'PRO') {
          <div>
            <ram-segmented-choice
              legend="Pay"
              name="interval"
              [options]="intervals"
              [selected]="interval()"
              (chosen)="interval.set($event)"
            />
            <p class="mt-1 text-xs text-reef-600">
              Checkout opens next; the card is charged when the Pro trial ends.
            </p>
          </div>
        }
        <ram-credentials-fields
          class="sm:max-w-md"
          [form]="form"
          [showErrors]="state.submitted()"
          [newPassword]="true"
        />
        <ram-form-alert [message]="state.error()" />
        <button type="submit" class="btn-primary w-full sm:w-auto" [disabled]="state.busy()">
          {{
            state.busy()
              ? 'Creating your account…'
              : paidPlan()
                ? 'Create account and continue to checkout'
                : 'Create account'
          }}
        </button>
      </form>
      <p class="mt-6 text-sm text-reef-700">
        Already keeping with RaM?
        <a routerLink="/sign-in" class="font-medium text-lagoon-800 underline">Sign in</a>
      </p>
    </ram-auth-card>
  `,
})
export class SignUpPage {
  /** The plan a landing-page link asked for, e.g. `?plan=TRIAL`; anything else means no choice yet. */
  readonly plan = input<string>();

  private readonly session = inject(AuthSession);
  private readonly router = inject(Router);
  private readonly billing = inject(BillingService);
  protected readonly interval = signal<BillingInterval>('MONTH');
  protected readonly intervals = INTERVAL_OPTIONS;
  protected readonly paidPlan = computed(
    () => this.chosenPlan() === 'BASIC' || this.chosenPlan() === 'PRO',
  );
  protected readonly chosenPlan = linkedSignal<SignUpPlan | null>(() => {
    const requested = this.plan()?.toUpperCase();
    return isSignUpPlan(requested) ? requested : null;
  });
  protected readonly form = credentialsForm({ newPassword: true });
  protected readonly state = new AuthFormState();

  protected readonly planError = computed(() =>
    this.state.submitted() && !this.chosenPlan()
      ? 'Choose Free Trial, Basic or Pro to continue.'
      : null,
  );

  protected async submit(): Promise<void> {
    this.state.submitted.set(true);
    const plan = this.chosenPlan();
    if (this.form.invalid || !plan) return;
    const { email, password } = this.form.getRawValue();
    const address = email.trim();
    let outcome: SignUpOutcome = 'SIGNED_IN';
    const request = { email: address, password, plan };
    if (!(await this.state.run(async () => void (outcome = await this.session.signUp(request)))))
      return;
    // With Cognito the address is confirmed first; checkout is offered again from Plan & billing.
    if (outcome !== 'SIGNED_IN') {
      await this.router.navigate(['/sign-up/confirm'], { queryParams: { email: address } });
      return;
    }
    // A paid plan continues straight to checkout; if it cannot open, Plan & billing says why and offers it again.
    if (
      (plan === 'BASIC' || plan === 'PRO') &&
      (await this.billing.checkout(plan, this.interval()))
    )
      return;
    await this.router.navigateByUrl(plan === 'TRIAL' ? '/app' : '/app/profile#billing');
  }
}
