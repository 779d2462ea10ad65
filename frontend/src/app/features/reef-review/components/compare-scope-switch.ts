import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { COMPARE_SCOPE_CHOICES } from '../services/review-text';
import { CompareScope } from '../services/review.model';

/** How many earlier tests the review compares with: Last 3, 5, 10 or All, as one radio group. */
@Component({
  selector: 'ram-compare-scope-switch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <fieldset [disabled]="disabled()" [attr.aria-busy]="busy()">
      <legend class="field-label">Compare with earlier tests</legend>
      <div class="mt-1 inline-flex flex-wrap rounded-lg border border-reef-300 bg-white p-0.5">
        @for (choice of choices; track choice.value) {
          <label
            class="flex min-h-10 min-w-14 cursor-pointer items-center justify-center rounded-md px-3 text-sm font-medium text-reef-800 has-checked:bg-lagoon-700 has-checked:text-white has-focus-visible:outline-3 has-focus-visible:outline-lagoon-500 has-disabled:cursor-not-allowed"
          >
            <input
              type="radio"
              class="sr-only"
              name="compare-scope"
              [value]="choice.value"
              [checked]="choice.value === scope()"
              (change)="changed.emit(choice.value)"
            />
            {{ choice.label }}
          </label>
        }
      </div>
    </fieldset>
  `,
})
export class CompareScopeSwitch {
  readonly scope = input.required<CompareScope>();
  readonly disabled = input(false);
  readonly busy = input(false);
  readonly changed = output<CompareScope>();
  protected readonly choices = COMPARE_SCOPE_CHOICES;
}
