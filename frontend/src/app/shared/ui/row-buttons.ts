import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/** The button under a form's element rows that opens the picker, with the form's problem about it. */
@Component({
  selector: 'ram-add-row-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block' },
  template: `
    <button
      type="button"
      class="btn-secondary w-full sm:w-auto"
      [id]="buttonId()"
      [attr.aria-describedby]="error() ? buttonId() + '-error' : null"
      (click)="pressed.emit()"
    >
      <span aria-hidden="true">+</span> {{ label() }}
    </button>
    @if (error(); as message) {
      <p [id]="buttonId() + '-error'" class="field-error">{{ message }}</p>
    }
  `,
})
export class AddRowButton {
  readonly buttonId = input.required<string>();
  readonly label = input.required<string>();
  readonly error = input<string | null | undefined>(null);
  readonly pressed = output();
}

/** Takes one element row out of a form; named after the element for screen readers. */
@Component({
  selector: 'ram-remove-row-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'contents' },
  template: `
    <button
      type="button"
      class="min-h-11 shrink-0 rounded-lg px-3 text-sm font-medium text-coral-700 hover:bg-coral-50"
      [attr.aria-label]="'Remove ' + name()"
      (click)="pressed.emit()"
    >
      Remove
    </button>
  `,
})
export class RemoveRowButton {
  readonly name = input.required<string>();
  readonly pressed = output();
}
