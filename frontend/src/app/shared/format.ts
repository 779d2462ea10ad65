import { formatDate, formatNumber } from '@angular/common';
import { appLocale, dayFormat } from './locale';

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

/** Decimals that keep four significant digits of `value`; none from 1,000 on. */
function significantDecimals(value: number): number {
  const magnitude = value === 0 ? 0 : Math.floor(Math.log10(Math.abs(value)));
  return Math.max(0, 3 - magnitude);
}

/**
 * A number as keepers read it in their locale ({@link appLocale}), thousands grouped: by default
 * with at most three decimals (dose amounts); range bounds and Reef Review values keep four, ICP
 * readings four significant digits.
 *
 * @example numberText(1234.56789); // '1,234.568' (in German: '1.234,568')
 * @example numberText(0.01234, { maxDecimals: 4 }); // '0.0123'
 * @example numberText(412.53, 'significant', 'de'); // '412,5'
 */
export function numberText(
  value: number,
  precision: NumberPrecision = { maxDecimals: 3 },
  locale: string = appLocale(),
): string {
  const decimals = precision === 'significant' ? significantDecimals(value) : precision.maxDecimals;
  return formatNumber(value, locale, `1.0-${decimals}`);
}

/**
 * A reading below the lab's detection limit in words, from what the lab printed: `< 0,1` becomes
 * `below 0.1 µg/l` (the number in the keeper's locale); `n.n.`, `n.d.` or nothing become
 * `not detected`.
 *
 * @example nonDetectText('< 0,1', 'µg/l'); // 'below 0.1 µg/l'
 * @example nonDetectText('n.n.', 'µg/l'); // 'not detected'
 */
export function nonDetectText(
  printed: string | undefined,
  unit: string,
  locale: string = appLocale(),
): string {
  const limit = /^\s*(?:<|≤|&lt;|unter|below)\s*([\d.,]+)/i.exec(printed ?? '');
  const value = limit ? parseNumber(limit[1]) : null;
  return value === null
    ? 'not detected'
    : `below ${numberText(value, 'significant', locale)} ${unit}`;
}

/**
 * ISO dates (`2026-02-01`) inside a sentence, e.g. a trend signal from the API, as the keeper
 * reads dates: `1 Feb 2026`.
 *
 * @example datesInText('↓ 31% since 2026-02-01'); // '↓ 31% since 1 Feb 2026'
 */
export function datesInText(text: string, locale: string = appLocale()): string {
  return text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (iso) =>
    formatDate(iso, dayFormat('medium', locale), locale, 'UTC'),
  );
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
