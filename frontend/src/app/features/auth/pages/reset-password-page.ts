import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { AuthSession } from '../../../core/identity/auth-session';
import { AuthCard } from '../components/auth-card';
import { FormAlert } from '../components/form-alert';
import { CodeField, codeControl } from '../components/code-field';
import { EmailField } from '../components/email-field';
import { CredentialsFields, credentialsForm } from '../components/credentials-fields';
import { AuthFormState } from '../services/auth-form-state';

/**
 * Forgotten password: ask for a code by email, then choose a new password with it and land signed in.
 * Only offered where the identity provider sends mail (Cognito).
 */
@Component({
  selector: 'ram-reset-password-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    AuthCard,
    CodeField,
    CredentialsFields,
    FormAlert,
    EmailField,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ram-auth-card heading="Reset your password">
      @if (!canReset) {
        <p class="mt-3 rounded-lg bg-reef-50 p-3 text-sm text-reef-800" role="status">
          This RaM sends no email, so passwords cannot be reset here. Create another account
          instead.
        </p>
      } @else if (sentTo() === null) {
        <p class="mt-2 text-sm text-reef-700">
          Enter the email address of your account and we will send you a code to choose a new
          password.
        </p>
        <form class="mt-6 space-y-4" [formGroup]="form" (ngSubmit)="requestCode()" novalidate>
          <ram-email-field [control]="form.controls.email" [showErrors]="request.submitted()" />
          <ram-form-alert [message]="request.error()" />
          <button type="submit" class="btn-primary w-full" [disabled]="request.busy()">
            {{ request.busy() ? 'Sending…' : 'Send me a code' }}
          </button>
        </form>
      } @else {
        <p class="mt-2 text-sm text-reef-700" role="status">
          We sent a code to <strong>{{ sentTo() }}</strong>. Enter it with your new password.
        </p>
        <form class="mt-6 space-y-4" [formGroup]="form" (ngSubmit)="reset()" novalidate>
          <ram-code-field [control]="code" [showErrors]="state.submitted()" [sentTo]="sentTo()!" />
          <ram-credentials-fields
            [form]="form"
            [showErrors]="state.submitted()"
            [newPassword]="true"
          />
          <ram-form-alert [message]="state.error()" />
          <button type="submit" class="btn-primary w-full" [disabled]="state.busy()">
            {{ state.busy() ? 'Saving…' : 'Save new password and sign in' }}
          </button>
        </form>
      }
      <p class="mt-6 text-sm text-reef-700">
        Remembered it?
        <a routerLink="/sign-in" class="font-medium text-lagoon-800 underline">Sign in</a>
      </p>
    </ram-auth-card>
  `,
})
export class ResetPasswordPage implements OnInit {
  /** The address typed on the sign-in page (`?email=`), filled in for the keeper. */
  readonly email = input<string>();

  private readonly session = inject(AuthSession);
  private readonly router = inject(Router);
  protected readonly canReset = this.session.canResetPassword;
  protected readonly form = credentialsForm({ newPassword: true });
  protected readonly code = codeControl();
  /** Where the code went; null until one was sent. */
  protected readonly sentTo = signal<string | null>(null);
  protected readonly request = new AuthFormState();
  protected readonly state = new AuthFormState();

  ngOnInit(): void {
    const email = this.email();
    if (email) this.form.controls.email.setValue(email);
  }

  protected async requestCode(): Promise<void> {
    this.request.submitted.set(true);
    if (this.form.controls.email.invalid) return;
    const email = this.form.controls.email.value.trim();
    await this.request.run(async () => {
      const delivery = await this.session.startPasswordReset(email);
      this.sentTo.set(delivery.destination ?? email);
    });
  }

  protected async reset(): Promise<void> {
    this.state.submitted.set(true);
    if (this.form.invalid || this.code.invalid) return;
    const { email, password } = this.form.getRawValue();
    if (
      await this.state.run(() =>
        this.session.resetPassword(email.trim(), this.code.value.trim(), password),
      )
    ) {
      await this.router.navigateByUrl('/app');
    }
  }
}
