import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { EmailField, emailControl } from './email-field';

export type CredentialsForm = FormGroup<{
  email: FormControl<string>;
  password: FormControl<string>;
}>;

export const PASSWORD_MIN_LENGTH = 8;
// The identity provider's rule: at least one letter and one digit.
const LETTER_AND_DIGIT = /^(?=.*[A-Za-z])(?=.*\d)/;

/** What a new password must be before it is sent: the provider's own rule decides the rest. */
export const NEW_PASSWORD_RULES = [
  Validators.required,
  Validators.minLength(PASSWORD_MIN_LENGTH),
  Validators.pattern(LETTER_AND_DIGIT),
];

/** The email + password pair both auth forms start from; only a new password has a length rule. */
export function credentialsForm(options: { newPassword: boolean }): CredentialsForm {
  const passwordRules = options.newPassword ? NEW_PASSWORD_RULES : [Validators.required];
  return new FormGroup({
    email: emailControl(),
    password: new FormControl('', { nonNullable: true, validators: passwordRules }),
  });
}

/** Email and password inputs with labels and inline messages, shown once the keeper tried to submit. */
@Component({
  selector: 'ram-credentials-fields',
  imports: [ReactiveFormsModule, EmailField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block space-y-4' },
  template: `
    <ng-container [formGroup]="form()">
      <ram-email-field [control]="form().controls.email" [showErrors]="showErrors()" />
      <div>
        <label for="password" class="field-label">Password</label>
        <input
          id="password"
          type="password"
          class="field-input"
          formControlName="password"
          [attr.autocomplete]="newPassword() ? 'new-password' : 'current-password'"
          [attr.aria-invalid]="showErrors() && form().controls.password.invalid ? true : null"
          [attr.aria-describedby]="passwordDescribedBy()"
        />
        @if (newPassword()) {
          <p id="password-hint" class="mt-1 text-xs text-reef-600">
            At least {{ minLength }} characters, with a letter and a digit.
          </p>
        }
        @if (showErrors() && form().controls.password.invalid) {
          <p id="password-error" class="field-error">
            {{
              newPassword()
                ? 'Choose a password of at least ' +
                  minLength +
                  ' characters with a letter and a digit.'
                : 'Enter your password.'
            }}
          </p>
        }
      </div>
    </ng-container>
  `,
})
export class CredentialsFields {
  readonly form = input.required<CredentialsForm>();
  readonly showErrors = input.required<boolean>();
  /** True on sign-up: the browser offers to generate a password and the rule is spelled out. */
  readonly newPassword = input(false);

  protected readonly minLength = PASSWORD_MIN_LENGTH;

  // A method, not a computed: control validity is not a signal, so a computed would go stale.
  protected passwordDescribedBy(): string | null {
    const ids = [
      this.newPassword() ? 'password-hint' : '',
      this.showErrors() && this.form().controls.password.invalid ? 'password-error' : '',
    ];
    return ids.filter(Boolean).join(' ') || null;
  }
}
