import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { RuntimeConfigService } from '../../../core/config/runtime-config.service';
import { AuthSession } from '../../../core/identity/auth-session';
import { AuthCard } from '../components/auth-card';
import { FormAlert } from '../components/form-alert';
import { CredentialsFields, credentialsForm } from '../components/credentials-fields';
import { DemoCredentials } from '../components/demo-credentials';
import { AuthFormState, safeReturnUrl } from '../services/auth-form-state';

@Component({
  selector: 'ram-sign-in-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    AuthCard,
    CredentialsFields,
    DemoCredentials,
    FormAlert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ram-auth-card heading="Sign in">
      @if (reason() === 'expired') {
        <p class="mt-3 rounded-lg bg-reef-50 p-3 text-sm text-reef-800" role="status">
          Your session ended. Sign in again to carry on.
        </p>
      } @else if (reason() === 'confirmed') {
        <p class="mt-3 rounded-lg bg-reef-50 p-3 text-sm text-reef-800" role="status">
          Your email address is confirmed. Sign in to start.
        </p>
      }
      @if (demo; as demo) {
        <ram-demo-credentials
          class="mt-4"
          [email]="demo.email"
          [password]="demo.password"
          (useDemo)="fillDemo()"
        />
      }
      <form class="mt-6 space-y-6" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <ram-credentials-fields [form]="form" [showErrors]="state.submitted()" />
        <ram-form-alert [message]="state.error()" />
        <button type="submit" class="btn-primary w-full" [disabled]="state.busy()">
          {{ state.busy() ? 'Signing in…' : 'Sign in' }}
        </button>
      </form>
      @if (canResetPassword) {
        <p class="mt-4 text-sm">
          <a
            routerLink="/forgot-password"
            [queryParams]="{ email: form.controls.email.value.trim() || null }"
            class="font-medium text-lagoon-800 underline"
            >Forgot your password?</a
          >
        </p>
      }
      <p class="mt-6 text-sm text-reef-700">
        New to RaM?
        <a
          routerLink="/sign-up"
          [queryParams]="{ plan: 'TRIAL' }"
          class="font-medium text-lagoon-800 underline"
          >Start a free trial</a
        >
      </p>
    </ram-auth-card>
  `,
})
export class SignInPage {
  /** Where to go after signing in (from the guard's redirect). */
  readonly returnUrl = input<string>();
  /** Why the keeper landed here: `expired` after the API refused the session. */
  readonly reason = input<string>();

  private readonly session = inject(AuthSession);
  private readonly router = inject(Router);
  protected readonly demo = inject(RuntimeConfigService).current.demo;
  protected readonly form = credentialsForm({ newPassword: false });
  protected readonly state = new AuthFormState();
  protected readonly canResetPassword = this.session.canResetPassword;

  protected fillDemo(): void {
    if (this.demo) this.form.setValue({ email: this.demo.email, password: this.demo.password });
  }

  protected async submit(): Promise<void> {
    this.state.submitted.set(true);
    if (this.form.invalid) return;
    const { email, password } = this.form.getRawValue();
    if (await this.state.run(() => this.session.signIn(email.trim(), password))) {
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } else if (this.state.errorCode() === 'UserNotConfirmedException') {
      await this.router.navigate(['/sign-up/confirm'], { queryParams: { email: email.trim() } });
    }
  }
}
