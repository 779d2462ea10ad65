import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

export interface SegmentedOption<T extends string> {
  readonly value: T;
  readonly label: string;
}

/**
 * A small radio group drawn as one segmented control, e.g. Monthly | Yearly.
 *
 * @example <ram-segmented-choice legend="Billing" name="interval" [options]="intervals" [selected]="interval()" (chosen)="interval.set($event)" />
 */
@Component({
  selector: 'ram-segmented-choice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <fieldset>
      <legend class="field-label">{{ legend() }}</legend>
      <div class="mt-1 inline-flex flex-wrap rounded-lg border border-reef-300 bg-white p-0.5">
        @for (option of options(); track option.value) {
          <label
            class="flex min-h-10 min-w-20 cursor-pointer items-center justify-center rounded-md px-3 text-sm font-medium text-reef-800 has-checked:bg-lagoon-700 has-checked:text-white has-focus-visible:outline-3 has-focus-visible:outline-lagoon-500"
          >
            <input
              type="radio"
              class="sr-only"
              [name]="name()"
              [value]="option.value"
              [checked]="option.value === selected()"
              (change)="chosen.emit(option.value)"
            />
            {{ option.label }}
          </label>
        }
      </div>
    </fieldset>
  `,
})
export class SegmentedChoice<T extends string> {
  readonly legend = input.required<string>();
  readonly name = input.required<string>();
  readonly options = input.required<readonly SegmentedOption<T>[]>();
  readonly selected = input.required<T>();
  readonly chosen = output<T>();
}
