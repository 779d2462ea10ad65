import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { IsoDate, addDays, dayText, isIsoDate } from '../../../shared/tank-calendar';
import { FormField } from '../../../shared/ui/form-field';
import { Notice } from '../../../shared/ui/notice';
import { ElementRowFrame } from '../../../shared/ui/element-row-frame';
import { AddRowButton } from '../../../shared/ui/row-buttons';
import { FormState } from '../../../shared/forms/form-state';
import { ElementRows } from '../../elements/services/element-rows';
import { TemplateBar, TemplateElementToAdd } from '../../templates/components/template-bar';
import { DoseDay, loggedText } from '../services/dose-day';
import { startingUnit } from '../services/dose-amount';
import { DoseHistoryService } from '../services/dose-history.service';
import { DoseRow, MAX_DOSE_DAYS, checkDoseLog } from '../services/dose-log';
import { DoseAmountFields } from './dose-amount-fields';

/**
 * Logs doses for a day: products picked from the drawer, each with an amount, a unit and how many
 * days in a row it was given (one save covers them all).
 */
@Component({
  selector: 'ram-dose-log-form',
  imports: [AddRowButton, DoseAmountFields, ElementRowFrame, FormField, Notice, TemplateBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <!-- The phone's Log menu links here (/app/doses#log-doses). -->
    <form
      id="log-doses"
      class="card scroll-mt-20"
      novalidate
      aria-labelledby="dose-log-heading"
      (submit)="save($event)"
    >
      <h2 id="dose-log-heading" class="text-lg font-semibold text-reef-900">Log doses</h2>
      <p class="mt-1 text-sm text-reef-700">
        What you dosed by hand. A dose given several days in a row is logged on each of them.
      </p>

      <ram-form-field
        class="mt-4 sm:max-w-xs"
        fieldId="dose-date"
        label="Day of the first dose"
        type="date"
        [value]="date()"
        [error]="form.errors()['dose-date']"
        (valueChange)="date.set($event)"
      />

      @if (rows.rows().length > 0) {
        <ul class="mt-4 space-y-3" aria-label="Doses to log">
          @for (row of rows.rows(); track row.key) {
            <li>
              <fieldset
                ramElementRow
                class="rounded-xl border border-reef-200 p-3"
                [rowName]="row.name"
                (removed)="rows.remove(row.key)"
              >
                <div class="mt-2 grid gap-3 sm:grid-cols-2">
                  <ram-dose-amount-fields
                    [idPrefix]="rows.rowPrefix(row.key)"
                    [amount]="row.amount"
                    [unit]="row.unit"
                    [error]="form.errors()[rows.id(row.key, 'amount')]"
                    (amountChange)="rows.update(row.key, { amount: $event })"
                    (unitChange)="rows.update(row.key, { unit: $event })"
                  />
                  <div>
                    <label [for]="rows.id(row.key, 'days')" class="field-label"
                      >Days in a row</label
                    >
                    <input
                      [id]="rows.id(row.key, 'days')"
                      type="number"
                      inputmode="numeric"
                      min="1"
                      [max]="maxDays"
                      step="1"
                      class="field-input"
                      [value]="row.days"
                      [attr.aria-invalid]="form.errors()[rows.id(row.key, 'days')] ? true : null"
                      [attr.aria-describedby]="rows.id(row.key, 'days-note')"
                      (input)="rows.update(row.key, { days: $any($event.target).value })"
                    />
                    @if (form.errors()[rows.id(row.key, 'days')]; as message) {
                      <p [id]="rows.id(row.key, 'days-note')" class="field-error">{{ message }}</p>
                    } @else {
                      <p [id]="rows.id(row.key, 'days-note')" class="mt-1 text-sm text-reef-600">
                        {{ spanText(row.days) }}
                      </p>
                    }
                  </div>
                </div>
              </fieldset>
            </li>
          }
        </ul>
      }

      <ram-add-row-button
        class="mt-4"
        label="Add a dose product"
        [buttonId]="rows.addButtonId"
        [error]="form.errors()[rows.addButtonId]"
        (pressed)="rows.pick(tankId(), 'amount')"
      />

      <ram-template-bar
        class="mt-3"
        type="DOSE"
        idPrefix="dose-template"
        [tankId]="tankId()"
        [rows]="rows.rows()"
        (applied)="applyTemplate($event)"
      />

      @if (form.refusal(); as message) {
        <ram-notice class="mt-4" tone="problem" [noticeId]="form.refusalId" [text]="message" />
      }
      @if (done(); as message) {
        <ram-notice class="mt-4" noticeId="dose-log-done" [text]="message" />
      }

      <div class="mt-4 flex sm:justify-end">
        <button type="submit" class="btn-primary w-full sm:w-auto" [disabled]="form.saving()">
          {{ form.saving() ? 'Logging…' : 'Log doses' }}
        </button>
      </div>
    </form>
  `,
})
export class DoseLogForm {
  readonly tankId = input.required<string>();
  /** The day the form starts on: the tank's today, or the day the page was opened for. */
  readonly startDate = input.required<IsoDate>();
  /** The days the save changed, with all their entries. */
  readonly logged = output<DoseDay[]>();

  private readonly doses = inject(DoseHistoryService);
  protected readonly maxDays = MAX_DOSE_DAYS;
  protected readonly date = linkedSignal(() => this.startDate());
  protected readonly done = signal<string | null>(null);
  protected readonly form = new FormState('dose-log');
  protected readonly rows = new ElementRows<DoseRow>('dose', 'dose-row', (element) => ({
    elementId: element.elementId,
    name: element.name,
    amount: '',
    unit: startingUnit(element.unit),
    days: '1',
  }));

  /** Adds a template's products as rows, with their usual amount when the template has one. */
  protected applyTemplate(elements: readonly TemplateElementToAdd[]): void {
    this.rows.addAll(
      elements.map(({ element, name, unit }) => ({
        elementId: element.elementId,
        name,
        amount: element.amount === undefined ? '' : String(element.amount),
        unit: element.unit ?? startingUnit(unit),
        days: '1',
      })),
      'amount',
    );
  }

  protected spanText(days: string): string {
    const count = Number(days);
    const start = this.date();
    if (!Number.isInteger(count) || count <= 1 || !isIsoDate(start))
      return 'Only on the first day.';
    return `${dayText(start)} to ${dayText(addDays(start, count - 1))}.`;
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    this.done.set(null);
    const date = this.date();
    const doses = this.form.accept(
      checkDoseLog(date, this.rows.rows(), {
        date: 'dose-date',
        add: this.rows.addButtonId,
        row: (key, field) => this.rows.id(key, field),
      }),
    );
    if (!doses) return;
    const days = await this.form.send(() => this.doses.log(this.tankId(), date, doses));
    if (!days) return;
    this.rows.replace([]);
    this.done.set(
      loggedText(
        doses,
        days.map((day) => day.date),
      ),
    );
    this.logged.emit(days);
  }
}
