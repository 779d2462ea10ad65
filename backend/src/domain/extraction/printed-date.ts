/** Order of day, month and year in a lab's numeric dates: 14.03.2025 (dmy) or 03/14/2025 (mdy). */
export type DateOrder = 'dmy' | 'mdy';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  mär: 3,
  apr: 4,
  may: 5,
  mai: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  okt: 10,
  nov: 11,
  dec: 12,
  dez: 12,
};

const ISO = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/;
const NUMERIC = /\b(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})\b/;
const NAMED = /\b(\d{1,2})\.?\s+([a-zäA-ZÄ]{3})[a-zäA-ZÄ]*\.?\s+(\d{4})\b/;

function isoDate(year: number, month: number, day: number): string | undefined {
  const full = year < 100 ? 2000 + year : year;
  const date = new Date(Date.UTC(full, month - 1, day));
  const real = date.getUTCFullYear() === full && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? date.toISOString().slice(0, 10) : undefined;
}

/**
 * The first calendar date in a piece of text, as YYYY-MM-DD: ISO dates, numeric dates in the lab's
 * order, and dates with an English or German month name. Impossible dates (31.02.) are no dates.
 *
 * @example parsePrintedDate('Probenahme: 14.03.2025') // '2025-03-14'
 * @example parsePrintedDate('03/14/2025', 'mdy') // '2025-03-14'
 * @example parsePrintedDate('14. März 2025') // '2025-03-14'
 */
export function parsePrintedDate(text: string, order: DateOrder = 'dmy'): string | undefined {
  const iso = ISO.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [a, b, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    return order === 'dmy' ? isoDate(year, b, a) : isoDate(year, a, b);
  }
  const named = NAMED.exec(text);
  const month = named && MONTHS[named[2].toLowerCase()];
  return named && month ? isoDate(Number(named[3]), month, Number(named[1])) : undefined;
}

/**
 * Every date the text prints, in any of the forms `parsePrintedDate` reads.
 *
 * @example datesIn('Probenahme 14.03.2025, Bericht 19.03.2025') // Set { '2025-03-14', '2025-03-19' }
 */
export function datesIn(text: string, order: DateOrder = 'dmy'): ReadonlySet<string> {
  const found = new Set<string>();
  const anyDate = new RegExp(`${ISO.source}|${NUMERIC.source}|${NAMED.source}`, 'g');
  for (const match of text.matchAll(anyDate)) {
    const date = parsePrintedDate(match[0], order);
    if (date) found.add(date);
  }
  return found;
}

/**
 * The order of a report's numeric dates, from its own dates: a first part above 12 can only be a
 * day, a second part above 12 only a day in US order. Without such a date the lab's habit decides.
 *
 * @example guessDateOrder('Created: 03/17/2025', 'dmy') // 'mdy'
 * @example guessDateOrder('Sample date: 04/03/2025', 'mdy') // 'mdy'
 */
export function guessDateOrder(text: string, habit: DateOrder = 'dmy'): DateOrder {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const [, a, b] of text.matchAll(/\b(\d{1,2})[./](\d{1,2})[./](?:\d{4}|\d{2})\b/g)) {
    if (Number(a) > 12 && Number(b) <= 12) dayFirst++;
    if (Number(b) > 12 && Number(a) <= 12) monthFirst++;
  }
  if (dayFirst === monthFirst) return habit;
  return dayFirst > monthFirst ? 'dmy' : 'mdy';
}
