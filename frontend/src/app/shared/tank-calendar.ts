/**
 * Plain calendar dates (`YYYY-MM-DD`) on a tank's own calendar, and the days of its week. Doses,
 * programs and manual tests belong to the tank's local date, never to an instant, so the arithmetic
 * here works on dates only.
 */
export type IsoDate = string;

/** Day of the week, Sunday = 0 … Saturday = 6, as the API stores program days. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** The days of the week, Sunday first, as programs list them. */
export const WEEKDAYS: readonly {
  readonly day: Weekday;
  readonly short: string;
  readonly long: string;
}[] = [
  { day: 0, short: 'Sun', long: 'Sunday' },
  { day: 1, short: 'Mon', long: 'Monday' },
  { day: 2, short: 'Tue', long: 'Tuesday' },
  { day: 3, short: 'Wed', long: 'Wednesday' },
  { day: 4, short: 'Thu', long: 'Thursday' },
  { day: 5, short: 'Fri', long: 'Friday' },
  { day: 6, short: 'Sat', long: 'Saturday' },
];

/** Every day of the week: what a new program or template element doses on. */
export const EVERY_DAY: readonly Weekday[] = WEEKDAYS.map(({ day }) => day);

/** The same days Monday first, as Reef Review reads a dosing week. */
export const WEEKDAYS_MONDAY_FIRST: typeof WEEKDAYS = [...WEEKDAYS.slice(1), WEEKDAYS[0]];

const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const utcMidnight = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`);
const toIsoDate = (epochMs: number) => new Date(epochMs).toISOString().slice(0, 10);

/** True for a real calendar date written `YYYY-MM-DD` (`2026-02-30` is not). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const ms = utcMidnight(value);
  return Number.isFinite(ms) && toIsoDate(ms) === value;
}

/**
 * The date it is now on the tank's clock: the tank's "today".
 *
 * @example tankToday(Date.parse('2026-03-01T23:30:00Z'), 'Europe/Berlin'); // '2026-03-02'
 */
export function tankToday(now: number, timeZone: string): IsoDate {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(now);
  } catch {
    return toIsoDate(now);
  }
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** @example addDays('2026-03-01', -1); // '2026-02-28' */
export function addDays(date: IsoDate, days: number): IsoDate {
  return toIsoDate(utcMidnight(date) + days * DAY_MS);
}

const DAY_TEXT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const LONG_DAY_TEXT = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * A date as a keeper reads it; `withWeekday` adds the day's name.
 *
 * @example dayText('2026-03-02'); // '2 Mar 2026'
 * @example dayText('2026-03-02', { withWeekday: true }); // 'Mon, 2 Mar 2026'
 */
export function dayText(date: IsoDate, { withWeekday = false } = {}): string {
  if (!isIsoDate(date)) return date;
  return (withWeekday ? LONG_DAY_TEXT : DAY_TEXT).format(utcMidnight(date));
}

/**
 * The named days, Sunday first (or Monday first): `every day` for all seven, `no days` for none.
 *
 * @example weekdaysText([5, 1, 3]); // 'Mon, Wed, Fri'
 * @example weekdaysText([5, 0, 1, 3], { mondayFirst: true }); // 'Mon, Wed, Fri, Sun'
 */
export function weekdaysText(days: readonly number[], { mondayFirst = false } = {}): string {
  const named = (mondayFirst ? WEEKDAYS_MONDAY_FIRST : WEEKDAYS).filter(({ day }) =>
    days.includes(day),
  );
  if (named.length === 7) return 'every day';
  if (named.length === 0) return 'no days';
  return named.map(({ short }) => short).join(', ');
}
