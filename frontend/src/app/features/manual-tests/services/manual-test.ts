import type { TestDetail } from '../../../shared/tests/test-result';
import { IsoDate, isIsoDate } from '../../../shared/tank-calendar';
import { Checked } from '../../../shared/forms/form-check';
import { parseNumber } from '../../../shared/format';
import { ElementRow } from '../../elements/services/element-rows';

/** What `/test/history/save` answers: the evaluated test, and the Reef Review it led to, if any. */
export interface ManualTestSaved {
  readonly test: TestDetail;
  readonly reviewId?: string;
}

/** What `/test/history/save` takes, less the tank. */
export interface ManualTestInput {
  readonly testId?: string;
  readonly date: IsoDate;
  readonly notes?: string;
  readonly elements: readonly {
    readonly elementId: string;
    readonly value: number;
    /** Only when the keeper read it in another unit than the catalogue's. */
    readonly unit?: string;
  }[];
  /** The keeper checked values the API flagged as implausible and keeps them. */
  readonly confirmImplausible?: boolean;
}

/** A measured element as typed into the form, in `entryUnit` (the catalogue's `unit` unless chosen otherwise). */
export interface MeasureRow extends ElementRow {
  readonly unit: string;
  readonly value: string;
  /** The units the element can be entered in, the catalogue's first; absent when only that one. */
  readonly units?: readonly string[];
  readonly entryUnit?: string;
}

/** The unit a row's value is typed in. */
export const entryUnitOf = (row: MeasureRow): string => row.entryUnit ?? row.unit;

export const MAX_NOTES = 1000;

export interface ManualTestIds {
  readonly date: string;
  readonly notes: string;
  readonly add: string;
  value(key: string): string;
}

/**
 * Checks the form before it is sent: a date no later than the tank's today, at least one element,
 * and a value of zero or more for each.
 */
export function checkManualTest(
  form: { readonly date: string; readonly notes: string; readonly rows: readonly MeasureRow[] },
  today: IsoDate,
  ids: ManualTestIds,
): Checked<Omit<ManualTestInput, 'testId'>> {
  const errors: Record<string, string> = {};
  if (!isIsoDate(form.date)) errors[ids.date] = 'Choose the day you tested.';
  else if (today && form.date > today) errors[ids.date] = 'The test day cannot be after today.';
  const notes = form.notes.trim();
  if (notes.length > MAX_NOTES) errors[ids.notes] = `Keep the notes to ${MAX_NOTES} characters.`;
  if (form.rows.length === 0) errors[ids.add] = 'Add at least one element you measured.';
  for (const row of form.rows) {
    const value = parseNumber(row.value);
    if (value === null)
      errors[ids.value(row.key)] = `Enter the ${row.name} value in ${entryUnitOf(row)}.`;
    else if (value < 0) errors[ids.value(row.key)] = 'A measured value cannot be negative.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      date: form.date,
      ...(notes ? { notes } : {}),
      elements: form.rows.map((row) => ({
        elementId: row.elementId,
        value: parseNumber(row.value) ?? 0,
        ...(entryUnitOf(row) !== row.unit ? { unit: entryUnitOf(row) } : {}),
      })),
    },
  };
}
