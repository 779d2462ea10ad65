import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { WEEKDAYS, Weekday } from '../../../shared/tank-calendar';

/**
 * Sunday to Saturday as seven toggle buttons, big enough to tap on a phone. The group's id is
 * `<idPrefix>-days` (its first button takes focus when the group has a problem).
 */
@Component({
  selector: 'ram-weekday-toggles',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <fieldset [attr.aria-describedby]="error() ? idPrefix() + '-days-error' : null">
      <legend class="field-label">Dosing days</legend>
      <div class="mt-1 grid grid-cols-7 gap-1">
        @for (weekday of weekdays; track weekday.day; let first = $first) {
          <button
            type="button"
            class="min-h-11 rounded-lg border text-sm font-medium transition-colors"
            [class]="
              isOn(weekday.day)
                ? 'border-lagoon-700 bg-lagoon-700 text-white'
                : 'border-reef-300 bg-white text-reef-800 hover:bg-reef-100'
            "
            [id]="first ? idPrefix() + '-days' : null"
            [attr.aria-pressed]="isOn(weekday.day)"
            [attr.aria-label]="weekday.long"
            (click)="toggle(weekday.day)"
          >
            {{ weekday.short }}
          </button>
        }
      </div>
    </fieldset>
    @if (error(); as message) {
      <p [id]="idPrefix() + '-days-error'" class="field-error">{{ message }}</p>
    }
  `,
})
export class WeekdayToggles {
  readonly idPrefix = input.required<string>();
  readonly days = input.required<readonly Weekday[]>();
  readonly error = input<string | null | undefined>(null);
  readonly daysChange = output<Weekday[]>();

  protected readonly weekdays = WEEKDAYS;

  protected isOn(day: Weekday): boolean {
    return this.days().includes(day);
  }

  protected toggle(day: Weekday): void {
    const days = this.isOn(day) ? this.days().filter((on) => on !== day) : [...this.days(), day];
    this.daysChange.emit([...days].sort((a, b) => a - b));
  }
}
