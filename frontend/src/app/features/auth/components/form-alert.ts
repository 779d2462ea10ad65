import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The identity provider's refusal, next to the form that caused it; nothing when there is none. */
@Component({
  selector: 'ram-form-alert',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block empty:hidden' },
  template: `
    @if (message(); as text) {
      <p class="rounded-lg bg-coral-50 p-3 text-sm text-coral-800" role="alert">{{ text }}</p>
    }
  `,
})
export class FormAlert {
  readonly message = input.required<string | null>();
}
