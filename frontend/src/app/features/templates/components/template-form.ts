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
import { EVERY_DAY } from '../../../shared/tank-calendar';
import { FormField } from '../../../shared/ui/form-field';
import { Notice } from '../../../shared/ui/notice';
import { ElementRowFrame } from '../../../shared/ui/element-row-frame';
import { AddRowButton } from '../../../shared/ui/row-buttons';
import { FormState } from '../../../shared/forms/form-state';
import { ElementLookup, elementName } from '../../elements/services/catalogue-lookup';
import { ElementRows } from '../../elements/services/element-rows';
import { startingUnit } from '../../doses/services/dose-amount';
import {
  DoseScheduleFields,
  DoseScheduleRow,
} from '../../programs/components/dose-schedule-fields';
import {
  EntryTemplate,
  MAX_TEMPLATE_NAME,
  TEMPLATE_LABELS,
  TemplateType,
  checkTemplate,
  kindOf,
} from '../services/template';
import { TemplatesService } from '../services/templates.service';

/**
 * Creates or changes one template: its name and elements from the drawer (test elements for TEST,
 * the tank's dose catalogue otherwise), with a usual amount (DOSE, optional) or amount and dosing
 * days (PROGRAM).
 */
@Component({
  selector: 'ram-template-form',
  imports: [AddRowButton, DoseScheduleFields, ElementRowFrame, FormField, Notice],
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
                ramElementRow
                class="rounded-xl border border-reef-200 p-3"
                [attr.data-element]="row.elementId"
                [rowName]="row.name"
                (removed)="rows.remove(row.key)"
              >
                @if (type() !== 'TEST') {
                  <ram-dose-schedule-fields
                    class="mt-2"
                    [rows]="rows"
                    [row]="row"
                    [errors]="form.errors()"
                    [withDays]="type() === 'PROGRAM'"
                  >
                    @if (type() === 'DOSE') {
                      <p class="text-sm text-reef-600">
                        The amount is optional: leave it empty to type it each time.
                      </p>
                    }
                  </ram-dose-schedule-fields>
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
  protected rows!: ElementRows<DoseScheduleRow>;

  private readonly injector = inject(Injector);

  protected noun(): string {
    return TEMPLATE_LABELS[this.type()].noun;
  }

  ngOnInit(): void {
    // The catalogue follows the type, known once the inputs are set.
    this.rows = runInInjectionContext(
      this.injector,
      () =>
        new ElementRows<DoseScheduleRow>(kindOf(this.type()), 'template-row', (element) => ({
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
