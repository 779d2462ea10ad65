import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  OnInit,
  afterNextRender,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import {
  RANGE_FIELDS,
  RangeField,
  RangeFieldErrors,
  checkRange,
  rangeText,
} from '../services/range-input';
import { TankRange, TankRangeList } from '../services/target-range.model';
import { TargetRangesService } from '../services/target-ranges.service';

/** What changed, for the page to show and announce. */
export interface RangeChange {
  readonly list: TankRangeList;
  readonly kind: 'saved' | 'reset';
}

/** Edits one element's range (low, target, high) and can put it back to the method default. */
@Component({
  selector: 'ram-range-editor',
  imports: [ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block', '(keydown.escape)': 'cancelled.emit()' },
  template: `
    <form
      [formGroup]="form"
      (ngSubmit)="save()"
      novalidate
      class="rounded-xl border border-reef-200 bg-reef-50/60 p-4"
      [attr.aria-label]="'Target range for ' + range().name"
    >
      <div class="grid grid-cols-3 gap-2 sm:gap-4">
        @for (field of fields; track field.key) {
          <div class="min-w-0">
            <label [for]="id(field.key)" class="field-label">
              {{ field.label }} <span class="font-normal text-reef-600">({{ range().unit }})</span>
            </label>
            <input
              [id]="id(field.key)"
              type="number"
              inputmode="decimal"
              min="0"
              step="any"
              class="field-input"
              [formControlName]="field.key"
              [attr.aria-invalid]="errors()[field.key] ? true : null"
              [attr.aria-describedby]="errors()[field.key] ? id(field.key + '-error') : null"
            />
          </div>
        }
      </div>
      @for (field of fields; track field.key) {
        @if (errors()[field.key]; as message) {
          <p [id]="id(field.key + '-error')" class="field-error">{{ message }}</p>
        }
      }
      <p class="mt-2 text-sm text-reef-700">
        Method default: {{ defaultText() }}. Leave a field empty to have no bound there.
      </p>
      @if (formError(); as message) {
        <p class="mt-3 rounded-lg bg-coral-50 p-3 text-sm text-coral-800" role="alert">
          {{ message }}
        </p>
      }
      <div class="mt-4 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        @if (range().current.source === 'CUSTOM') {
          <button
            type="button"
            class="btn-secondary sm:mr-auto"
            [disabled]="busy()"
            (click)="reset()"
          >
            Reset to default
          </button>
        }
        <button type="button" class="btn-secondary" (click)="cancelled.emit()">Cancel</button>
        <button type="submit" class="btn-primary" [disabled]="busy()">
          {{ busy() ? 'Saving…' : 'Save range' }}
        </button>
      </div>
    </form>
  `,
})
export class RangeEditor implements OnInit {
  readonly tankId = input.required<string>();
  readonly range = input.required<TankRange>();
  readonly changed = output<RangeChange>();
  readonly cancelled = output();

  private readonly ranges = inject(TargetRangesService);
  private readonly document = inject(DOCUMENT);

  protected readonly fields: readonly { key: RangeField; label: string }[] = [
    { key: 'low', label: 'Low' },
    { key: 'target', label: 'Target' },
    { key: 'high', label: 'High' },
  ];
  protected readonly form = new FormGroup({
    low: new FormControl<number | null>(null),
    target: new FormControl<number | null>(null),
    high: new FormControl<number | null>(null),
  });
  protected readonly errors = signal<RangeFieldErrors>({});
  protected readonly formError = signal<string | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    afterNextRender(() => this.focus('low'));
  }

  ngOnInit(): void {
    const { low, target, high } = this.range().current;
    this.form.setValue({ low: low ?? null, target: target ?? null, high: high ?? null });
  }

  protected id(part: string): string {
    return `range-${this.range().elementId}-${part}`;
  }

  protected defaultText(): string {
    return rangeText(this.range().methodDefault, this.range().unit);
  }

  protected async save(): Promise<void> {
    this.formError.set(null);
    const checked = checkRange(this.form.getRawValue());
    if ('errors' in checked) {
      this.errors.set(checked.errors);
      const first = RANGE_FIELDS.find((field) => checked.errors[field]);
      if (first) this.focus(first);
      return;
    }
    this.errors.set({});
    await this.run('saved', () =>
      this.ranges.save(this.tankId(), this.range().elementId, checked.bounds),
    );
  }

  protected async reset(): Promise<void> {
    this.formError.set(null);
    await this.run('reset', () => this.ranges.reset(this.tankId(), this.range().elementId));
  }

  private async run(
    kind: RangeChange['kind'],
    call: () => ReturnType<TargetRangesService['save']>,
  ): Promise<void> {
    this.busy.set(true);
    const result = await call();
    this.busy.set(false);
    if (result.ok) this.changed.emit({ list: result.value, kind });
    else this.formError.set(result.message ?? 'That did not go through. Try again in a moment.');
  }

  private focus(field: RangeField): void {
    this.document.getElementById(this.id(field))?.focus();
  }
}
