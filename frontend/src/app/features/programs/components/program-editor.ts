import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { EVERY_DAY, IsoDate } from '../../../shared/tank-calendar';
import { FormField } from '../../../shared/ui/form-field';
import { Notice } from '../../../shared/ui/notice';
import { ElementRowFrame } from '../../../shared/ui/element-row-frame';
import { AddRowButton } from '../../../shared/ui/row-buttons';
import { FormState } from '../../../shared/forms/form-state';
import { ElementLookup, elementName } from '../../elements/services/catalogue-lookup';
import { startingUnit } from '../../doses/services/dose-amount';
import { ElementRows } from '../../elements/services/element-rows';
import { TemplateBar, TemplateElementToAdd } from '../../templates/components/template-bar';
import {
  DosingProgram,
  MAX_PROGRAM_NAME,
  ProgramElement,
  ProgramRow,
  ProgramSaved,
  ProgramStatus,
  checkProgramForm,
  compareWithSuggestion,
  doseText,
  droppedSuggestions,
  elementOf,
  versioningNote,
} from '../services/program';
import { ProgramHistoryService } from '../services/program-history.service';
import { SuggestionVersus } from './suggestion-versus';
import { DoseScheduleFields } from './dose-schedule-fields';

/** What the editor is for: a new program, changing one, or activating a draft (after changes). */
export type EditorIntent = 'create' | 'edit' | 'activate';

/**
 * Creates or edits a program: its name, start date and elements (amount, unit, dosing days). For a
 * RaM draft each element shows RaM's suggestion beside the keeper's value, and activation sends the
 * suggestion as it was made so the API can record what the keeper changed.
 */
@Component({
  selector: 'ram-program-editor',
  imports: [
    AddRowButton,
    DoseScheduleFields,
    ElementRowFrame,
    FormField,
    Notice,
    SuggestionVersus,
    TemplateBar,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block', '(keydown.escape)': 'cancelled.emit()' },
  templateUrl: './program-editor.html',
})
export class ProgramEditor implements OnInit {
  readonly tankId = input.required<string>();
  /** The program to change; null creates one. */
  readonly program = input<DosingProgram | null>(null);
  readonly intent = input<EditorIntent>('create');
  readonly today = input.required<IsoDate>();
  readonly lookup = input.required<ElementLookup>();
  readonly saved = output<ProgramSaved>();
  readonly cancelled = output();

  private readonly programs = inject(ProgramHistoryService);
  protected readonly maxName = MAX_PROGRAM_NAME;
  protected readonly form = new FormState('program');
  protected readonly rows = new ElementRows<ProgramRow>('dose', 'program-row', (element) => ({
    elementId: element.elementId,
    name: element.name,
    amount: '',
    unit: startingUnit(element.unit),
    weekdays: EVERY_DAY,
  }));
  protected readonly name = signal('');
  protected readonly startDate = signal('');

  protected readonly suggestion = computed(() => this.program()?.source?.suggestion ?? null);
  protected readonly dropped = computed(() => {
    const suggestion = this.suggestion();
    if (!suggestion) return [];
    return droppedSuggestions(
      this.rows.rows().map((row) => row.elementId),
      suggestion,
    );
  });
  protected readonly versioning = computed(() => {
    const program = this.program();
    return program && this.intent() === 'edit' ? versioningNote(program, this.today()) : null;
  });
  protected readonly heading = computed(() => {
    const intent = this.intent();
    if (intent === 'create') return 'New program';
    return intent === 'activate' ? 'Activate this draft' : 'Edit program';
  });

  ngOnInit(): void {
    const program = this.program();
    const intent = this.intent();
    this.name.set(program?.name ?? '');
    const start = program?.startDate ?? this.today();
    // An activated draft doses from today, not from the day RaM drafted it.
    this.startDate.set(intent === 'activate' && start < this.today() ? this.today() : start);
    this.rows.replace((program?.elements ?? []).map((element) => this.rowOf(element)));
    this.form.focus('program-name');
  }

  /** Adds a template's elements with their amounts and days, focusing the first new row. */
  protected applyTemplate(elements: readonly TemplateElementToAdd[]): void {
    this.rows.addAll(
      elements.map(({ element, name, unit }) => ({
        elementId: element.elementId,
        name,
        amount: element.amount === undefined ? '' : String(element.amount),
        unit: element.unit ?? startingUnit(unit),
        weekdays: element.weekdays ?? EVERY_DAY,
      })),
      'amount',
    );
  }

  protected nameOf(row: { readonly elementId: string; readonly name?: string }): string {
    return (
      this.lookup().get(row.elementId)?.name ??
      row.name ??
      elementName(this.lookup(), row.elementId)
    );
  }

  protected compare(row: ProgramRow) {
    const suggestion = this.suggestion();
    return suggestion ? compareWithSuggestion(elementOf(row), suggestion) : null;
  }

  protected suggestionText(element: ProgramElement): string {
    return doseText(element);
  }

  protected addBack(element: ProgramElement): void {
    this.rows.addAll([this.rowOf(element)], 'amount');
  }

  protected async save(status: ProgramStatus | null, event?: Event): Promise<void> {
    event?.preventDefault();
    const program = this.program();
    const value = this.form.accept(
      checkProgramForm(
        { name: this.name(), startDate: this.startDate(), rows: this.rows.rows() },
        {
          name: 'program-name',
          startDate: 'program-start',
          add: this.rows.addButtonId,
          row: (key, field) => this.rows.id(key, field),
        },
      ),
    );
    if (!value) return;
    const saved = await this.form.send(() =>
      this.programs.save({
        tankId: this.tankId(),
        ...(program ? { programId: program.programId } : {}),
        ...value,
        status: status ?? this.defaultStatus(),
        ...(program?.endDate ? { endDate: program.endDate } : {}),
        // The suggestion goes back exactly as RaM made it: the API compares it with the elements.
        ...(program?.source ? { source: program.source } : {}),
      }),
    );
    if (saved) this.saved.emit(saved);
  }

  private defaultStatus(): ProgramStatus {
    const intent = this.intent();
    if (intent === 'activate' || intent === 'create') return 'active';
    return this.program()?.status ?? 'draft';
  }

  private rowOf(element: ProgramElement): Omit<ProgramRow, 'key'> {
    return {
      elementId: element.elementId,
      name: elementName(this.lookup(), element.elementId),
      amount: String(element.amount),
      unit: element.unit,
      weekdays: element.weekdays,
    };
  }
}
