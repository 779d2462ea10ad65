import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { DOSE_UNITS } from '../services/dose-amount';

/**
 * The amount and unit of one dose row, side by side even on a phone. Ids are `<idPrefix>-amount`
 * and `<idPrefix>-unit`; an error shows under both and marks the amount invalid.
 */
@Component({
  selector: 'ram-dose-amount-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <div class="flex gap-2">
      <div class="min-w-0 flex-1">
        <label [for]="idPrefix() + '-amount'" class="field-label">Amount</label>
        <input
          [id]="idPrefix() + '-amount'"
          type="text"
          inputmode="decimal"
          autocomplete="off"
          class="field-input"
          [value]="amount()"
          [attr.aria-invalid]="error() ? true : null"
          [attr.aria-describedby]="error() ? idPrefix() + '-amount-error' : null"
          (input)="amountChange.emit($any($event.target).value)"
        />
      </div>
      <div class="w-28 shrink-0">
        <label [for]="idPrefix() + '-unit'" class="field-label">Unit</label>
        <select
          [id]="idPrefix() + '-unit'"
          class="field-input"
          [value]="unit()"
          (change)="unitChange.emit($any($event.target).value)"
        >
          @for (choice of units; track choice) {
            <option [value]="choice" [selected]="choice === unit()">{{ choice }}</option>
          }
        </select>
      </div>
    </div>
    @if (error(); as message) {
      <p [id]="idPrefix() + '-amount-error'" class="field-error">{{ message }}</p>
    }
  `,
})
export class DoseAmountFields {
  readonly idPrefix = input.required<string>();
  readonly amount = input.required<string>();
  readonly unit = input.required<string>();
  readonly error = input<string | null | undefined>(null);
  readonly amountChange = output<string>();
  readonly unitChange = output<string>();

  protected readonly units = DOSE_UNITS;
}
