import { registerDecorator } from 'class-validator';
import { isIsoDate } from '../../../domain/dosing';

/** Validates a real calendar date written `YYYY-MM-DD`. */
export function IsCalendarDate(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} must be a date written YYYY-MM-DD` },
      validator: { validate: (value: unknown) => isIsoDate(value) },
    });
}
