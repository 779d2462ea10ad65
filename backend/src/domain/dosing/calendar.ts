/**
 * Calendar dates of dosing. A dose belongs to a tank's local date (`YYYY-MM-DD`), never to an
 * instant: the arithmetic below works on plain dates, and an instant becomes a date only through
 * {@link localDateOf} with the tank's IANA time zone.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** Day of the week, Sunday = 0 … Saturday = 6 (as `Date.getUTCDay`). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const WEEKDAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const utcMidnight = (date: IsoDate): number => Date.parse(`${date}T00:00:00Z`);
const toIsoDate = (epochMs: number): IsoDate => new Date(epochMs).toISOString().slice(0, 10);

/**
 * True for a real calendar date written `YYYY-MM-DD`.
 *
 * @example isIsoDate('2024-02-29') // true
 * @example isIsoDate('2025-02-29') // false
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const ms = utcMidnight(value);
  return Number.isFinite(ms) && toIsoDate(ms) === value;
}

export function isWeekday(value: unknown): value is Weekday {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 6;
}

/** @example addDays('2025-03-01', -1) // '2025-02-28' */
export function addDays(date: IsoDate, days: number): IsoDate {
  return toIsoDate(utcMidnight(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** @example weekdayOf('2025-01-05') // 0 (a Sunday) */
export function weekdayOf(date: IsoDate): Weekday {
  return new Date(utcMidnight(date)).getUTCDay() as Weekday;
}

export const earlierOf = (a: IsoDate, b: IsoDate): IsoDate => (a <= b ? a : b);
export const laterOf = (a: IsoDate, b: IsoDate): IsoDate => (a >= b ? a : b);

/** Every date from `from` to `to`, both included; empty when `to` is before `from`. */
export function datesBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const count = daysBetween(from, to) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(from, i));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The calendar date an instant falls on in a time zone: a tank's "today".
 *
 * @example localDateOf(new Date('2025-01-06T01:00:00Z'), 'Pacific/Honolulu') // '2025-01-05'
 * @example localDateOf(new Date('2025-01-06T11:00:00Z'), 'Pacific/Tongatapu') // '2025-01-07'
 */
export function localDateOf(instant: Date, timeZone: string): IsoDate {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
