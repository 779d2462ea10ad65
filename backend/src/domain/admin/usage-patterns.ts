import { type IsoDate, addDays, weekdayOf } from '../dosing/calendar';

/** One day of activity as rolled up when it happens: counters and the keepers active that day. */
export interface DayActivity {
  readonly day: IsoDate;
  readonly uploads: number;
  readonly manualTests: number;
  /** Keepers who opened the app, uploaded or logged a test that day. */
  readonly activeUserIds: readonly string[];
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

function tally(days: readonly DayActivity[]): { uploads: number; manualTests: number; activeKeepers: number } {
  return {
    uploads: days.reduce((n, d) => n + d.uploads, 0),
    manualTests: days.reduce((n, d) => n + d.manualTests, 0),
    activeKeepers: new Set(days.flatMap((d) => d.activeUserIds)).size,
  };
}

/**
 * Uploads, manual tests and active keepers per day and per week over the `days` days up to `today`
 * (days without activity included), and the distinct keepers active in the last 7 and 30 days.
 *
 * @example usagePatterns([{ day: '2026-12-01', uploads: 1, manualTests: 0, activeUserIds: ['u1'] }], '2026-12-01', 30).activeKeepers7d // 1
 */
export function usagePatterns(activity: readonly DayActivity[], today: IsoDate, days = 30): UsagePatterns {
  const first = addDays(today, -(days - 1));
  const inWindow = activity.filter((a) => a.day >= first && a.day <= today);
  const dayList: DayUsage[] = [];
  for (let day = first; day <= today; day = addDays(day, 1)) dayList.push({ day, ...tally(inWindow.filter((a) => a.day === day)) });
  const weeks: WeekUsage[] = [];
  for (let week = mondayOf(first); week <= today; week = addDays(week, 7))
    weeks.push({ weekOf: week, ...tally(inWindow.filter((a) => mondayOf(a.day) === week)) });
  const activeSince = (since: IsoDate) => tally(inWindow.filter((a) => a.day >= since)).activeKeepers;
  return { days: dayList, weeks, activeKeepers7d: activeSince(addDays(today, -6)), activeKeepers30d: activeSince(addDays(today, -29)) };
}
