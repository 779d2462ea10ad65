import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { WEEKDAYS, weekdaysText } from '../../../shared/tank-calendar';

/** The week as seven small chips with the dosing days filled in; read out as the days' names. */
@Component({
  selector: 'ram-weekday-chips',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <p class="sr-only">Doses on {{ spoken() }}</p>
    <ul class="flex gap-1" aria-hidden="true">
      @for (weekday of weekdays; track weekday.day) {
        <li
          class="flex h-7 w-9 items-center justify-center rounded-md text-xs font-medium"
          [class]="
            days().includes(weekday.day)
              ? 'bg-lagoon-700 text-white'
              : 'bg-reef-50 text-reef-400 line-through decoration-reef-300'
          "
          [attr.data-on]="days().includes(weekday.day) ? '' : null"
        >
          {{ weekday.short }}
        </li>
      }
    </ul>
  `,
})
export class WeekdayChips {
  readonly days = input.required<readonly number[]>();

  protected readonly weekdays = WEEKDAYS;
  protected readonly spoken = computed(() => weekdaysText(this.days()));
}
