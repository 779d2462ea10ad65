import type { ProgramElement } from '../dosing/program';
import {
  type DraftFeedbackRecord,
  type OutcomeReading,
  draftDrift,
  draftOutcome,
  summariseDraftFeedback,
  summariseOutcomes,
} from './draft-feedback-analytics';

const el = (elementId: string, amount: number, weekdays: number[], unit = 'ml'): ProgramElement => ({
  elementId,
  amount,
  unit,
  weekdays: weekdays as ProgramElement['weekdays'],
});

const feedback = (overrides: Partial<DraftFeedbackRecord>): DraftFeedbackRecord => ({
  feedbackId: 'f1',
  userId: 'u1',
  tankId: 'tank-1',
  programId: 'p1',
  activatedAt: '2026-11-28T10:00:00.000Z',
  suggestion: [],
  activated: [],
  ...overrides,
});

describe('draftDrift', () => {
  it.each([
    [
      'kept as suggested',
      el('iodine', 2, [1, 3, 5]),
      el('iodine', 2, [5, 3, 1]),
      { kind: 'kept', amountChangePct: 0, weeklyExposureChangePct: 0, large: false },
    ],
    [
      'amount halved',
      el('iodine', 2, [1, 3, 5]),
      el('iodine', 1, [1, 3, 5]),
      { kind: 'changed', amountChangePct: -50, weeklyExposureChangePct: -50, large: true },
    ],
    [
      'amount raised a little',
      el('calcium', 10, [0, 1, 2, 3, 4, 5, 6]),
      el('calcium', 12, [0, 1, 2, 3, 4, 5, 6]),
      { kind: 'changed', amountChangePct: 20, weeklyExposureChangePct: 20, large: false },
    ],
    [
      'same amount on fewer days',
      el('iodine', 2, [1, 3, 5]),
      el('iodine', 2, [1]),
      { kind: 'changed', amountChangePct: 0, weeklyExposureChangePct: -66.7, suggestedDays: 3, activatedDays: 1, large: true },
    ],
    [
      'unit changed',
      el('iodine', 2, [1]),
      el('iodine', 2, [1], 'drops'),
      { kind: 'changed', unitChanged: true, amountChangePct: null, weeklyExposureChangePct: null, large: true },
    ],
    [
      'added by the keeper',
      undefined,
      el('iron', 1, [2]),
      { kind: 'added', amountChangePct: null, weeklyExposureChangePct: null, large: true },
    ],
    [
      'dropped by the keeper',
      el('iron', 1, [2]),
      undefined,
      { kind: 'removed', amountChangePct: null, weeklyExposureChangePct: -100, large: true },
    ],
    ['a zero suggestion dropped', el('iron', 0, [2]), undefined, { kind: 'removed', weeklyExposureChangePct: null, large: false }],
  ])('%s', (_label, suggested, activated, expected) => {
    const [sut] = draftDrift({ suggestion: suggested ? [suggested] : [], activated: activated ? [activated] : [] });

    expect(sut).toMatchObject(expected);
  });
});

