import { element, program, programInput } from './dosing.factory';
import type { DosingProgram } from './program';
import { type ProgramSaveContext, type ProgramSavePlan, planProgramSave } from './program-save';

const today = '2025-03-10';
const now = '2025-03-10T18:00:00.000Z';

function plan(overrides: Partial<ProgramSaveContext>): ProgramSavePlan {
  const decision = planProgramSave({
    input: programInput(),
    userId: 'u-1',
    tankId: 't-1',
    today,
    now,
    newProgramId: 'p-new',
    ...overrides,
  });
  if (!decision.ok) throw new Error(decision.problems.join('; '));
  return decision.plan;
}

describe('planProgramSave', () => {
  const running: DosingProgram = program({ programId: 'p-1', startDate: '2025-02-01' });

  it('creates a first active program with a past start and backfills it', () => {
    const sut = plan({ input: programInput({ startDate: '2025-02-08' }) });

    expect(sut).toMatchObject({
      kind: 'created',
      save: { programId: 'p-new', status: 'active', startDate: '2025-02-08' },
      backfill: { programId: 'p-new' },
    });
    expect(sut.close).toBeUndefined();
  });

  it('versions the active program when its dosing is edited: old ends yesterday, new starts today', () => {
    const sut = plan({
      existing: running,
      active: running,
      input: programInput({ startDate: '2025-02-01', elements: [element({ amount: 3 })] }),
    });

    expect(sut.kind).toBe('versioned');
    expect(sut.close).toMatchObject({
      programId: 'p-1',
      status: 'inactive',
      endDate: '2025-03-09',
      startDate: '2025-02-01',
      elements: running.elements,
    });
    expect(sut.save).toMatchObject({
      programId: 'p-new',
      status: 'active',
      startDate: today,
      previousProgramId: 'p-1',
      elements: [{ amount: 3 }],
    });
    expect(sut.backfill).toEqual({ programId: 'p-new', replaces: { programId: 'p-1', after: '2025-03-09' } });
  });

  it('renames the active program in place without a backfill', () => {
    const sut = plan({ existing: running, active: running, input: programInput({ name: 'Renamed', startDate: '2025-02-01' }) });

    expect(sut).toMatchObject({ kind: 'updated', save: { programId: 'p-1', name: 'Renamed', status: 'active' } });
    expect(sut.close).toBeUndefined();
    expect(sut.backfill).toBeUndefined();
  });

  it('edits an active program that starts today in place: it has no past to keep', () => {
    const startsToday = program({ startDate: today });

    const sut = plan({
      existing: startsToday,
      active: startsToday,
      input: programInput({ startDate: today, elements: [element({ amount: 9 })] }),
    });

    expect(sut).toMatchObject({ kind: 'updated', save: { programId: 'p-1', elements: [{ amount: 9 }] }, backfill: { programId: 'p-1' } });
  });

  it('activating a draft closes the active program and starts the draft today at the earliest', () => {
    const draft = program({
      programId: 'p-draft',
      status: 'draft',
      startDate: '2025-03-01',
      source: { kind: 'RAM_DRAFT', suggestion: [element()] },
    });

    const sut = plan({ existing: draft, active: running, input: programInput({ status: 'active', startDate: '2025-03-01' }) });

    expect(sut).toMatchObject({
      kind: 'activated',
      save: { programId: 'p-draft', status: 'active', startDate: today },
      close: { programId: 'p-1', status: 'inactive', endDate: '2025-03-09' },
    });
    expect(sut.activatesRamDraft?.programId).toBe('p-draft');
    expect(sut.backfill).toEqual({ programId: 'p-draft', replaces: { programId: 'p-1', after: '2025-03-09' } });
  });

  it('saves a draft without closing anything or backfilling', () => {
    const sut = plan({ active: running, input: programInput({ status: 'draft' }) });

    expect(sut).toMatchObject({ kind: 'created', save: { status: 'draft' } });
    expect(sut.close).toBeUndefined();
    expect(sut.backfill).toBeUndefined();
  });

  it('backfills an inactive program and does not queue one for a program starting next week', () => {
    expect(plan({ input: programInput({ status: 'inactive', startDate: '2025-01-01', endDate: '2025-02-01' }) }).backfill).toEqual({
      programId: 'p-new',
      replaces: undefined,
    });
    expect(plan({ input: programInput({ startDate: '2025-03-17' }) }).backfill).toBeUndefined();
  });

  it.each([
    [
      'turning the active program back into a draft',
      { existing: running, active: running, input: programInput({ status: 'draft' }) },
      /cannot become a draft/,
    ],
    [
      'an end before the start',
      { input: programInput({ startDate: '2025-03-10', endDate: '2025-03-01' }) },
      /endDate must not be before startDate/,
    ],
    [
      'an edit that would end before it restarts today',
      {
        existing: running,
        active: running,
        input: programInput({ startDate: '2025-02-01', endDate: '2025-03-05', elements: [element({ amount: 4 })] }),
      },
      /starts today at the earliest/,
    ],
  ])('refuses %s', (_label, context, message) => {
    const sut = planProgramSave({ userId: 'u-1', tankId: 't-1', today, now, newProgramId: 'p-new', ...context });

    expect(sut.ok).toBe(false);
    expect(!sut.ok && sut.problems.join('; ')).toMatch(message);
  });
});
