/**
 * A stored code as words a keeper reads, e.g. `humanizeCode('FAUNA_MARIN')` → `Fauna Marin`.
 */
export function humanizeCode(code: string): string {
  return code
    .toLowerCase()
    .split(/[_\s-]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');
}

/** A greeting for the hour of the day on the keeper's clock. */
export function greetingFor(date: Date): string {
  const hour = date.getHours();
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

/**
 * How many digits {@link numberText} keeps: at most `maxDecimals` decimals, or `'significant'`,
 * four significant digits (whole numbers from 1,000 on) for lab readings of any size.
 */
export type NumberPrecision = { readonly maxDecimals: number } | 'significant';

const WHOLE = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const FOUR_SIGNIFICANT = new Intl.NumberFormat('en', { maximumSignificantDigits: 4 });
const BY_DECIMALS = new Map<number, Intl.NumberFormat>();

/**
 * A number as keepers read it, thousands grouped: by default with at most three decimals (dose
 * amounts); range bounds and Reef Review values keep four, ICP readings four significant digits.
 *
 * @example numberText(1234.56789); // '1,234.568'
 * @example numberText(0.01234, { maxDecimals: 4 }); // '0.0123'
 * @example numberText(412.53, 'significant'); // '412.5'
 */
export function numberText(value: number, precision: NumberPrecision = { maxDecimals: 3 }): string {
  if (precision === 'significant') {
    return Math.abs(value) >= 1000 ? WHOLE.format(value) : FOUR_SIGNIFICANT.format(value);
  }
  let format = BY_DECIMALS.get(precision.maxDecimals);
  if (!format) {
    format = new Intl.NumberFormat('en', { maximumFractionDigits: precision.maxDecimals });
    BY_DECIMALS.set(precision.maxDecimals, format);
  }
  return format.format(value);
}

/**
 * The number typed into a text field, or null when it is not one. Accepts a decimal comma.
 *
 * @example parseNumber(' 2,5 '); // 2.5
 */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}
