import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { TestDetail } from '../../../shared/tests/test-result';
import { IsoDate } from '../../../shared/tank-calendar';
import { FormField } from '../../../shared/ui/form-field';
import { Notice } from '../../../shared/ui/notice';
import { AddRowButton, RemoveRowButton } from '../../../shared/ui/row-buttons';
import { FormState } from '../../../shared/forms/form-state';
import { ElementRows } from '../../elements/services/element-rows';
import { TemplateBar, TemplateElementToAdd } from '../../templates/components/template-bar';
import {
  MAX_NOTES,
  ManualTestSaved,
  MeasureRow,
  checkManualTest,
  entryUnitOf,
} from '../services/manual-test';
import { ManualTestService } from '../services/manual-test.service';

/**
 * Enters a manual test, or changes one: the day, what was measured (elements from the drawer, each
 * with its value in the catalogue's unit) and notes.
 */
@Component({
  selector: 'ram-manual-test-form',
  imports: [FormField, Notice, AddRowButton, RemoveRowButton, TemplateBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <form class="card" novalidate aria-labelledby="manual-form-heading" (submit)="save($event)">
      <h2 id="manual-form-heading" class="text-lg font-semibold text-reef-900">
        {{ test() ? 'Change this test' : 'What you measured' }}
      </h2>

      <ram-form-field
        class="mt-4 sm:max-w-xs"
        fieldId="manual-date"
        label="Test day"
        type="date"
        [max]="today()"
        [value]="date()"
        [error]="form.errors()['manual-date']"
        (valueChange)="date.set($event)"
      />

      @if (rows.rows().length > 0) {
        <ul class="mt-4 space-y-3" aria-label="Measured elements">
          @for (row of rows.rows(); track row.key) {
            <li class="rounded-xl border border-reef-200 p-3">
              <div class="flex items-end gap-2">
                <div class="min-w-0 flex-1">
                  <label [for]="rows.id(row.key, 'value')" class="field-label">{{
                    row.name
                  }}</label>
                  <div class="relative">
                    <input
                      [id]="rows.id(row.key, 'value')"
                      type="text"
                      inputmode="decimal"
                      autocomplete="off"
                      class="field-input pr-20"
                      [value]="row.value"
                      [attr.aria-invalid]="form.errors()[rows.id(row.key, 'value')] ? true : null"
                      [attr.aria-describedby]="describedBy(row.key)"
                      (input)="rows.update(row.key, { value: $any($event.target).value })"
                    />
                    <span
                      [id]="rows.id(row.key, 'unit')"
                      class="pointer-events-none absolute inset-y-0 right-3 flex items-center text-sm text-reef-600"
                      >{{ entryUnit(row) }}</span
                    >
                  </div>
                </div>
                @if (row.units && row.units.length > 1) {
                  <select
                    [id]="rows.id(row.key, 'unit-choice')"
                    class="field-input w-auto"
                    [attr.aria-label]="'Unit of ' + row.name"
                    (change)="rows.update(row.key, { entryUnit: $any($event.target).value })"
                  >
                    @for (unit of row.units; track unit) {
                      <option [value]="unit" [selected]="unit === entryUnit(row)">
                        {{ unit }}
                      </option>
                    }
                  </select>
                }
                <ram-remove-row-button [name]="row.name" (pressed)="rows.remove(row.key)" />
              </div>
              @if (form.errors()[rows.id(row.key, 'value')]; as message) {
                <p [id]="rows.id(row.key, 'value-error')" class="field-error">{{ message }}</p>
              }
            </li>
          }
        </ul>
      }

      <ram-add-row-button
        class="mt-3"
        label="Add an element"
        [buttonId]="rows.addButtonId"
        [error]="form.errors()[rows.addButtonId]"
        (pressed)="rows.pick(tankId(), 'value')"
      />

      <ram-template-bar
        class="mt-3"
        type="TEST"
        idPrefix="manual-template"
        [tankId]="tankId()"
        [rows]="rows.rows()"
        (applied)="applyTemplate($event)"
      />

      <ram-form-field
        class="mt-4"
        fieldId="manual-notes"
        label="Notes"
        type="textarea"
        [optional]="true"
        [maxLength]="maxNotes"
        [value]="notes()"
        [error]="form.errors()['manual-notes']"
        (valueChange)="notes.set($event)"
      />

      @if (form.refusal(); as message) {
        <ram-notice class="mt-4" tone="problem" [noticeId]="form.refusalId" [text]="message" />
        @if (implausible()) {
          <div class="mt-2 flex flex-wrap gap-2">
            <button
              type="button"
              class="btn-secondary"
              data-testid="confirm-implausible"
              [disabled]="form.saving()"
              (click)="send(true)"
            >
              The values are right: save them
            </button>
          </div>
        }
      }

      <div class="mt-4 flex sm:justify-end">
        <button type="submit" class="btn-primary w-full sm:w-auto" [disabled]="form.saving()">
          {{ form.saving() ? 'Saving…' : test() ? 'Save changes' : 'Save test' }}
        </button>
      </div>
    </form>
  `,
})
export class ManualTestForm implements OnInit {
  readonly tankId = input.required<string>();
  /** The manual test to change; null enters a new one. */
  readonly test = input<TestDetail | null>(null);
  readonly today = input.required<IsoDate>();
  readonly saved = output<ManualTestSaved>();

  private readonly tests = inject(ManualTestService);
  protected readonly maxNotes = MAX_NOTES;
  protected readonly form = new FormState('manual');
  protected readonly rows = new ElementRows<MeasureRow>('test', 'manual-row', (element) => ({
    elementId: element.elementId,
    name: element.name,
    unit: element.unit,
    value: '',
    ...(element.alternateUnits?.length ? { units: [element.unit, ...element.alternateUnits] } : {}),
  }));
  /** The API asked to check readings outside what a reef tank can hold. */
  protected readonly implausible = signal(false);
  protected readonly entryUnit = entryUnitOf;
  protected readonly date = signal('');
  protected readonly notes = signal('');

  ngOnInit(): void {
    const test = this.test();
    this.date.set(test?.date ?? this.today());
    this.notes.set(test?.notes ?? '');
    this.rows.replace(
      (test?.elements ?? []).map((element) => ({
        elementId: element.elementId,
        name: element.name,
        unit: element.unit,
        value: element.value === null ? '' : String(element.value),
      })),
    );
  }

  /** Adds a template's elements as rows to fill in, focusing the first new one. */
  protected applyTemplate(elements: readonly TemplateElementToAdd[]): void {
    this.rows.addAll(
      elements.map(({ element, name, unit, alternateUnits }) => ({
        elementId: element.elementId,
        name,
        unit,
        value: '',
        ...(alternateUnits?.length ? { units: [unit, ...alternateUnits] } : {}),
      })),
      'value',
    );
  }

  protected describedBy(key: string): string {
    const unit = this.rows.id(key, 'unit');
    const error = this.form.errors()[this.rows.id(key, 'value')];
    return error ? `${unit} ${this.rows.id(key, 'value-error')}` : unit;
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    await this.send(false);
  }

  /** Checks and sends the form; `confirmImplausible` keeps values the API flagged as implausible. */
  protected async send(confirmImplausible: boolean): Promise<void> {
    this.implausible.set(false);
    const input = this.form.accept(
      checkManualTest(
        { date: this.date(), notes: this.notes(), rows: this.rows.rows() },
        this.today(),
        {
          date: 'manual-date',
          notes: 'manual-notes',
          add: this.rows.addButtonId,
          value: (key) => this.rows.id(key, 'value'),
        },
      ),
    );
    if (!input) return;
    const testId = this.test()?.id;
    const saved = await this.form.send(async () => {
      const outcome = await this.tests.save(this.tankId(), {
        ...(testId ? { testId } : {}),
        ...input,
        ...(confirmImplausible ? { confirmImplausible: true } : {}),
      });
      if (!outcome.ok && outcome.code === 'IMPLAUSIBLE_VALUE') this.implausible.set(true);
      return outcome;
    });
    if (saved) this.saved.emit(saved);
  }
}
