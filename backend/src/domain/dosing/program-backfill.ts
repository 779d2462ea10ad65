import { type IsoDate, addDays, datesBetween, earlierOf, laterOf } from './calendar';
import type { DayChange } from './dose-day';
import { type DoseEntries, programEntryPrefix } from './dose-entry';
import { type DosingProgram, dueEntries } from './program';

/** How many dates, today included, a backfill may reach. */
export const BACKFILL_MAX_DAYS = 366;

/** The dates a backfill may touch: the last {@link BACKFILL_MAX_DAYS} days up to and including today. */
export function backfillWindow(today: IsoDate): { readonly from: IsoDate; readonly to: IsoDate } {
  return { from: addDays(today, -(BACKFILL_MAX_DAYS - 1)), to: today };
}

/** A program this one took over from: its generated doses after `after` are no longer in force. */
export interface ReplacedProgram {
  readonly programId: string;
  readonly after: IsoDate;
}

/**
 * The dates a backfill generates doses on: each date from the program's start (or the window's
 * start) to the earlier of its end and today on which at least one element is due.
 *
 * @example backfillDates(monWedFriFrom('2025-03-01'), '2025-03-09') // ['2025-03-03', '2025-03-05', '2025-03-07']
 */
export function backfillDates(program: DosingProgram, today: IsoDate): IsoDate[] {
  if (program.status === 'draft') return [];
  const window = backfillWindow(today);
  const from = laterOf(program.startDate, window.from);
  const to = earlierOf(program.endDate ?? today, today);
  return datesBetween(from, to).filter((date) => dueEntries(program, date, '').length > 0);
}

/**
 * What a backfill does to one dose day: the program's generated entries become exactly what it
 * prescribes that date (added, corrected, or removed where it no longer doses), and the entries of
 * a program it replaced disappear from the dates after that program closed. Everything else on the
 * day stays. Applied to a day that already matches, it changes nothing.
 */
export function programSyncChange(
  program: DosingProgram,
  date: IsoDate,
  today: IsoDate,
  existing: DoseEntries,
  recordedAt: string,
  replaced?: ReplacedProgram,
): DayChange {
  if (program.status === 'draft') return {};
  const due = date <= today ? dueEntries(program, date, recordedAt) : [];
  const dueIds = new Set(due.map((e) => e.entryId));
  const own = programEntryPrefix(program.programId);
  const stale = Object.keys(existing).filter((id) => id.startsWith(own) && !dueIds.has(id));
  const superseded =
    replaced && date > replaced.after ? Object.keys(existing).filter((id) => id.startsWith(programEntryPrefix(replaced.programId))) : [];
  return { upserts: due, removals: [...stale, ...superseded] };
}
