import { IsoDate, dayText } from '../../../shared/tank-calendar';

/** Who logged a dose: the keeper, a dosing program, or an applied ICP correction. */
export type DoseSource = 'MANUAL' | 'PROGRAM' | 'ICP_CORRECTION';

/** One dose on a tank's dose day, as `/dose/history*` answer it. */
export interface DoseEntry {
  readonly entryId: string;
  readonly elementId: string;
  readonly amount: number;
  readonly unit: string;
  readonly source: DoseSource;
  readonly programId?: string;
  readonly testId?: string;
  readonly dayIndex?: number;
  readonly recordedAt?: string;
  /**
   * GIVEN once its day has come in the tank's time zone or once the keeper confirmed it early;
   * PLANNED for a later day of a multi-day dose.
   */
  readonly state?: 'GIVEN' | 'PLANNED';
  /** A planned dose the keeper confirmed as given before its day: when. */
  readonly confirmedAt?: string;
}

export interface DoseDay {
  readonly date: IsoDate;
  readonly entries: readonly DoseEntry[];
  /** The day is after the tank's today and none of its doses was confirmed early: all planned. */
  readonly planned?: boolean;
}

/** A page of `/dose/history/list`: dose days newest first, and whether older ones exist. */
export interface DosePage {
  readonly days: readonly DoseDay[];
  readonly hasMore: boolean;
}

/** One dose to log with `/dose/history/save`: `days` > 1 repeats it on the days after the date. */
export interface DoseToLog {
  readonly elementId: string;
  readonly amount: number;
  readonly unit: string;
  readonly days: number;
}

export const SOURCE_TAGS: Readonly<
  Record<DoseSource, { readonly text: string; readonly tone: string }>
> = {
  MANUAL: { text: 'Manual', tone: 'bg-reef-100 text-reef-800' },
  PROGRAM: { text: 'Program', tone: 'bg-lagoon-100 text-lagoon-900' },
  ICP_CORRECTION: { text: 'ICP correction', tone: 'bg-amber-100 text-amber-900' },
};

/** Newest day first. */
const newestFirst = (days: readonly DoseDay[]) =>
  [...days].sort((a, b) => b.date.localeCompare(a.date));

/**
 * The days with `changed` taken in: a day with the same date is replaced, a new one is added in
 * date order, and a changed day without entries is left out.
 *
 * @example withDays([{ date: '2026-03-01', entries: [a] }], [{ date: '2026-03-01', entries: [a, b] }]);
 * // [{ date: '2026-03-01', entries: [a, b] }]
 */
export function withDays(days: readonly DoseDay[], changed: readonly DoseDay[]): DoseDay[] {
  const byDate = new Map(days.map((day) => [day.date, day]));
  for (const day of changed) byDate.set(day.date, day);
  return newestFirst([...byDate.values()].filter((day) => day.entries.length > 0));
}

/** The day's entries in the order they are listed: by source (the keeper's own first), then as given. */
export function listedEntries(day: DoseDay): DoseEntry[] {
  const order: DoseSource[] = ['MANUAL', 'PROGRAM', 'ICP_CORRECTION'];
  return [...day.entries].sort((a, b) => order.indexOf(a.source) - order.indexOf(b.source));
}

/**
 * What a save logged, in a sentence, e.g. `Logged 2 doses on 3 days, 1 Mar 2026 to 3 Mar 2026.`
 */
export function loggedText(doses: readonly DoseToLog[], dates: readonly IsoDate[]): string {
  const count = `${doses.length} ${doses.length === 1 ? 'dose' : 'doses'}`;
  const sorted = [...dates].sort();
  if (sorted.length <= 1) return `Logged ${count} on ${dayText(sorted[0] ?? '')}.`;
  return `Logged ${count} on ${sorted.length} days, ${dayText(sorted[0])} to ${dayText(sorted.at(-1)!)}.`;
}
