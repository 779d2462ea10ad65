import { ChangeDetectionStrategy, Component, OnInit, inject, input } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { AuthSession } from '../../../core/identity/auth-session';
import { AuthCard } from '../components/auth-card';
import { FormAlert } from '../components/form-alert';
import { CodeField, codeControl } from '../components/code-field';
import { EmailField, emailControl } from '../components/email-field';
import { AuthFormState } from '../services/auth-form-state';

/** The step after sign-up where Cognito mails a code: enter it and RaM signs you straight in. */
@Component({
  selector: 'ram-confirm-sign-up-page',
  imports: [ReactiveFormsModule, RouterLink, AuthCard, CodeField, FormAlert, EmailField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ram-auth-card heading="Check your email">
      <p class="mt-2 text-sm text-reef-700">
        We sent a confirmation code to
        <strong>{{ form.controls.email.value || 'your email address' }}</strong>. Enter it to finish
        creating your account.
      </p>
      <form class="mt-6 space-y-4" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <ram-email-field [control]="form.controls.email" [showErrors]="state.submitted()" />
        <ram-code-field [control]="form.controls.code" [showErrors]="state.submitted()" />
        <ram-form-alert [message]="state.error()" />
        <button type="submit" class="btn-primary w-full" [disabled]="state.busy()">
          {{ state.busy() ? 'Confirming…' : 'Confirm and continue' }}
        </button>
      </form>
      <p class="mt-6 text-sm text-reef-700">
        Already confirmed?
        <a routerLink="/sign-in" class="font-medium text-lagoon-800 underline">Sign in</a>
      </p>
    </ram-auth-card>
  `,
})
export class ConfirmSignUpPage implements OnInit {
  /** The address the sign-up used (`?email=`), filled in for the keeper. */
  readonly email = input<string>();

  private readonly session = inject(AuthSession);
  private readonly router = inject(Router);
  protected readonly state = new AuthFormState();
  protected readonly form = new FormGroup({
    email: emailControl(),
    code: codeControl(),
  });

  ngOnInit(): void {
    const email = this.email();
    if (email) this.form.controls.email.setValue(email);
  }

  protected async submit(): Promise<void> {
    this.state.submitted.set(true);
    if (this.form.invalid) return;
    const email = this.form.controls.email.value.trim();
    const code = this.form.controls.code.value.trim();
    let signedIn = false;
    if (
      await this.state.run(
        async () => void (signedIn = await this.session.confirmSignUp(email, code)),
      )
    ) {
      await this.router.navigateByUrl(signedIn ? '/app' : '/sign-in?reason=confirmed');
    }
  }
}
