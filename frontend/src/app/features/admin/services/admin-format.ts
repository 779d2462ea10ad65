/** Formatting the console's figures for a reader. */

/**
 * US dollars with as many decimals as a small figure needs (a PDF costs fractions of a cent).
 *
 * @example usd(0.0000649) // '$0.000065'
 * @example usd(12.3) // '$12.30'
 */
export function usd(value: number): string {
  if (value === 0) return '$0';
  if (Math.abs(value) >= 0.01) return `$${value.toFixed(2)}`;
  const digits = Math.min(8, 1 - Math.floor(Math.log10(Math.abs(value))));
  return `$${value.toFixed(digits)}`;
}

/** @example signedPct(-75) // '−75%' ; signedPct(null) // '—' */
export function signedPct(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value)}%`;
}

/** A short local date and time, or a dash. */
export function when(iso: string | undefined | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** Each bar's share of the largest value, in % (for CSS bar charts). */
export function barShares(values: readonly number[]): number[] {
  const max = Math.max(0, ...values);
  return values.map((v) => (max > 0 ? Math.round((v / max) * 1000) / 10 : 0));
}
