import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';

/** The email control every auth form starts from. */
export function emailControl(): FormControl<string> {
  return new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.email],
  });
}

/** A labelled email input with its message once the keeper tried to submit. */
@Component({
  selector: 'ram-email-field',
  imports: [ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <label for="email" class="field-label">Email</label>
    <input
      id="email"
      type="email"
      class="field-input"
      [formControl]="control()"
      autocomplete="email"
      inputmode="email"
      [attr.aria-invalid]="showErrors() && control().invalid ? true : null"
      [attr.aria-describedby]="showErrors() && control().invalid ? 'email-error' : null"
    />
    @if (showErrors() && control().invalid) {
      <p id="email-error" class="field-error">Enter the email address you use for RaM.</p>
    }
  `,
})
export class EmailField {
  readonly control = input.required<FormControl<string>>();
  readonly showErrors = input.required<boolean>();
}
