import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  OnInit,
  inject,
  runInInjectionContext,
  input,
  output,
  signal,
} from '@angular/core';
import { Weekday } from '../../../shared/tank-calendar';
import { FormField } from '../../../shared/ui/form-field';
import { Notice } from '../../../shared/ui/notice';
import { AddRowButton, RemoveRowButton } from '../../../shared/ui/row-buttons';
import { FormState } from '../../../shared/forms/form-state';
import { ElementLookup, elementName } from '../../elements/services/catalogue-lookup';
import { ElementRow, ElementRows } from '../../elements/services/element-rows';
import { DoseAmountFields } from '../../doses/components/dose-amount-fields';
import { startingUnit } from '../../doses/services/dose-amount';
import { WeekdayToggles } from '../../programs/components/weekday-toggles';
import {
  EntryTemplate,
  MAX_TEMPLATE_NAME,
  TEMPLATE_LABELS,
  TemplateType,
  checkTemplate,
  kindOf,
} from '../services/template';
import { TemplatesService } from '../services/templates.service';

interface TemplateRow extends ElementRow {
  readonly amount: string;
  readonly unit: string;
  readonly weekdays: readonly Weekday[];
}

const EVERY_DAY: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];

/**
 * Creates or changes one template: its name and elements from the drawer (test elements for TEST,
 * the tank's dose catalogue otherwise), with a usual amount (DOSE, optional) or amount and dosing
 * days (PROGRAM).
 */
@Component({
  selector: 'ram-template-form',
  imports: [AddRowButton, DoseAmountFields, FormField, Notice, RemoveRowButton, WeekdayToggles],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block', '(keydown.escape)': 'cancelled.emit()' },
  template: `
    <form class="card" novalidate aria-labelledby="template-form-heading" (submit)="save($event)">
      <h2 id="template-form-heading" class="text-lg font-semibold text-reef-900">
        {{ template() ? 'Edit template' : 'New ' + noun() + ' template' }}
      </h2>

      <ram-form-field
        class="mt-4"
        fieldId="template-name"
        label="Name"
        [maxLength]="maxName"
        [value]="name()"
        [error]="form.errors()['template-name']"
        (valueChange)="name.set($event)"
      />

      @if (rows.rows().length > 0) {
        <ul class="mt-4 space-y-3" aria-label="Template elements">
          @for (row of rows.rows(); track row.key) {
            <li>
              <fieldset
                class="rounded-xl border border-reef-200 p-3"
                [attr.data-element]="row.elementId"
              >
                <legend class="sr-only">{{ row.name }}</legend>
                <div class="flex items-center gap-2">
                  <p class="min-w-0 flex-1 truncate font-medium text-reef-900" aria-hidden="true">
                    {{ row.name }}
                  </p>
                  <ram-remove-row-button [name]="row.name" (pressed)="rows.remove(row.key)" />
                </div>
                @if (type() !== 'TEST') {
                  <div class="mt-2 space-y-3">
                    <ram-dose-amount-fields
                      [idPrefix]="rows.rowPrefix(row.key)"
                      [amount]="row.amount"
                      [unit]="row.unit"
                      [error]="form.errors()[rows.id(row.key, 'amount')]"
                      (amountChange)="rows.update(row.key, { amount: $event })"
                      (unitChange)="rows.update(row.key, { unit: $event })"
                    />
                    @if (type() === 'DOSE') {
                      <p class="text-sm text-reef-600">
                        The amount is optional: leave it empty to type it each time.
                      </p>
                    } @else {
                      <ram-weekday-toggles
                        [idPrefix]="rows.rowPrefix(row.key)"
                        [days]="row.weekdays"
                        [error]="form.errors()[rows.id(row.key, 'days')]"
                        (daysChange)="rows.update(row.key, { weekdays: $event })"
                      />
                    }
                  </div>
                }
              </fieldset>
            </li>
          }
        </ul>
      }

      <ram-add-row-button
        class="mt-3"
        [label]="type() === 'TEST' ? 'Add an element' : 'Add a dose product'"
        [buttonId]="rows.addButtonId"
        [error]="form.errors()[rows.addButtonId]"
        (pressed)="rows.pick(tankId(), 'amount')"
      />

      @if (form.refusal(); as message) {
        <ram-notice class="mt-4" tone="problem" [noticeId]="form.refusalId" [text]="message" />
      }

      <div class="mt-4 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <button type="button" class="btn-secondary" (click)="cancelled.emit()">Cancel</button>
        <button type="submit" class="btn-primary" [disabled]="form.saving()">
          {{ form.saving() ? 'Saving…' : 'Save template' }}
        </button>
      </div>
    </form>
  `,
})
export class TemplateForm implements OnInit {
  readonly tankId = input.required<string>();
  readonly type = input.required<TemplateType>();
  /** The template to change; null makes a new one. */
  readonly template = input<EntryTemplate | null>(null);
  readonly lookup = input.required<ElementLookup>();
  readonly saved = output<EntryTemplate>();
  readonly cancelled = output();

  private readonly templates = inject(TemplatesService);
  protected readonly maxName = MAX_TEMPLATE_NAME;
  protected readonly form = new FormState('template');
  protected readonly name = signal('');
  protected rows!: ElementRows<TemplateRow>;

  private readonly injector = inject(Injector);

  protected noun(): string {
    return TEMPLATE_LABELS[this.type()].noun;
  }

  ngOnInit(): void {
    // The catalogue follows the type, known once the inputs are set.
    this.rows = runInInjectionContext(
      this.injector,
      () =>
        new ElementRows<TemplateRow>(kindOf(this.type()), 'template-row', (element) => ({
          elementId: element.elementId,
          name: element.name,
          amount: '',
          unit: startingUnit(element.unit),
          weekdays: EVERY_DAY,
        })),
    );
    const template = this.template();
    this.name.set(template?.name ?? '');
    this.rows.replace(
      (template?.elements ?? []).map((element) => ({
        elementId: element.elementId,
        name: elementName(this.lookup(), element.elementId),
        amount: element.amount === undefined ? '' : String(element.amount),
        unit: element.unit ?? startingUnit(this.lookup().get(element.elementId)?.unit),
        weekdays: element.weekdays ?? EVERY_DAY,
      })),
    );
    this.form.focus('template-name');
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const type = this.type();
    const value = this.form.accept(
      checkTemplate(
        type,
        { name: this.name(), rows: this.rows.rows() },
        {
          name: 'template-name',
          add: this.rows.addButtonId,
          row: (key, field) => this.rows.id(key, field),
        },
      ),
    );
    if (!value) return;
    const templateId = this.template()?.templateId;
    const saved = await this.form.send(() =>
      this.templates.save({
        tankId: this.tankId(),
        ...(templateId ? { templateId } : {}),
        type,
        ...value,
      }),
    );
    if (saved) this.saved.emit(saved);
  }
}
