import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/**
 * A labelled text, date or multi-line field with its problem under it. The problem marks the field
 * invalid and is read with it; its id is `<fieldId>-error`.
 */
@Component({
  selector: 'ram-form-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <label [for]="fieldId()" class="field-label"
      >{{ label() }}
      @if (optional()) {
        <span class="font-normal text-reef-600">(optional)</span>
      }
    </label>
    @if (type() === 'textarea') {
      <textarea
        [id]="fieldId()"
        rows="3"
        class="field-input"
        [attr.maxlength]="maxLength()"
        [value]="value()"
        [attr.aria-invalid]="error() ? true : null"
        [attr.aria-describedby]="error() ? fieldId() + '-error' : null"
        (input)="valueChange.emit($any($event.target).value)"
      ></textarea>
    } @else {
      <input
        [id]="fieldId()"
        [type]="type()"
        class="field-input"
        autocomplete="off"
        [attr.max]="max()"
        [attr.maxlength]="maxLength()"
        [value]="value()"
        [attr.aria-invalid]="error() ? true : null"
        [attr.aria-describedby]="error() ? fieldId() + '-error' : null"
        (input)="valueChange.emit($any($event.target).value)"
      />
    }
    @if (error(); as message) {
      <p [id]="fieldId() + '-error'" class="field-error">{{ message }}</p>
    }
  `,
})
export class FormField {
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly value = input.required<string>();
  readonly type = input<'text' | 'date' | 'textarea'>('text');
  readonly error = input<string | null | undefined>(null);
  readonly optional = input(false);
  /** The latest date a date field offers. */
  readonly max = input<string | null>(null);
  readonly maxLength = input<number | null>(null);
  readonly valueChange = output<string>();
}
