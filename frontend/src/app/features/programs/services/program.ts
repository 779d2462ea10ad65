import {
  IsoDate,
  Weekday,
  addDays,
  dayText,
  isIsoDate,
  weekdaysText,
} from '../../../shared/tank-calendar';
import { FieldErrors, Checked } from '../../../shared/forms/form-check';
import { parseNumber } from '../../../shared/format';
import { amountProblem, amountText } from '../../doses/services/dose-amount';
import { ElementRow } from '../../elements/services/element-rows';

export type ProgramStatus = 'active' | 'draft' | 'inactive';

/** One element of a program: how much, in what unit, on which days of the week. */
export interface ProgramElement {
  readonly elementId: string;
  readonly amount: number;
  readonly unit: string;
  readonly weekdays: readonly Weekday[];
}

/** A draft RaM made from an ICP result, with its suggestion kept as it was made. */
export interface DraftSource {
  readonly kind: 'RAM_DRAFT';
  readonly suggestion: readonly ProgramElement[];
}

/** A dosing program as `/program/history*` answer it. */
export interface DosingProgram {
  readonly programId: string;
  readonly tankId: string;
  readonly name: string;
  readonly status: ProgramStatus;
  readonly startDate: IsoDate;
  readonly endDate?: IsoDate;
  readonly elements: readonly ProgramElement[];
  readonly source?: DraftSource;
  /** The version this one replaced when an active program was edited. */
  readonly previousProgramId?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What `/program/history/save` takes: a new program (no `programId`) or a change to one. */
export type ProgramSave = Omit<
  DosingProgram,
  'programId' | 'previousProgramId' | 'createdAt' | 'updatedAt'
> & { readonly programId?: string };

/** What `/program/history/save` answers: the program as stored and how the save was applied. */
export interface ProgramSaved {
  readonly program: DosingProgram;
  readonly kind: 'created' | 'updated' | 'versioned' | 'activated';
  /** The active program the save closed (its end is yesterday). */
  readonly closed?: DosingProgram;
  /** Recorded when the keeper changed a RaM draft before activating it. */
  readonly feedback?: { readonly feedbackId: string; readonly changes: readonly unknown[] };
  readonly backfillQueued: boolean;
}

/** A program's element row in the editor, as typed. */
export interface ProgramRow extends ElementRow {
  readonly amount: string;
  readonly unit: string;
  readonly weekdays: readonly Weekday[];
}

export const STATUS_TAGS: Readonly<
  Record<ProgramStatus, { readonly text: string; readonly tone: string }>
> = {
  active: { text: 'Active', tone: 'bg-lagoon-100 text-lagoon-900' },
  draft: { text: 'Draft', tone: 'bg-reef-100 text-reef-800' },
  inactive: { text: 'Ended', tone: 'bg-reef-200 text-reef-800' },
};

export const MAX_PROGRAM_NAME = 80;

export const isRamDraft = (program: DosingProgram | null | undefined): boolean =>
  program?.source?.kind === 'RAM_DRAFT';

/** The tank's programs as the list shows them: the active one, drafts (newest first), ended ones (latest end first). */
export function programGroups(programs: readonly DosingProgram[]): {
  readonly active: DosingProgram[];
  readonly drafts: DosingProgram[];
  readonly ended: DosingProgram[];
} {
  const newest = (a: DosingProgram, b: DosingProgram) =>
    b.startDate.localeCompare(a.startDate) || b.createdAt.localeCompare(a.createdAt);
  const latestEnd = (a: DosingProgram, b: DosingProgram) =>
    (b.endDate ?? '').localeCompare(a.endDate ?? '') || newest(a, b);
  return {
    active: programs.filter((program) => program.status === 'active').sort(newest),
    drafts: programs.filter((program) => program.status === 'draft').sort(newest),
    ended: programs.filter((program) => program.status === 'inactive').sort(latestEnd),
  };
}

/** The program's dates in words, e.g. `Since 1 Mar 2026` or `1 Mar 2026 to 21 Nov 2026`. */
export function periodText(
  program: Pick<DosingProgram, 'status' | 'startDate' | 'endDate'>,
): string {
  if (program.endDate) return `${dayText(program.startDate)} to ${dayText(program.endDate)}`;
  if (program.status === 'draft') return `Starts ${dayText(program.startDate)} once activated`;
  return `Since ${dayText(program.startDate)}`;
}

/** One element's dose in words, e.g. `2 ml on Mon, Thu`. */
export function doseText(element: Pick<ProgramElement, 'amount' | 'unit' | 'weekdays'>): string {
  return `${amountText(element.amount, element.unit)} on ${weekdaysText(element.weekdays)}`;
}

const sameDays = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && [...a].sort().every((day, index) => day === [...b].sort()[index]);

/** How a row of a RaM draft stands against RaM's suggestion for that element. */
export type SuggestionCompare =
  | { readonly kind: 'added' }
  | { readonly kind: 'same'; readonly suggested: ProgramElement }
  | {
      readonly kind: 'changed';
      readonly suggested: ProgramElement;
      readonly amountChanged: boolean;
      readonly daysChanged: boolean;
    };

/**
 * Compares what the keeper has in a row with RaM's suggestion for the same element.
 *
 * @example compareWithSuggestion({ elementId: 'iodine', amount: 3, unit: 'ml', weekdays: [1] }, suggestion);
 * // { kind: 'changed', suggested: { …amount: 2… }, amountChanged: true, daysChanged: false }
 */
export function compareWithSuggestion(
  current: ProgramElement,
  suggestion: readonly ProgramElement[],
): SuggestionCompare {
  const suggested = suggestion.find((element) => element.elementId === current.elementId);
  if (!suggested) return { kind: 'added' };
  const amountChanged = suggested.amount !== current.amount || suggested.unit !== current.unit;
  const daysChanged = !sameDays(suggested.weekdays, current.weekdays);
  return amountChanged || daysChanged
    ? { kind: 'changed', suggested, amountChanged, daysChanged }
    : { kind: 'same', suggested };
}

/** Suggested elements the keeper took out of the draft. */
export function droppedSuggestions(
  elementIds: readonly string[],
  suggestion: readonly ProgramElement[],
): ProgramElement[] {
  return suggestion.filter((element) => !elementIds.includes(element.elementId));
}

/** A row as the program element it stands for, once its amount reads as a number. */
export function elementOf(row: ProgramRow): ProgramElement {
  return {
    elementId: row.elementId,
    amount: parseNumber(row.amount) ?? Number.NaN,
    unit: row.unit,
    weekdays: [...row.weekdays].sort((a, b) => a - b),
  };
}

/** The ids of the editor's fields. */
export interface ProgramFormIds {
  readonly name: string;
  readonly startDate: string;
  readonly add: string;
  row(key: string, field: 'amount' | 'days'): string;
}

export interface ProgramFormValue {
  readonly name: string;
  readonly startDate: string;
  readonly rows: readonly ProgramRow[];
}

/** Checks the editor before it is sent: a name, a start date, and each element's amount and days. */
export function checkProgramForm(
  form: ProgramFormValue,
  ids: ProgramFormIds,
): Checked<Pick<ProgramSave, 'name' | 'startDate' | 'elements'>> {
  const errors: Record<string, string> = {};
  const name = form.name.trim();
  if (!name) errors[ids.name] = 'Give the program a name.';
  else if (name.length > MAX_PROGRAM_NAME)
    errors[ids.name] = `Keep the name to ${MAX_PROGRAM_NAME} characters.`;
  if (!isIsoDate(form.startDate)) errors[ids.startDate] = 'Choose the day the program starts.';
  if (form.rows.length === 0) errors[ids.add] = 'Add at least one dose product.';
  for (const row of form.rows) {
    const amount = amountProblem(row.amount);
    if (amount) errors[ids.row(row.key, 'amount')] = amount;
    if (row.weekdays.length === 0) errors[ids.row(row.key, 'days')] = 'Pick at least one day.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors: errors as FieldErrors };
  return {
    ok: true,
    value: { name, startDate: form.startDate, elements: form.rows.map(elementOf) },
  };
}

/**
 * What saving changed doses of the active program does, or null when it is changed in place (it has
 * not run before today). The API keeps the doses it already logged and starts a new version today.
 */
export function versioningNote(program: DosingProgram, today: IsoDate): string | null {
  if (program.status !== 'active' || program.startDate > addDays(today, -1)) return null;
  return (
    `This program has been dosing since ${dayText(program.startDate)}. If you change amounts, units or days, ` +
    `this version ends yesterday (${dayText(addDays(today, -1))}) with its logged doses kept, ` +
    `and the changed program starts today as a new version.`
  );
}

/**
 * What a save did, in sentences for the page the keeper lands on.
 *
 * @example savedText({ kind: 'versioned', program, closed, backfillQueued: false });
 * // 'Saved as a new version from 22 Nov 2026. The earlier version ended 21 Nov 2026 and keeps the doses it logged.'
 */
export function savedText(saved: ProgramSaved): string {
  const { program, closed, feedback } = saved;
  const sentences: string[] = [];
  if (saved.kind === 'versioned') {
    sentences.push(`Saved as a new version from ${dayText(program.startDate)}.`);
    if (closed?.endDate) {
      sentences.push(
        `The earlier version ended ${dayText(closed.endDate)} and keeps the doses it logged.`,
      );
    }
  } else if (saved.kind === 'updated') {
    sentences.push('Saved your changes.');
  } else if (program.status === 'draft') {
    sentences.push(`Saved “${program.name}” as a draft.`);
  } else {
    sentences.push(`“${program.name}” is active from ${dayText(program.startDate)}.`);
    if (closed?.endDate) sentences.push(`“${closed.name}” ended ${dayText(closed.endDate)}.`);
  }
  const changes = feedback?.changes.length ?? 0;
  if (changes > 0) {
    sentences.push(
      `RaM noted the ${changes === 1 ? 'change' : `${changes} changes`} you made to its suggestion.`,
    );
  }
  if (saved.backfillQueued)
    sentences.push('Its doses up to today are being added to your dose history.');
  return sentences.join(' ');
}
