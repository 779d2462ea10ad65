import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { RuntimeConfigService } from '../../../core/config/runtime-config.service';
import { SignUpPlan } from '../../../core/identity/identity-client';
import { planOptionsFor } from '../../../shared/plans/plan-catalogue';

/** A radio group of the three plans; nothing is chosen for the keeper. */
@Component({
  selector: 'ram-plan-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <fieldset [attr.aria-describedby]="error() ? 'plan-error' : null">
      <legend class="field-label">Choose your plan</legend>
      <div class="mt-2 grid gap-3 sm:grid-cols-3">
        @for (option of options; track option.plan) {
          <label
            class="flex cursor-pointer flex-col rounded-xl border-2 p-4 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-lagoon-500"
            [class]="
              option.plan === selected()
                ? 'border-lagoon-600 bg-lagoon-50'
                : 'border-reef-100 bg-white hover:border-reef-300'
            "
          >
            <span class="flex items-center gap-2">
              <input
                type="radio"
                name="plan"
                class="size-4 accent-lagoon-700 focus-visible:outline-none"
                [value]="option.plan"
                [checked]="option.plan === selected()"
                (change)="planSelected.emit(option.plan)"
              />
              <span class="font-semibold text-reef-900">{{ option.name }}</span>
            </span>
            <span class="mt-1 text-sm font-medium text-lagoon-800">{{ option.price }}</span>
            <ul class="mt-2 list-disc space-y-1 pl-5 text-sm text-reef-700">
              @for (line of option.highlights; track line) {
                <li>{{ line }}</li>
              }
            </ul>
          </label>
        }
      </div>
      @if (error(); as message) {
        <p id="plan-error" class="field-error">{{ message }}</p>
      }
    </fieldset>
  `,
})
export class PlanPicker {
  readonly selected = input.required<SignUpPlan | null>();
  readonly error = input<string | null>(null);
  readonly planSelected = output<SignUpPlan>();
  protected readonly options = planOptionsFor(inject(RuntimeConfigService).current.billing);
}
