import { programFactory } from '../../../../testing/program-factories';
import {
  ProgramElement,
  checkProgramForm,
  compareWithSuggestion,
  droppedSuggestions,
  periodText,
  programGroups,
  savedText,
  versioningNote,
} from './program';

describe('programGroups', () => {
  it('splits the active program, drafts newest first and ended ones by latest end', () => {
    const active = programFactory({ programId: 'a' });
    const oldDraft = programFactory({ programId: 'd1', status: 'draft', startDate: '2026-01-05' });
    const newDraft = programFactory({ programId: 'd2', status: 'draft', startDate: '2026-02-20' });
    const endedLong = programFactory({
      programId: 'e1',
      status: 'inactive',
      endDate: '2025-12-31',
    });
    const endedLately = programFactory({
      programId: 'e2',
      status: 'inactive',
      endDate: '2026-01-31',
    });

    const groups = programGroups([endedLong, oldDraft, active, endedLately, newDraft]);

    expect(groups.active).toEqual([active]);
    expect(groups.drafts.map((program) => program.programId)).toEqual(['d2', 'd1']);
    expect(groups.ended.map((program) => program.programId)).toEqual(['e2', 'e1']);
  });
});

describe('periodText', () => {
  it('says when a program runs in words', () => {
    expect(periodText(programFactory())).toBe('Since 1 Feb 2026');
    expect(periodText(programFactory({ status: 'inactive', endDate: '2026-02-28' }))).toBe(
      '1 Feb 2026 to 28 Feb 2026',
    );
    expect(periodText(programFactory({ status: 'draft' }))).toBe(
      'Starts 1 Feb 2026 once activated',
    );
  });
});

describe('comparing a RaM draft with its suggestion', () => {
  const suggestion: ProgramElement[] = [
    { elementId: 'iodine', amount: 2, unit: 'ml', weekdays: [1, 4] },
    { elementId: 'calcium', amount: 20, unit: 'ml', weekdays: [0, 1, 2, 3, 4, 5, 6] },
  ];

  it('tells an element kept as suggested from one changed in amount or days, and one added', () => {
    expect(compareWithSuggestion({ ...suggestion[0], weekdays: [4, 1] }, suggestion).kind).toBe(
      'same',
    );
    expect(compareWithSuggestion({ ...suggestion[0], amount: 3 }, suggestion)).toEqual({
      kind: 'changed',
      suggested: suggestion[0],
      amountChanged: true,
      daysChanged: false,
    });
    expect(compareWithSuggestion({ ...suggestion[0], weekdays: [1] }, suggestion)).toMatchObject({
      amountChanged: false,
      daysChanged: true,
    });
    expect(
      compareWithSuggestion(
        { elementId: 'strontium', amount: 1, unit: 'ml', weekdays: [1] },
        suggestion,
      ),
    ).toEqual({ kind: 'added' });
  });

  it('lists suggested elements the keeper took out', () => {
    expect(droppedSuggestions(['iodine'], suggestion)).toEqual([suggestion[1]]);
  });
});

describe('checkProgramForm', () => {
  const ids = {
    name: 'name',
    startDate: 'start',
    add: 'add',
    row: (key: string, field: string) => `${key}-${field}`,
  };
  const row = {
    key: '1',
    elementId: 'iodine',
    name: 'Iodine',
    amount: '2',
    unit: 'ml',
    weekdays: [4, 1] as const,
  };

  it('hands back the program with trimmed name and sorted days', () => {
    expect(
      checkProgramForm({ name: ' Winter ', startDate: '2026-03-04', rows: [row] }, ids),
    ).toEqual({
      ok: true,
      value: {
        name: 'Winter',
        startDate: '2026-03-04',
        elements: [{ elementId: 'iodine', amount: 2, unit: 'ml', weekdays: [1, 4] }],
      },
    });
  });

  it('wants a name, a start date, an element, and an amount and a day for each', () => {
    expect(checkProgramForm({ name: ' ', startDate: '', rows: [] }, ids)).toEqual({
      ok: false,
      errors: {
        name: 'Give the program a name.',
        start: 'Choose the day the program starts.',
        add: 'Add at least one dose product.',
      },
    });
    expect(
      checkProgramForm(
        { name: 'Winter', startDate: '2026-03-04', rows: [{ ...row, amount: 'x', weekdays: [] }] },
        ids,
      ),
    ).toEqual({
      ok: false,
      errors: { '1-amount': 'Enter an amount.', '1-days': 'Pick at least one day.' },
    });
  });
});

describe('versioningNote', () => {
  it('warns that editing an active program that has run closes it yesterday', () => {
    expect(versioningNote(programFactory({ startDate: '2026-02-01' }), '2026-03-04')).toBe(
      'This program has been dosing since 1 Feb 2026. If you change amounts, units or days, this version ' +
        'ends yesterday (3 Mar 2026) with its logged doses kept, and the changed program starts today as a new version.',
    );
  });

  it('says nothing for a program that starts today or later, or is not active', () => {
    expect(versioningNote(programFactory({ startDate: '2026-03-04' }), '2026-03-04')).toBeNull();
    expect(versioningNote(programFactory({ status: 'draft' }), '2026-03-04')).toBeNull();
  });
});

describe('savedText', () => {
  const program = programFactory();

  it('explains a new version and when the old one ended', () => {
    expect(
      savedText({
        kind: 'versioned',
        program: { ...program, programId: 'p2', startDate: '2026-03-04' },
        closed: { ...program, status: 'inactive', endDate: '2026-03-03' },
        backfillQueued: false,
      }),
    ).toBe(
      'Saved as a new version from 4 Mar 2026. The earlier version ended 3 Mar 2026 and keeps the doses it logged.',
    );
  });

  it('says what an activation ended, that RaM noted the edits, and that past doses are being added', () => {
    expect(
      savedText({
        kind: 'activated',
        program: { ...program, name: 'RaM draft', startDate: '2026-03-04' },
        closed: { ...program, status: 'inactive', endDate: '2026-03-03' },
        feedback: { feedbackId: 'f1', changes: [{}, {}] },
        backfillQueued: true,
      }),
    ).toBe(
      '“RaM draft” is active from 4 Mar 2026. “Daily balling” ended 3 Mar 2026. ' +
        'RaM noted the 2 changes you made to its suggestion. Its doses up to today are being added to your dose history.',
    );
    expect(
      savedText({
        kind: 'created',
        program: { ...program, status: 'draft' },
        backfillQueued: false,
      }),
    ).toBe('Saved “Daily balling” as a draft.');
  });
});
