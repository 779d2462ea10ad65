import type { IsoDate } from './calendar';

/**
 * One dose on a tank's dose day. Every writer (the keeper, a program's backfill, the nightly
 * schedule, an ICP correction) keys its entries by a deterministic id, so writing the same dose
 * twice lands on the same key and changes nothing.
 */

export const DOSE_SOURCES = ['MANUAL', 'PROGRAM', 'ICP_CORRECTION'] as const;
export type DoseSource = (typeof DOSE_SOURCES)[number];

/** Units a dose may be given in. */
export const DOSE_UNITS = ['ml', 'l', 'µl', 'g', 'mg', 'drops'] as const;
export type DoseUnit = (typeof DOSE_UNITS)[number];

export interface DoseEntry {
  readonly entryId: string;
  readonly elementId: string;
  readonly amount: number;
  readonly unit: string;
  readonly source: DoseSource;
  readonly programId?: string;
  readonly testId?: string;
  /** ICP corrections: which day of a multi-day correction (0 = the first). */
  readonly dayIndex?: number;
  /** When the entry was written; not part of the dose itself. */
  readonly recordedAt: string;
  /**
   * A planned dose (dated after the tank's today) the keeper confirmed as given before its day:
   * when they confirmed it. Kept by every later write of the same dose.
   */
  readonly confirmedAt?: string;
}

/** A tank's dose day: entries by id. */
export type DoseEntries = Readonly<Record<string, DoseEntry>>;

export interface DoseDay {
  readonly date: IsoDate;
  readonly entries: DoseEntries;
}

/** The keeper's own dose of an element: one per element and date, a new save replaces the amount. */
export const manualEntryId = (elementId: string): string => `manual#${elementId}`;

/** @example programEntryId('p-1', 'iodine') // 'program#p-1#iodine' */
export const programEntryId = (programId: string, elementId: string): string => `program#${programId}#${elementId}`;

/** Every entry id a program may write starts with this. */
export const programEntryPrefix = (programId: string): string => `program#${programId}#`;

/** @example correctionEntryId('t-9', 'iodine', 2) // 'icp#t-9#iodine#2' */
export const correctionEntryId = (testId: string, elementId: string, dayIndex: number): string => `icp#${testId}#${elementId}#${dayIndex}`;

export interface DoseAmount {
  readonly elementId: string;
  readonly amount: number;
  readonly unit: string;
}

export function manualDoseEntry(dose: DoseAmount, recordedAt: string): DoseEntry {
  return {
    entryId: manualEntryId(dose.elementId),
    elementId: dose.elementId,
    amount: dose.amount,
    unit: dose.unit,
    source: 'MANUAL',
    recordedAt,
  };
}

export function programDoseEntry(programId: string, dose: DoseAmount, recordedAt: string): DoseEntry {
  return {
    entryId: programEntryId(programId, dose.elementId),
    elementId: dose.elementId,
    amount: dose.amount,
    unit: dose.unit,
    source: 'PROGRAM',
    programId,
    recordedAt,
  };
}

export function correctionDoseEntry(testId: string, dayIndex: number, dose: DoseAmount, recordedAt: string): DoseEntry {
  return {
    entryId: correctionEntryId(testId, dose.elementId, dayIndex),
    elementId: dose.elementId,
    amount: dose.amount,
    unit: dose.unit,
    source: 'ICP_CORRECTION',
    testId,
    dayIndex,
    recordedAt,
  };
}

/** Same dose, whenever it was recorded. */
export function sameDose(a: DoseEntry, b: DoseEntry): boolean {
  return (
    a.entryId === b.entryId &&
    a.elementId === b.elementId &&
    a.amount === b.amount &&
    a.unit === b.unit &&
    a.source === b.source &&
    a.programId === b.programId &&
    a.testId === b.testId &&
    a.dayIndex === b.dayIndex
  );
}

/** GIVEN: dosed (its day has come, or the keeper confirmed it early); PLANNED: a later day, not given yet. */
export type DoseState = 'GIVEN' | 'PLANNED';

/**
 * A dose written ahead (the later days of a multi-day correction or dose) is planned until its date
 * comes in the tank's time zone, or until the keeper confirms it was given early; from then on it
 * counts as given. Progress counts only given days.
 *
 * @example doseState('2026-12-03', '2026-12-01') // 'PLANNED'
 * @example doseState('2026-12-03', '2026-12-01', '2026-12-01T19:00:00Z') // 'GIVEN'
 */
export function doseState(date: string, today: string, confirmedAt?: string): DoseState {
  return date > today && confirmedAt === undefined ? 'PLANNED' : 'GIVEN';
}

/** Why a dose cannot be confirmed as given early. */
export type EarlyConfirmationProblem = 'NO_SUCH_DOSE' | 'NOT_PLANNED';

/**
 * Confirming a planned dose as given before its day: only an entry that exists on that date and is
 * still planned (dated after the tank's today) can be; one already confirmed stays as it was (the
 * same confirmation twice changes nothing).
 *
 * @example earlyConfirmation({ 'icp#t#calcium#1': entry }, 'icp#t#calcium#1', '2026-12-02', '2026-12-01') // { ok: true, alreadyConfirmed: false }
 * @example earlyConfirmation({ 'icp#t#calcium#0': entry }, 'icp#t#calcium#0', '2026-12-01', '2026-12-01') // { ok: false, problem: 'NOT_PLANNED' }
 */
export function earlyConfirmation(
  entries: DoseEntries,
  entryId: string,
  date: string,
  today: string,
): { readonly ok: true; readonly alreadyConfirmed: boolean } | { readonly ok: false; readonly problem: EarlyConfirmationProblem } {
  const entry = entries[entryId];
  if (!entry) return { ok: false, problem: 'NO_SUCH_DOSE' };
  if (entry.confirmedAt !== undefined) return { ok: true, alreadyConfirmed: true };
  if (doseState(date, today) !== 'PLANNED') return { ok: false, problem: 'NOT_PLANNED' };
  return { ok: true, alreadyConfirmed: false };
}
