import { type IsoDate, addDays, weekdayOf } from '../dosing/calendar';

/** One thing a keeper did on a day, as the admin overview counts it. */
export interface ActivityFact {
  readonly day: IsoDate;
  readonly userId: string;
  readonly kind: 'ICP_UPLOAD' | 'MANUAL_TEST' | 'APP_SESSION';
}

export interface DayUsage {
  readonly day: IsoDate;
  readonly uploads: number;
  readonly manualTests: number;
  readonly activeKeepers: number;
}

export interface WeekUsage {
  /** The Monday the week starts on. */
  readonly weekOf: IsoDate;
  readonly uploads: number;
  readonly manualTests: number;
  readonly activeKeepers: number;
}

export interface UsagePatterns {
  readonly days: readonly DayUsage[];
  readonly weeks: readonly WeekUsage[];
  readonly activeKeepers7d: number;
  readonly activeKeepers30d: number;
}

const mondayOf = (day: IsoDate): IsoDate => addDays(day, -((weekdayOf(day) + 6) % 7));

function tally(facts: readonly ActivityFact[]): { uploads: number; manualTests: number; activeKeepers: number } {
  return {
    uploads: facts.filter((f) => f.kind === 'ICP_UPLOAD').length,
    manualTests: facts.filter((f) => f.kind === 'MANUAL_TEST').length,
    activeKeepers: new Set(facts.map((f) => f.userId)).size,
  };
}

/**
 * Uploads, manual tests and active keepers per day and per week over the `days` days up to `today`,
 * and keepers active in the last 7 and 30 days. A keeper is active on a day they opened the app,
 * uploaded or logged a test.
 *
 * @example usagePatterns([{ day: '2026-12-01', userId: 'u1', kind: 'ICP_UPLOAD' }], '2026-12-01', 30).activeKeepers7d // 1
 */
export function usagePatterns(facts: readonly ActivityFact[], today: IsoDate, days = 30): UsagePatterns {
  const first = addDays(today, -(days - 1));
  const inWindow = facts.filter((f) => f.day >= first && f.day <= today);
  const byDay = new Map<IsoDate, ActivityFact[]>();
  for (const fact of inWindow) byDay.set(fact.day, [...(byDay.get(fact.day) ?? []), fact]);
  const dayList: DayUsage[] = [];
  for (let day = first; day <= today; day = addDays(day, 1)) dayList.push({ day, ...tally(byDay.get(day) ?? []) });
  const byWeek = new Map<IsoDate, ActivityFact[]>();
  for (const fact of inWindow) byWeek.set(mondayOf(fact.day), [...(byWeek.get(mondayOf(fact.day)) ?? []), fact]);
  const weeks: WeekUsage[] = [];
  for (let week = mondayOf(first); week <= today; week = addDays(week, 7)) weeks.push({ weekOf: week, ...tally(byWeek.get(week) ?? []) });
  const activeSince = (since: IsoDate) => new Set(inWindow.filter((f) => f.day >= since).map((f) => f.userId)).size;
  return { days: dayList, weeks, activeKeepers7d: activeSince(addDays(today, -6)), activeKeepers30d: activeSince(addDays(today, -29)) };
}
