import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { AuthSession } from '../../../core/identity/auth-session';
import { NEW_PASSWORD_RULES, PASSWORD_MIN_LENGTH } from '../../auth/components/credentials-fields';
import { FormAlert } from '../../auth/components/form-alert';
import { AuthFormState } from '../../auth/services/auth-form-state';

/** Changes the signed-in keeper's password; the current one is asked first. */
@Component({
  selector: 'ram-password-change-form',
  imports: [ReactiveFormsModule, FormAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <form [formGroup]="form" (ngSubmit)="change()" novalidate aria-labelledby="password-heading">
      <h3 id="password-heading" class="font-semibold text-reef-900">Password</h3>
      <div class="mt-3 grid gap-4 sm:grid-cols-2">
        <div>
          <label for="current-password" class="field-label">Current password</label>
          <input
            id="current-password"
            type="password"
            class="field-input"
            formControlName="currentPassword"
            autocomplete="current-password"
            [attr.aria-invalid]="showError('currentPassword') ? true : null"
            [attr.aria-describedby]="showError('currentPassword') ? 'current-password-error' : null"
          />
          @if (showError('currentPassword')) {
            <p id="current-password-error" class="field-error">Enter your current password.</p>
          }
        </div>
        <div>
          <label for="new-password" class="field-label">New password</label>
          <input
            id="new-password"
            type="password"
            class="field-input"
            formControlName="newPassword"
            autocomplete="new-password"
            [attr.aria-invalid]="showError('newPassword') ? true : null"
            [attr.aria-describedby]="
              showError('newPassword')
                ? 'new-password-hint new-password-error'
                : 'new-password-hint'
            "
          />
          <p id="new-password-hint" class="mt-1 text-xs text-reef-600">
            At least {{ minLength }} characters, with a letter and a digit.
          </p>
          @if (showError('newPassword')) {
            <p id="new-password-error" class="field-error">
              Choose a password of at least {{ minLength }} characters with a letter and a digit.
            </p>
          }
        </div>
      </div>
      <ram-form-alert class="mt-3" [message]="state.error()" />
      <div class="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" class="btn-secondary" [disabled]="state.busy()">
          {{ state.busy() ? 'Changing…' : 'Change password' }}
        </button>
        <p class="text-sm text-lagoon-800" role="status">
          {{ changed() ? 'Password changed. Use the new one next time you sign in.' : '' }}
        </p>
      </div>
    </form>
  `,
})
export class PasswordChangeForm {
  private readonly session = inject(AuthSession);
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly state = new AuthFormState();
  protected readonly changed = signal(false);
  protected readonly form = new FormGroup({
    currentPassword: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    newPassword: new FormControl('', { nonNullable: true, validators: NEW_PASSWORD_RULES }),
  });

  protected showError(field: 'currentPassword' | 'newPassword'): boolean {
    return this.state.submitted() && this.form.controls[field].invalid;
  }

  protected async change(): Promise<void> {
    this.changed.set(false);
    this.state.submitted.set(true);
    if (this.form.invalid) return;
    const { currentPassword, newPassword } = this.form.getRawValue();
    if (await this.state.run(() => this.session.changePassword(currentPassword, newPassword))) {
      this.form.reset();
      this.state.submitted.set(false);
      this.changed.set(true);
    }
  }
}
