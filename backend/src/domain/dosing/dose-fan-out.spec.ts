import { correctionDosesByDate, manualDoseProblems, manualDosesByDate } from './dose-fan-out';
import { correctionDoseEntry, doseState, earlyConfirmation } from './dose-entry';
import { RECORDED_AT } from './dosing.factory';

describe('manual doses', () => {
  it('fans a 3-day dose out into one record per date from the saved date', () => {
    const sut = manualDosesByDate(
      '2025-02-27',
      [
        { elementId: 'iodine', amount: 2, unit: 'ml', days: 3 },
        { elementId: 'iron', amount: 1, unit: 'ml' },
      ],
      RECORDED_AT,
    );

    expect([...sut.keys()]).toEqual(['2025-02-27', '2025-02-28', '2025-03-01']);
    expect(sut.get('2025-02-27')?.map((e) => e.entryId)).toEqual(['manual#iodine', 'manual#iron']);
    expect(sut.get('2025-03-01')?.map((e) => e.entryId)).toEqual(['manual#iodine']);
  });

  it.each([
    ['a negative amount', [{ elementId: 'iodine', amount: -1, unit: 'ml' }], /amount must be zero or more/],
    [
      'the same element twice',
      [
        { elementId: 'iodine', amount: 1, unit: 'ml' },
        { elementId: 'iodine', amount: 2, unit: 'ml' },
      ],
      /appears more than once/,
    ],
    ['zero days', [{ elementId: 'iodine', amount: 1, unit: 'ml', days: 0 }], /days must be a whole number/],
  ])('refuses %s', (_label, doses, message) => {
    expect(manualDoseProblems(doses).join('; ')).toMatch(message);
  });
});

describe('ICP correction doses', () => {
  it('writes one entry per day with the day index in its id', () => {
    const sut = correctionDosesByDate(
      { testId: 't-9', elementId: 'iodine', amount: 1.5, unit: 'ml', days: 3, startDate: '2025-12-31' },
      RECORDED_AT,
    );

    expect([...sut.entries()].map(([date, [e]]) => [date, e.entryId, e.source])).toEqual([
      ['2025-12-31', 'icp#t-9#iodine#0', 'ICP_CORRECTION'],
      ['2026-01-01', 'icp#t-9#iodine#1', 'ICP_CORRECTION'],
      ['2026-01-02', 'icp#t-9#iodine#2', 'ICP_CORRECTION'],
    ]);
  });
});

describe('doseState', () => {
  it.each([
    ['2026-12-01', '2026-12-01', 'GIVEN'],
    ['2026-11-30', '2026-12-01', 'GIVEN'],
    ['2026-12-02', '2026-12-01', 'PLANNED'],
  ])('a dose dated %s, with the tank’s today %s, is %s', (date, today, state) => {
    expect(doseState(date, today)).toBe(state);
  });

  it.each([
    ['2026-12-02', '2026-12-01', '2026-12-01T18:00:00Z', 'GIVEN'],
    ['2026-12-03', '2026-12-01', undefined, 'PLANNED'],
    ['2026-12-01', '2026-12-01', undefined, 'GIVEN'],
    ['2026-11-30', '2026-12-01', '2026-11-29T18:00:00Z', 'GIVEN'],
  ])('a dose dated %s, today %s, confirmed early at %s, is %s', (date, today, confirmedAt, state) => {
    expect(doseState(date, today, confirmedAt)).toBe(state);
  });
});

describe('earlyConfirmation (a planned day given before its date)', () => {
  const tomorrow = correctionDoseEntry('t-1', 1, { elementId: 'calcium', amount: 254.7, unit: 'ml' }, '2026-12-01T08:00:00Z');
  const entries = { [tomorrow.entryId]: tomorrow };
  const confirmed = { [tomorrow.entryId]: { ...tomorrow, confirmedAt: '2026-12-01T19:00:00Z' } };

  it.each([
    ['a planned dose', entries, tomorrow.entryId, '2026-12-02', '2026-12-01', { ok: true, alreadyConfirmed: false }],
    [
      'one already confirmed (twice changes nothing)',
      confirmed,
      tomorrow.entryId,
      '2026-12-02',
      '2026-12-01',
      { ok: true, alreadyConfirmed: true },
    ],
    ['a dose of today (given already)', entries, tomorrow.entryId, '2026-12-01', '2026-12-01', { ok: false, problem: 'NOT_PLANNED' }],
    ['a dose of the past', entries, tomorrow.entryId, '2026-11-28', '2026-12-01', { ok: false, problem: 'NOT_PLANNED' }],
    ['an entry the day does not hold', entries, 'icp#t-1#calcium#7', '2026-12-02', '2026-12-01', { ok: false, problem: 'NO_SUCH_DOSE' }],
  ] as const)('%s', (_, dayEntries, entryId, date, today, expected) => {
    expect(earlyConfirmation(dayEntries, entryId, date, today)).toEqual(expected);
  });
});
