import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';

/** The six-digit code Cognito mails for confirming an account or resetting a password. */
export function codeControl(): FormControl<string> {
  return new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.pattern(/^\s*\d{6}\s*$/)],
  });
}

/** A labelled input for an emailed code, with its message once the keeper tried to submit. */
@Component({
  selector: 'ram-code-field',
  imports: [ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <label for="code" class="field-label">Code from the email</label>
    <input
      id="code"
      type="text"
      class="field-input font-mono tracking-widest"
      [formControl]="control()"
      autocomplete="one-time-code"
      inputmode="numeric"
      maxlength="8"
      [attr.aria-invalid]="showErrors() && control().invalid ? true : null"
      [attr.aria-describedby]="showErrors() && control().invalid ? 'code-error' : 'code-hint'"
    />
    <p id="code-hint" class="mt-1 text-xs text-reef-600">Six digits, sent to {{ sentTo() }}.</p>
    @if (showErrors() && control().invalid) {
      <p id="code-error" class="field-error">Enter the six-digit code from the email.</p>
    }
  `,
})
export class CodeField {
  readonly control = input.required<FormControl<string>>();
  readonly showErrors = input.required<boolean>();
  /** Where the code went, as the provider reports it, or the address the keeper typed. */
  readonly sentTo = input('your email address');
}