describe('summariseDraftFeedback', () => {
  const now = new Date('2026-12-02T00:00:00.000Z');
  const records = [
    feedback({
      feedbackId: 'kept',
      userId: 'u1',
      activatedAt: '2026-11-30T00:00:00Z',
      suggestion: [el('iodine', 2, [1, 3])],
      activated: [el('iodine', 2, [1, 3])],
    }),
    feedback({
      feedbackId: 'halved',
      userId: 'u2',
      activatedAt: '2026-11-20T00:00:00Z',
      suggestion: [el('iodine', 2, [1, 3]), el('calcium', 10, [1])],
      activated: [el('iodine', 1, [1, 3]), el('calcium', 11, [1])],
    }),
    feedback({
      feedbackId: 'old',
      userId: 'u2',
      activatedAt: '2026-09-01T00:00:00Z',
      suggestion: [el('iodine', 2, [1, 3])],
      activated: [el('iodine', 2, [1])],
    }),
  ];

  it('counts drafts, edits and large edits overall', () => {
    expect(summariseDraftFeedback(records, now)).toMatchObject({
      drafts: 3,
      edited: 2,
      activatedAsSuggested: 1,
      largeEdits: 2,
      daysChanged: 1,
      meanAbsExposureChangePct: 27.5, // 0, 50, 10, 50
      meanAbsAmountChangePct: 15, // 0, 50, 10, 0
    });
  });

  it('ranks elements with large edits first, with the signed mean drift', () => {
    expect(summariseDraftFeedback(records, now).byElement).toEqual([
      { elementId: 'iodine', drafts: 3, edited: 2, meanAbsExposureChangePct: 33.3, meanExposureChangePct: -33.3, largeEdits: 2 },
      { elementId: 'calcium', drafts: 1, edited: 1, meanAbsExposureChangePct: 10, meanExposureChangePct: 10, largeEdits: 0 },
    ]);
  });

  it.each([
    [
      'byUser',
      (s: ReturnType<typeof summariseDraftFeedback>) => s.byUser.map((u) => [u.userId, u.drafts, u.largeEdits]),
      [
        ['u2', 2, 2],
        ['u1', 1, 0],
      ],
    ],
    [
      'recency',
      (s: ReturnType<typeof summariseDraftFeedback>) => [s.recency.last7d.drafts, s.recency.last30d.drafts, s.recency.older.drafts],
      [1, 2, 1],
    ],
  ])('groups %s', (_label, pick, expected) => {
    expect(pick(summariseDraftFeedback(records, now))).toEqual(expected);
  });

  it('answers an empty summary for no feedback', () => {
    expect(summariseDraftFeedback([], now)).toMatchObject({
      drafts: 0,
      edited: 0,
      meanAbsExposureChangePct: null,
      byElement: [],
      byUser: [],
    });
  });
});

describe('draftOutcome', () => {
  const activated = { feedbackId: 'f1', activatedAt: '2026-12-01T09:00:00.000Z' };
  const reading = (canonical: string, value: number | null, unit: string, target?: number): OutcomeReading => ({
    canonical,
    elementId: canonical.toLowerCase(),
    value,
    unit,
    ...(target !== undefined ? { target } : {}),
  });

  it.each([
    [
      'calcium moved towards target',
      [reading('Calcium', 380, 'mg/l', 430)],
      [reading('Calcium', 420, 'mg/l', 430)],
      [{ distanceBeforePct: 11.6, distanceAfterPct: 2.3, improvementPct: 9.3 }],
      9.3,
    ],
    [
      'iodine overshot and got worse',
      [reading('Iodine', 50, 'µg/l', 60)],
      [reading('Iodine', 80, 'µg/l', 60)],
      [{ distanceBeforePct: 16.7, distanceAfterPct: 33.3, improvementPct: -16.6 }],
      -16.6,
    ],
    [
      'the next test in another unit',
      [reading('Iodine', 0.05, 'mg/l', 0.06)],
      [reading('Iodine', 57, 'µg/l')],
      [{ target: 60, before: 50, distanceBeforePct: 16.7, distanceAfterPct: 5, improvementPct: 11.7 }],
      11.7,
    ],
    ['the element not measured again', [reading('Calcium', 380, 'mg/l', 430)], [reading('Calcium', null, 'mg/l')], [], null],
    ['no target to judge by', [reading('Strontium', 6, 'mg/l')], [reading('Strontium', 8, 'mg/l')], [], null],
  ])('%s', (_label, source, readings, elements, average) => {
    const sut = draftOutcome(activated, source, { testId: 't2', testDate: '2026-12-15', readings });

    expect(sut.elapsedDays).toBe(14);
    expect(sut.elements).toEqual(elements.map((e) => expect.objectContaining(e)));
    expect(sut.averageImprovementPct).toBe(average);
  });

  it('summarises outcomes over drafts with a follow-up', () => {
    const better = draftOutcome(activated, [reading('Calcium', 380, 'mg/l', 430)], {
      testId: 't2',
      testDate: '2026-12-15',
      readings: [reading('Calcium', 420, 'mg/l', 430)],
    });
    const worse = draftOutcome(activated, [reading('Iodine', 50, 'µg/l', 60)], {
      testId: 't3',
      testDate: '2026-12-29',
      readings: [reading('Iodine', 80, 'µg/l', 60)],
    });

    expect(summariseOutcomes([better, worse])).toEqual({
      followedUp: 2,
      improved: 1,
      worsened: 1,
      averageImprovementPct: -3.6,
      averageElapsedDays: 21,
    });
  });
});
