import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { AuthSession, SignUpOutcome } from '../../../core/identity/auth-session';
import { SignUpPlan } from '../../../core/identity/identity-client';
import { isSignUpPlan } from '../../../shared/plans/plan-catalogue';
import { AuthCard } from '../components/auth-card';
import { FormAlert } from '../components/form-alert';
import { CredentialsFields, credentialsForm } from '../components/credentials-fields';
import { PlanPicker } from '../components/plan-picker';
import { AuthFormState } from '../services/auth-form-state';

@Component({
  selector: 'ram-sign-up-page',
  imports: [ReactiveFormsModule, RouterLink, AuthCard, CredentialsFields, PlanPicker, FormAlert],
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
        <ram-credentials-fields
          class="sm:max-w-md"
          [form]="form"
          [showErrors]="state.submitted()"
          [newPassword]="true"
        />
        <ram-form-alert [message]="state.error()" />
        <button type="submit" class="btn-primary w-full sm:w-auto" [disabled]="state.busy()">
          {{ state.busy() ? 'Creating your account…' : 'Create account' }}
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
    if (await this.state.run(async () => void (outcome = await this.session.signUp(request)))) {
      if (outcome === 'SIGNED_IN') await this.router.navigateByUrl('/app');
      else await this.router.navigate(['/sign-up/confirm'], { queryParams: { email: address } });
    }
  }
}
