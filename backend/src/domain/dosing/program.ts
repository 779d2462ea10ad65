import { type IsoDate, type Weekday, isIsoDate, isWeekday, weekdayOf } from './calendar';
import { type DoseEntry, programDoseEntry } from './dose-entry';

export const PROGRAM_STATUSES = ['active', 'draft', 'inactive'] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];

export interface ProgramElement {
  readonly elementId: string;
  readonly amount: number;
  readonly unit: string;
  /** Days the element is dosed, Sunday = 0. */
  readonly weekdays: readonly Weekday[];
}

/** A draft RaM generated: the suggestion exactly as RaM made it, kept to compare with what gets activated. */
export interface DraftSource {
  readonly kind: 'RAM_DRAFT';
  readonly suggestion: readonly ProgramElement[];
}

/** What a keeper (or RaM) asks to save. */
export interface ProgramInput {
  readonly name: string;
  readonly status: ProgramStatus;
  readonly startDate: IsoDate;
  readonly endDate?: IsoDate;
  readonly elements: readonly ProgramElement[];
  readonly source?: DraftSource;
}

export interface DosingProgram extends ProgramInput {
  readonly programId: string;
  readonly userId: string;
  readonly tankId: string;
  /** The version this one replaced when an active program was edited. */
  readonly previousProgramId?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

function elementProblems(elements: readonly ProgramElement[], field: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  elements.forEach((e, i) => {
    if (seen.has(e.elementId)) problems.push(`${field}[${i}]: ${e.elementId} appears more than once`);
    seen.add(e.elementId);
    if (!Number.isFinite(e.amount) || e.amount < 0) problems.push(`${field}[${i}]: amount must be zero or more`);
    if (e.weekdays.length === 0) problems.push(`${field}[${i}]: weekdays must name at least one day`);
    if (!e.weekdays.every(isWeekday)) problems.push(`${field}[${i}]: weekdays must be whole numbers from 0 (Sunday) to 6 (Saturday)`);
  });
  return problems;
}

/**
 * Why a program cannot be saved as given (empty when it can).
 *
 * @example programProblems({ …, startDate: '2025-03-10', endDate: '2025-03-01' })
 * // ['endDate must not be before startDate']
 */
export function programProblems(input: ProgramInput): string[] {
  const problems: string[] = [];
  if (!isIsoDate(input.startDate)) problems.push('startDate must be a date written YYYY-MM-DD');
  if (input.endDate !== undefined && !isIsoDate(input.endDate)) problems.push('endDate must be a date written YYYY-MM-DD');
  if (input.endDate !== undefined && input.endDate < input.startDate) problems.push('endDate must not be before startDate');
  problems.push(...elementProblems(input.elements, 'elements'));
  if (input.source) problems.push(...elementProblems(input.source.suggestion, 'source.suggestion'));
  return problems;
}

/** Sorted, each day once: the form weekdays are stored in. */
export const normaliseWeekdays = (weekdays: readonly Weekday[]): Weekday[] => [...new Set(weekdays)].sort((a, b) => a - b);

/** True when the program's dates include the day (an open end runs on). */
export function inForceOn(program: Pick<ProgramInput, 'startDate' | 'endDate'>, date: IsoDate): boolean {
  return program.startDate <= date && (program.endDate === undefined || date <= program.endDate);
}

/**
 * The doses a program prescribes on a date: elements with that weekday and a nonzero amount, while
 * the program is in force. Drafts prescribe nothing.
 */
export function dueEntries(program: DosingProgram, date: IsoDate, recordedAt: string): DoseEntry[] {
  if (program.status === 'draft' || !inForceOn(program, date)) return [];
  const weekday = weekdayOf(date);
  return program.elements
    .filter((e) => e.amount > 0 && e.weekdays.includes(weekday))
    .map((e) => programDoseEntry(program.programId, e, recordedAt));
}

/** True when two programs dose the same elements, amounts, units, days and dates (names aside). */
export function sameDosing(a: ProgramInput, b: ProgramInput): boolean {
  const key = (p: ProgramInput) =>
    JSON.stringify({
      startDate: p.startDate,
      endDate: p.endDate ?? null,
      elements: [...p.elements]
        .sort((x, y) => x.elementId.localeCompare(y.elementId))
        .map((e) => [e.elementId, e.amount, e.unit, normaliseWeekdays(e.weekdays)]),
    });
  return key(a) === key(b);
}
