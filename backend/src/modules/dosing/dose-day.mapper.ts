import { type DoseEntries, type DoseEntry, type DoseState, type IsoDate, doseState } from '../../domain/dosing';
import type { TankRef } from './tank-ref';

export type Item = Record<string, unknown>;

/** A tank's dose day as stored: the entries plus the version writers check before changing it. */
export interface StoredDoseDay {
  readonly date: IsoDate;
  readonly entries: DoseEntries;
  /** Absent on a day not written yet. */
  readonly version?: number;
  readonly exists: boolean;
}

export const emptyDoseDay = (date: IsoDate): StoredDoseDay => ({ date, entries: {}, exists: false });

export const toEntryItem = (e: DoseEntry): Item => ({
  element_id: e.elementId,
  amount: e.amount,
  unit: e.unit,
  source: e.source,
  program_id: e.programId,
  test_id: e.testId,
  day_index: e.dayIndex,
  recorded_at: e.recordedAt,
  confirmed_at: e.confirmedAt,
});

const toEntry = (entryId: string, i: Item): DoseEntry => ({
  entryId,
  elementId: i.element_id as string,
  amount: Number(i.amount),
  unit: i.unit as string,
  source: i.source as DoseEntry['source'],
  ...(i.program_id !== undefined ? { programId: i.program_id as string } : {}),
  ...(i.test_id !== undefined ? { testId: i.test_id as string } : {}),
  ...(i.day_index !== undefined ? { dayIndex: Number(i.day_index) } : {}),
  recordedAt: i.recorded_at as string,
  ...(i.confirmed_at !== undefined ? { confirmedAt: i.confirmed_at as string } : {}),
});

export function toStoredDoseDay(item: Item): StoredDoseDay {
  const entries = Object.fromEntries(
    Object.entries((item.entries as Record<string, Item> | undefined) ?? {}).map(([id, e]) => [id, toEntry(id, e)]),
  );
  return { date: item.dose_date as string, entries, version: item.version as number | undefined, exists: true };
}

/**
 * A dose as the API returns it: GIVEN once its day has come in the tank's time zone (or once the
 * keeper confirmed it early, `confirmedAt`), PLANNED before.
 */
export type DoseEntryView = DoseEntry & { readonly state: DoseState };

/** A dose day as the API returns it: entries ordered by element, then id. */
export interface DoseDayView {
  readonly tankId: string;
  readonly date: IsoDate;
  /** The day is after the tank's today and holds no dose confirmed early: all of it is still planned. */
  readonly planned: boolean;
  readonly entries: readonly DoseEntryView[];
}

/** @param today the tank's local date, which decides what is planned and what given */
export function toDoseDayView(tank: TankRef, date: IsoDate, entries: DoseEntries, today: IsoDate): DoseDayView {
  const ordered = Object.values(entries)
    .sort((a, b) => a.elementId.localeCompare(b.elementId) || a.entryId.localeCompare(b.entryId))
    .map((e) => ({ ...e, state: doseState(date, today, e.confirmedAt) }));
  const planned = doseState(date, today) === 'PLANNED' && ordered.every((e) => e.state === 'PLANNED');
  return { tankId: tank.tankId, date, planned, entries: ordered };
}
