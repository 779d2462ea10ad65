import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RemoveRowButton } from './row-buttons';

/**
 * The frame of one element row in a form, on the row's own `<fieldset>`: the element's name as
 * the (screen-reader) legend and as a visible heading, its Remove button, then the row's fields.
 *
 * @example
 * <fieldset ramElementRow class="rounded-xl border border-reef-200 p-3" [rowName]="row.name"
 *   (removed)="rows.remove(row.key)"> …fields… </fieldset>
 */
@Component({
  // eslint-disable-next-line @angular-eslint/component-selector -- a fieldset keeps the form's native grouping and legend
  selector: 'fieldset[ramElementRow]',
  imports: [RemoveRowButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <legend class="sr-only">{{ rowName() }}</legend>
    <div class="flex items-center gap-2">
      <p class="min-w-0 flex-1 truncate font-medium text-reef-900" aria-hidden="true">
        {{ rowName() }}
      </p>
      <ram-remove-row-button [name]="rowName()" (pressed)="removed.emit()" />
    </div>
    <ng-content />
  `,
})
export class ElementRowFrame {
  readonly rowName = input.required<string>();
  readonly removed = output();
}
