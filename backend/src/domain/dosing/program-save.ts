import { type IsoDate, addDays, earlierOf, laterOf } from './calendar';
import { type DosingProgram, type ProgramInput, normaliseWeekdays, programProblems, sameDosing } from './program';
import type { ReplacedProgram } from './program-backfill';

export interface ProgramSaveContext {
  readonly input: ProgramInput;
  readonly userId: string;
  readonly tankId: string;
  /** The program named by the request, already checked to be this tank's. */
  readonly existing?: DosingProgram;
  /** The tank's active program, if any (may be `existing`). */
  readonly active?: DosingProgram;
  /** The tank's local date. */
  readonly today: IsoDate;
  readonly now: string;
  /** The id a new record gets. */
  readonly newProgramId: string;
}

export type ProgramSaveKind = 'created' | 'updated' | 'versioned' | 'activated';

export interface ProgramSavePlan {
  readonly kind: ProgramSaveKind;
  /** The record to write (new, or `existing` changed). */
  readonly save: DosingProgram;
  /** The active program this save closes (versioned or taken over). */
  readonly close?: DosingProgram;
  /** The draft RaM suggested, when this save activates one. */
  readonly activatesRamDraft?: DosingProgram;
  /** Set when past doses must be generated or corrected for the saved program. */
  readonly backfill?: { readonly programId: string; readonly replaces?: ReplacedProgram };
}

export type ProgramSaveDecision =
  { readonly ok: true; readonly plan: ProgramSavePlan } | { readonly ok: false; readonly problems: string[] };

const clean = (input: ProgramInput): ProgramInput => ({
  ...input,
  name: input.name.trim(),
  elements: input.elements.map((e) => ({ ...e, weekdays: normaliseWeekdays(e.weekdays) })),
});

/**
 * Closes an active program the day before `today`. A program that had not started before today
 * keeps an end before its start: it never was in force, and backfills give it no dates.
 */
export function closeProgram(program: DosingProgram, today: IsoDate, now: string): DosingProgram {
  const yesterday = addDays(today, -1);
  return { ...program, status: 'inactive', endDate: earlierOf(program.endDate ?? yesterday, yesterday), updatedAt: now };
}

/**
 * Decides what saving a program means, by these rules:
 *
 * - One active program per tank. Activating another (new, draft or inactive) closes the current
 *   one with end = yesterday, and the newly active one starts today at the earliest, so generated
 *   history never overlaps.
 * - Editing the dosing of the active program versions it when it has a past: the old record closes
 *   with end = yesterday and its generated doses stay; the edit becomes a new active record
 *   starting today at the earliest. A rename, or an edit before it ever ran, changes it in place.
 * - An active program can be deactivated (inactive) but not turned back into a draft.
 * - Inactive programs and active ones with days up to today get a backfill; drafts never do.
 */
export function planProgramSave(context: ProgramSaveContext): ProgramSaveDecision {
  const input = clean(context.input);
  const problems = programProblems(input);
  const { existing, today, now } = context;
  if (existing?.status === 'active' && input.status === 'draft')
    problems.push('an active program cannot become a draft again; save it as inactive instead');
  if (problems.length > 0) return { ok: false, problems };

  const yesterday = addDays(today, -1);
  const base = { userId: context.userId, tankId: context.tankId, updatedAt: now };
  const editsActive = existing !== undefined && existing.status === 'active' && input.status === 'active';
  const takesOver = input.status === 'active' && context.active !== undefined && context.active.programId !== existing?.programId;

  if (editsActive && existing.startDate <= yesterday && !sameDosing(existing, input)) {
    const close = closeProgram(existing, today, now);
    const save: DosingProgram = {
      ...input,
      ...base,
      programId: context.newProgramId,
      startDate: laterOf(input.startDate, today),
      previousProgramId: existing.programId,
      createdAt: now,
    };
    return finish({
      kind: 'versioned',
      save,
      close,
      backfill: { programId: save.programId, replaces: { programId: existing.programId, after: close.endDate! } },
    });
  }

  const close = takesOver ? closeProgram(context.active!, today, now) : undefined;
  const startDate = close ? laterOf(input.startDate, today) : input.startDate;
  const source = input.source ?? existing?.source;
  const save: DosingProgram = existing
    ? { ...existing, ...input, ...base, startDate, source, previousProgramId: existing.previousProgramId }
    : { ...input, ...base, programId: context.newProgramId, startDate, createdAt: now };
  const activates = input.status === 'active' && existing?.status !== 'active';
  const kind: ProgramSaveKind = activates && existing ? 'activated' : existing ? 'updated' : 'created';
  const wasInForce = existing !== undefined && existing.status !== 'draft' && existing.startDate <= today;
  const needsBackfill =
    save.status === 'inactive' || (save.status === 'active' && (save.startDate <= today || wasInForce || close !== undefined));
  const unchangedActive = editsActive && sameDosing(existing, input);
  return finish({
    kind,
    save,
    close,
    activatesRamDraft: activates && existing?.status === 'draft' && source?.kind === 'RAM_DRAFT' ? existing : undefined,
    backfill:
      needsBackfill && !unchangedActive
        ? { programId: save.programId, replaces: close ? { programId: close.programId, after: close.endDate! } : undefined }
        : undefined,
  });

  function finish(plan: ProgramSavePlan): ProgramSaveDecision {
    if (plan.save.endDate !== undefined && plan.save.endDate < plan.save.startDate) {
      return {
        ok: false,
        problems: [`endDate must not be before ${plan.save.startDate}: a program that replaces an active one starts today at the earliest`],
      };
    }
    return { ok: true, plan };
  }
}
