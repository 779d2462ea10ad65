import { byPriority, correctionProgress, distanceFromRange, followUpOutcomes, supersededReviews } from './review-progress';
import type { Finding, PriorTest } from './review-types';

const rows = (testId: string, dates: string[]) =>
  dates.map((date, dayIndex) => ({ date, testId, elementId: 'calcium', dayIndex, source: 'ICP_CORRECTION' }));
const action = { testId: 't2', testDate: '2026-11-20', elementId: 'calcium', days: 3 };

describe('correctionProgress', () => {
  it.each([
    ['2026-11-19', 0, 'NOT_STARTED'],
    ['2026-11-21', 1, 'PARTIAL'],
    ['2026-11-22', 2, 'PARTIAL'],
    ['2026-11-23', 3, 'DONE'],
    ['2027-01-01', 3, 'DONE'],
  ])('on %s counts %i of 3 days', (today, done, state) => {
    expect(correctionProgress({ ...action, today }, rows('t2', ['2026-11-21', '2026-11-22', '2026-11-23']))).toEqual({
      done,
      total: 3,
      state,
    });
  });

  it.each([
    ['nothing confirmed', [], 1, 'PARTIAL'],
    ['tomorrow confirmed early', [1], 2, 'PARTIAL'],
    ['both planned days confirmed early', [1, 2], 3, 'DONE'],
  ])('on the first day with %s counts %i of 3 days', (_, confirmed, done, state) => {
    const days = rows('t2', ['2026-11-21', '2026-11-22', '2026-11-23']).map((r) =>
      (confirmed as number[]).includes(r.dayIndex) ? { ...r, confirmedAt: '2026-11-21T19:00:00Z' } : r,
    );
    expect(correctionProgress({ ...action, today: '2026-11-21' }, days)).toEqual({ done, total: 3, state });
  });

  it('ignores rows of an older test, rows dated before the test, and other sources', () => {
    const noise = [
      ...rows('t1', ['2026-11-21', '2026-11-22']),
      { date: '2026-11-19', testId: 't2', elementId: 'calcium', dayIndex: 0, source: 'ICP_CORRECTION' },
      { date: '2026-11-21', elementId: 'calcium', source: 'MANUAL' },
    ];
    expect(correctionProgress({ ...action, today: '2026-11-30' }, noise)).toEqual({ done: 0, total: 3, state: 'NOT_STARTED' });
  });
});

describe('follow-up outcomes', () => {
  const finding = (value: number | null): Finding => ({
    findingId: 'finding#calcium',
    elementId: 'calcium',
    name: 'Calcium',
    severity: 'WARNING',
    status: 'LOW',
    value,
    unit: 'mg/l',
    targetRange: { source: 'METHOD', low: 400, high: 460, target: 430 },
    text: '',
  });

  it.each([
    [380, 395, 'CLOSER'],
    [380, 420, 'CLOSER'],
    [380, 360, 'FURTHER'],
    [380, 380.5, 'UNCHANGED'],
    [null, 420, 'UNKNOWN'],
  ] as const)('%s → %s is %s', (before, after, verdict) => {
    expect(followUpOutcomes([finding(before)], [{ testId: 't3', date: '2026-12-20', values: { calcium: after } }])[0]).toMatchObject({
      before,
      after,
      verdict,
      target: 430,
      testId: 't3',
    });
  });

  it('takes the first later test that measured the element, and is UNKNOWN when none did', () => {
    const later: PriorTest[] = [
      { testId: 'kit', date: '2026-12-01', values: { alkalinity: 8 } },
      { testId: 'icp', date: '2026-12-20', values: { calcium: 420 } },
    ];
    expect(followUpOutcomes([finding(380)], later)[0]).toMatchObject({ testId: 'icp', date: '2026-12-20', after: 420, verdict: 'CLOSER' });
    expect(followUpOutcomes([finding(380)], later.slice(0, 1))[0]).toMatchObject({ after: null, verdict: 'UNKNOWN' });
    expect(followUpOutcomes([finding(380)], later.slice(0, 1))[0].testId).toBeUndefined();
  });

  it('measures distance to the band, or to the target when there is no band', () => {
    expect(distanceFromRange(420, { source: 'METHOD', low: 400, high: 460 })).toBe(0);
    expect(distanceFromRange(12, { source: 'HAZARD_FALLBACK', high: 5 })).toBe(7);
    expect(distanceFromRange(8, { source: 'CUSTOM', target: 10 })).toBe(2);
    expect(distanceFromRange(8, { source: 'NONE' })).toBeUndefined();
  });
});

describe('byPriority', () => {
  it('puts the most severe first, then the newest test', () => {
    const r = (severity: 'CRITICAL' | 'WARNING' | 'INFO', testDate: string) => ({ severity, testDate, createdAt: testDate });
    const sorted = [r('INFO', '2026-11-20'), r('WARNING', '2026-10-01'), r('CRITICAL', '2026-09-01'), r('WARNING', '2026-11-01')].sort(
      byPriority,
    );
    expect(sorted).toEqual([r('CRITICAL', '2026-09-01'), r('WARNING', '2026-11-01'), r('WARNING', '2026-10-01'), r('INFO', '2026-11-20')]);
  });
});

describe('supersededReviews', () => {
  const review = (
    reviewId: string,
    testKind: 'ICP' | 'MANUAL',
    testDate: string,
    status = 'OPEN',
    createdAt = `${testDate}T08:00:00Z`,
  ) => ({
    reviewId,
    testKind,
    testDate,
    status,
    createdAt,
  });
  const newer = review('r-new', 'ICP', '2026-11-27');

  it.each([
    ['an open review of an older report', review('r1', 'ICP', '2026-11-01'), true],
    ['an open review of a report of the same day, made earlier', review('r1', 'ICP', '2026-11-27', 'OPEN', '2026-11-27T07:00:00Z'), true],
    ['a completed review', review('r1', 'ICP', '2026-11-01', 'COMPLETED'), false],
    ['a manual test’s review', review('r1', 'MANUAL', '2026-11-01'), false],
    ['a review of a later report', review('r1', 'ICP', '2026-11-30'), false],
    ['the review itself', newer, false],
  ])('takes over %s: %p', (_what, other, taken) => {
    expect(supersededReviews(newer, [other]).length === 1).toBe(taken);
  });

  it('never lets a manual test’s review take over', () => {
    expect(supersededReviews(review('r-kit', 'MANUAL', '2026-11-30'), [review('r1', 'ICP', '2026-11-01')])).toEqual([]);
  });
});
