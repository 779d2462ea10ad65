import { numberText } from '../../../shared/format';
import { RangeBounds } from './target-range.model';

export type RangeField = 'low' | 'target' | 'high';
export type RangeFieldErrors = Partial<Record<RangeField, string>>;

/** The range fields in the order the form shows them. */
export const RANGE_FIELDS: readonly RangeField[] = ['low', 'target', 'high'];

/** A bound as the keeper typed it: at most four decimals. */
const boundText = (value: number) => numberText(value, { maxDecimals: 4 });

const FIELD_WORDS: Record<RangeField, string> = { low: 'Low', target: 'Target', high: 'High' };

/** What the range form holds: a number per field, or null where the keeper left it empty. */
export type RangeDraft = Record<RangeField, number | null>;

/**
 * Checks a range before it is saved: at least one bound, no negative values, and
 * `low ≤ target ≤ high` for the bounds given. Answers the bounds to send, or the errors per field.
 *
 * @example checkRange({ low: 400, target: 380, high: 450 });
 * // { errors: { target: 'Target must be at least the low value (400).' } }
 */
export function checkRange(
  draft: RangeDraft,
): { bounds: RangeBounds } | { errors: RangeFieldErrors } {
  const errors: RangeFieldErrors = {};
  for (const field of RANGE_FIELDS) {
    const value = draft[field];
    if (value !== null && (!Number.isFinite(value) || value < 0)) {
      errors[field] = `${FIELD_WORDS[field]} must be a number of zero or more.`;
    }
  }
  const { low, target, high } = draft;
  if (low === null && target === null && high === null) {
    errors.low = 'Enter at least one of low, target or high.';
  }
  if (!errors.target && target !== null && low !== null && target < low) {
    errors.target = `Target must be at least the low value (${boundText(low)}).`;
  }
  if (!errors.high && high !== null && target !== null && high < target) {
    errors.high = `High must be at least the target (${boundText(target)}).`;
  } else if (!errors.high && high !== null && low !== null && high < low) {
    errors.high = `High must be at least the low value (${boundText(low)}).`;
  }
  if (Object.keys(errors).length > 0) return { errors };
  return {
    bounds: {
      ...(low !== null ? { low } : {}),
      ...(target !== null ? { target } : {}),
      ...(high !== null ? { high } : {}),
    },
  };
}

/**
 * A range in words, e.g. `400–450 mg/l, target 420`, `up to 0.5 µg/l`, or `No range`.
 *
 * @example rangeText({ low: 400, high: 450, target: 420 }, 'mg/l'); // '400–450 mg/l, target 420'
 */
export function rangeText(range: RangeBounds | undefined, unit: string): string {
  const { low, high, target } = range ?? {};
  const suffix = unit ? ` ${unit}` : '';
  let band: string | null = null;
  if (low !== undefined && high !== undefined)
    band = `${boundText(low)}–${boundText(high)}${suffix}`;
  else if (low !== undefined) band = `at least ${boundText(low)}${suffix}`;
  else if (high !== undefined) band = `up to ${boundText(high)}${suffix}`;
  if (target === undefined) return band ?? 'No range';
  return band ? `${band}, target ${boundText(target)}` : `target ${boundText(target)}${suffix}`;
}
