import { type IsoDate, addDays } from './calendar';
import { type DoseAmount, type DoseEntry, correctionDoseEntry, manualDoseEntry } from './dose-entry';

/** Most days one multi-day dose may cover. */
export const MAX_DOSE_DAYS = 90;

export interface ManualDose extends DoseAmount {
  /** How many consecutive days, starting at the saved date (1 when absent). */
  readonly days?: number;
}

export type DosesByDate = ReadonlyMap<IsoDate, readonly DoseEntry[]>;

function add(byDate: Map<IsoDate, DoseEntry[]>, date: IsoDate, entry: DoseEntry): void {
  const entries = byDate.get(date) ?? [];
  entries.push(entry);
  byDate.set(date, entries);
}

/** Why a manual save cannot be written as given (empty when it can). */
export function manualDoseProblems(doses: readonly ManualDose[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  doses.forEach((d, i) => {
    if (seen.has(d.elementId)) problems.push(`entries[${i}]: ${d.elementId} appears more than once; give one amount per element`);
    seen.add(d.elementId);
    if (!Number.isFinite(d.amount) || d.amount < 0) problems.push(`entries[${i}]: amount must be zero or more`);
    const days = d.days ?? 1;
    if (!Number.isInteger(days) || days < 1 || days > MAX_DOSE_DAYS)
      problems.push(`entries[${i}]: days must be a whole number from 1 to ${MAX_DOSE_DAYS}`);
  });
  return problems;
}

/**
 * A manual save as dose entries per date: a dose with `days` = n lands on the saved date and the
 * n − 1 days after it, one record per date.
 *
 * @example manualDosesByDate('2025-03-01', [{ elementId: 'iodine', amount: 2, unit: 'ml', days: 3 }], now)
 * // Map { '2025-03-01' => [manual#iodine], '2025-03-02' => [manual#iodine], '2025-03-03' => [manual#iodine] }
 */
export function manualDosesByDate(date: IsoDate, doses: readonly ManualDose[], recordedAt: string): DosesByDate {
  const byDate = new Map<IsoDate, DoseEntry[]>();
  for (const dose of doses) {
    for (let day = 0; day < (dose.days ?? 1); day++) add(byDate, addDays(date, day), manualDoseEntry(dose, recordedAt));
  }
  return byDate;
}

export interface CorrectionDose extends DoseAmount {
  readonly testId: string;
  readonly days: number;
  readonly startDate: IsoDate;
}

/**
 * An ICP correction as one entry per day, `icp#<testId>#<elementId>#<dayIndex>`.
 *
 * @example correctionDosesByDate({ testId: 't1', elementId: 'iodine', amount: 1, unit: 'ml', days: 2, startDate: '2025-03-01' }, now)
 * // Map { '2025-03-01' => [icp#t1#iodine#0], '2025-03-02' => [icp#t1#iodine#1] }
 */
export function correctionDosesByDate(correction: CorrectionDose, recordedAt: string): DosesByDate {
  const byDate = new Map<IsoDate, DoseEntry[]>();
  for (let day = 0; day < correction.days; day++)
    add(byDate, addDays(correction.startDate, day), correctionDoseEntry(correction.testId, day, correction, recordedAt));
  return byDate;
}
