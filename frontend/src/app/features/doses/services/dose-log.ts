import { isIsoDate } from '../../../shared/tank-calendar';
import { Checked } from '../../../shared/forms/form-check';
import { parseNumber } from '../../../shared/format';
import { ElementRow } from '../../elements/services/element-rows';
import { DoseToLog } from './dose-day';
import { amountProblem } from './dose-amount';

/** Most consecutive days one logged dose may cover (the API's limit). */
export const MAX_DOSE_DAYS = 90;

/** A dose product row of the log form, as typed. */
export interface DoseRow extends ElementRow {
  readonly amount: string;
  readonly unit: string;
  readonly days: string;
}

/** The ids the log form's fields have. */
export interface DoseLogIds {
  readonly date: string;
  readonly add: string;
  row(key: string, field: 'amount' | 'days'): string;
}

/**
 * Checks the log form before it is sent: a real date, at least one product, each with an amount of
 * zero or more and 1 to 90 days.
 */
export function checkDoseLog(
  date: string,
  rows: readonly DoseRow[],
  ids: DoseLogIds,
): Checked<DoseToLog[]> {
  const errors: Record<string, string> = {};
  if (!isIsoDate(date)) errors[ids.date] = 'Choose the day of the first dose.';
  if (rows.length === 0) errors[ids.add] = 'Add at least one dose product.';
  for (const row of rows) {
    const amount = amountProblem(row.amount);
    if (amount) errors[ids.row(row.key, 'amount')] = amount;
    const days = Number(row.days);
    if (!Number.isInteger(days) || days < 1 || days > MAX_DOSE_DAYS) {
      errors[ids.row(row.key, 'days')] = `Enter a whole number of days from 1 to ${MAX_DOSE_DAYS}.`;
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: rows.map((row) => ({
      elementId: row.elementId,
      amount: parseNumber(row.amount) ?? 0,
      unit: row.unit,
      days: Number(row.days),
    })),
  };
}
