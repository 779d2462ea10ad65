import { buildReview, findingSeverity, keepDecisions, needsAttention } from './build-review';
import type { DraftChange, PriorTest, ReviewElement } from './review-types';

const calcium = (value: number | null, extra: Partial<ReviewElement> = {}): ReviewElement => ({
  elementId: 'calcium',
  name: 'Calcium',
  category: 'major',
  unit: 'mg/l',
  value,
  status: value !== null && value < 400 ? 'LOW' : 'OK',
  range: { source: 'METHOD', low: 400, high: 460, target: 430 },
  ...extra,
});
const copper = (value: number): ReviewElement => ({
  elementId: 'copper',
  name: 'Copper',
  category: 'pollutant',
  unit: 'µg/l',
  value,
  status: value > 5 ? 'CRITICAL' : 'OK',
  range: { source: 'HAZARD_FALLBACK', high: 5 },
});
const prior = (testId: string, date: string, values: Record<string, number | null>): PriorTest => ({ testId, date, values });
const lowCalcium = calcium(380, { correction: { kind: 'DOSE', deficit: 50, totalMl: 764.1, days: 3, dailyMl: 254.7, dailyRiseMgL: 16.7 } });

describe('buildReview', () => {
  it('grades the absolute reading before the trend: a critical pollutant outranks an element that is merely low', () => {
    const review = buildReview({
      kind: 'ICP',
      testDate: '2026-11-20',
      elements: [lowCalcium, copper(12)],
      history: [],
      compareScope: 'LAST_3',
    });
    expect(review.severity).toBe('CRITICAL');
    expect(review.findings.map((f) => [f.elementId, f.severity])).toEqual([
      ['copper', 'CRITICAL'],
      ['calcium', 'WARNING'],
    ]);
    expect(review.title).toBe('Copper is at a harmful level');
  });

  it('makes a one-time correction action for every low element with a dose, none for a manual test', () => {
    const icp = buildReview({ kind: 'ICP', testDate: '2026-11-20', elements: [lowCalcium], history: [], compareScope: 'LAST_3' });
    expect(icp.actions).toEqual([
      expect.objectContaining({
        actionId: 'correction#calcium',
        type: 'CORRECTION',
        correction: { dailyAmount: 254.7, unit: 'ml', days: 3, totalAmount: 764.1 },
      }),
    ]);
    const manual = buildReview({ kind: 'MANUAL', testDate: '2026-11-20', elements: [lowCalcium], history: [], compareScope: 'LAST_3' });
    expect(manual.actions).toEqual([]);
    expect(manual.findings).toHaveLength(1);
  });

  it('counts a draft row as a daily adjustment only when its amount, unit or days change', () => {
    const same = { amount: 10, unit: 'ml', weekdays: [0, 1, 2, 3, 4, 5, 6] };
    const changes: DraftChange[] = [
      { elementId: 'calcium', name: 'Calcium', current: same, suggested: { ...same, amount: 12 } },
      { elementId: 'magnesium', name: 'Magnesium', current: same, suggested: { ...same, weekdays: [6, 5, 4, 3, 2, 1, 0] } },
      { elementId: 'iodine', name: 'Iodine', current: same, suggested: { ...same, weekdays: [1, 3, 5] } },
      { elementId: 'kh', name: 'KH buffer', current: same, suggested: { ...same, unit: 'g' } },
      { elementId: 'strontium', name: 'Strontium', current: null, suggested: { amount: 2, unit: 'ml', weekdays: [1] } },
    ];
    const review = buildReview({
      kind: 'ICP',
      testDate: '2026-11-20',
      elements: [],
      history: [],
      compareScope: 'LAST_3',
      draftChanges: changes,
    });
    expect(review.actions.map((a) => a.actionId)).toEqual(['adjust#calcium', 'adjust#iodine', 'adjust#kh', 'adjust#strontium']);
    expect(review.actions[0].text).toBe('Change Calcium from 10 ml every day to 12 ml every day.');
    expect(review.actions[1].text).toBe('Change Iodine from 10 ml every day to 10 ml on Mon, Wed, Fri.');
  });

  it('shows an in-range element drifting fast as one to watch, never a warning, and says nothing about a steady one', () => {
    const drifting = calcium(405);
    const history = [prior('t3', '2026-10-20', { calcium: 440 }), prior('t2', '2026-09-20', { calcium: 455 })];
    const review = buildReview({ kind: 'MANUAL', testDate: '2026-11-20', elements: [drifting], history, compareScope: 'LAST_3' });
    expect(review.findings).toHaveLength(1);
    expect(review.findings[0].severity).toBe('INFO');
    expect(review.findings[0].trend).toMatchObject({ direction: 'DOWN', severity: 'ALERT' });
    expect(review.findings[0].text).toMatch(/leaves the range within 30 days: watch it/);
    expect(review.severity).toBe('INFO');
    expect(review.title).toBe('Mostly on target, a few things to watch');
    // Nothing out of range: a manual test like this opens no review.
    expect(needsAttention(review)).toBe(false);

    const steady = buildReview({
      kind: 'MANUAL',
      testDate: '2026-11-20',
      elements: [calcium(431)],
      history: [prior('t3', '2026-10-20', { calcium: 430 })],
      compareScope: 'LAST_3',
    });
    expect(steady.findings).toEqual([]);
    expect(steady.severity).toBe('OK');
    expect(needsAttention(steady)).toBe(false);
  });

  it('counts in its title exactly the readings the ICP page counts, and opens for those alone', () => {
    const magnesium: ReviewElement = {
      elementId: 'magnesium',
      name: 'Magnesium',
      category: 'major',
      unit: 'mg/l',
      value: 1500,
      status: 'HIGH',
      range: { source: 'METHOD', low: 1300, high: 1400 },
    };
    const unranged: ReviewElement = {
      elementId: 'lithium',
      name: 'Lithium',
      category: 'trace',
      unit: 'µg/l',
      value: 190,
      status: 'NO_RANGE',
    };
    const missing: ReviewElement = { elementId: 'iodine', name: 'Iodine', category: 'trace', unit: 'µg/l', value: null, status: 'MISSING' };
    const history = [prior('t1', '2026-11-10', { calcium: 455 })];
    const review = buildReview({
      kind: 'ICP',
      testDate: '2026-11-20',
      elements: [lowCalcium, magnesium, unranged, missing, calcium(405, { elementId: 'ca2' })],
      history,
      compareScope: 'LAST_3',
    });
    expect(review.title).toBe('2 elements need attention');
    expect(review.summary).toMatch(/^ICP test of 2026-11-20: 2 out of range, 2 to watch\./);
    expect(needsAttention(review)).toBe(true);
    const quiet = buildReview({
      kind: 'MANUAL',
      testDate: '2026-11-20',
      elements: [unranged, missing],
      history: [],
      compareScope: 'LAST_3',
    });
    expect(quiet.severity).toBe('INFO');
    expect(needsAttention(quiet)).toBe(false);
  });

  it('compares with as many earlier tests as the scope allows', () => {
    const history = Array.from({ length: 12 }, (_, i) =>
      prior(`t${i}`, `2026-${String(10 - Math.floor(i / 3)).padStart(2, '0')}-${String(28 - (i % 3) * 9).padStart(2, '0')}`, {
        calcium: 430,
      }),
    );
    const count = (scope: 'LAST_3' | 'LAST_5' | 'LAST_10' | 'ALL') =>
      buildReview({ kind: 'ICP', testDate: '2026-11-20', elements: [calcium(431)], history, compareScope: scope }).comparedTests.length;
    expect([count('LAST_3'), count('LAST_5'), count('LAST_10'), count('ALL')]).toEqual([3, 5, 10, 12]);
  });

  it('never reviews RO water or rows still waiting for evaluation', () => {
    expect(findingSeverity({ ...copper(30), status: 'RO' }, undefined)).toBeUndefined();
    expect(findingSeverity({ ...copper(30), status: 'PENDING' }, undefined)).toBeUndefined();
  });

  it('keeps decisions on actions that survive a regeneration and drops those that no longer exist', () => {
    const first = buildReview({ kind: 'ICP', testDate: '2026-11-20', elements: [lowCalcium], history: [], compareScope: 'LAST_3' });
    const decided = first.actions.map((a) => ({ ...a, decision: { choice: 'ACCEPTED' as const, decidedAt: '2026-11-21T08:00:00Z' } }));
    const again = keepDecisions(first, [...decided, { ...decided[0], actionId: 'correction#gone' }]);
    expect(again.actions).toEqual(decided);
  });
});
