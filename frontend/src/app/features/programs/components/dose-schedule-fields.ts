import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FieldErrors } from '../../../shared/forms/form-check';
import { DoseAmountFields } from '../../doses/components/dose-amount-fields';
import { ElementRows } from '../../elements/services/element-rows';
import { ProgramRow } from '../services/program';
import { WeekdayToggles } from './weekday-toggles';

/** A form row dosed on a schedule: a program element, or a DOSE or PROGRAM template element. */
export type DoseScheduleRow = ProgramRow;

/**
 * The amount, unit and (unless `withDays` is false) dosing days of one element row, bound to the
 * form's rows: field ids are the rows' (`<rowPrefix>-amount`, `-unit`, `-days`) and each field
 * shows the form's problem about it. Anything projected follows the fields.
 */
@Component({
  selector: 'ram-dose-schedule-fields',
  imports: [DoseAmountFields, WeekdayToggles],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'block space-y-3' },
  template: `
    @let key = row().key;
    <ram-dose-amount-fields
      [idPrefix]="rows().rowPrefix(key)"
      [amount]="row().amount"
      [unit]="row().unit"
      [error]="errors()[rows().id(key, 'amount')]"
      (amountChange)="rows().update(key, { amount: $event })"
      (unitChange)="rows().update(key, { unit: $event })"
    />
    @if (withDays()) {
      <ram-weekday-toggles
        [idPrefix]="rows().rowPrefix(key)"
        [days]="row().weekdays"
        [error]="errors()[rows().id(key, 'days')]"
        (daysChange)="rows().update(key, { weekdays: $event })"
      />
    }
    <ng-content />
  `,
})
export class DoseScheduleFields {
  readonly rows =
    input.required<Pick<ElementRows<DoseScheduleRow>, 'rowPrefix' | 'id' | 'update'>>();
  readonly row = input.required<DoseScheduleRow>();
  readonly errors = input.required<FieldErrors>();
  readonly withDays = input(true);
}
