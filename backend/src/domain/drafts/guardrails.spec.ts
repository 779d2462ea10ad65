import type { Weekday } from '../dosing';
import type { DoseSchedule } from './draft-types';
import { reading } from './drafts.factory';
import {
  type Direction,
  ceilTenth,
  clip,
  dropOneDay,
  floorTenth,
  limitsAround,
  limitsForNew,
  neverDosedReason,
  roundTenth,
  validWeekdays,
} from './guardrails';

const schedule = (amount: number, weekdays: Weekday[] = [1, 3, 5]): DoseSchedule => ({ amount, unit: 'ml', weekdays });

describe('the 0.1 ml grid', () => {
  it.each([
    [floorTenth, 2.5, 2.5],
    [floorTenth, 4.125, 4.1],
    [floorTenth, 2 * 1.15, 2.3],
    [ceilTenth, 0.975, 1],
    [ceilTenth, 1.5, 1.5],
    [ceilTenth, 0.7 * 3, 2.1],
    [roundTenth, 2.46, 2.5],
    [roundTenth, 2.44, 2.4],
    [roundTenth, 0.1 + 0.2, 0.3],
  ])('%p(%p) = %p', (fn, x, expected) => {
    expect(fn(x)).toBe(expected);
  });
});

describe('neverDosedReason', () => {
  it.each([
    ['a pollutant', reading('lead', 9), /Lead is a pollutant/],
    ['a nutrient', reading('nitrate', 1), /Nitrogen is a nutrient/],
    ['an RO water reading', reading('copper-ro', 0.1), /RO water reading/],
    ['copper, whatever the table says', reading('copper', 0.1), /Copper is hazardous/],
    ['a never-corrected element', reading('selenium', 0.1, { category: 'trace' }), /never corrected/],
    [
      'an element judged only against a hazard threshold',
      reading('iodine', 40, { range: { source: 'HAZARD_FALLBACK', high: 200 } }),
      /only has a hazard threshold/,
    ],
  ])('refuses %s', (_, r, expected) => {
    expect(neverDosedReason(r)).toMatch(expected);
  });

  it.each([
    ['iodine', reading('iodine', 40)],
    ['calcium', reading('calcium', 380)],
  ])('lets %s be dosed', (_, r) => {
    expect(neverDosedReason(r)).toBeUndefined();
  });
});

describe('limitsAround', () => {
  it.each<[Direction, DoseSchedule, number, { lowest: number; highest: number; minWeekly: number; maxWeekly: number }]>([
    ['UP', schedule(2), 0.25, { lowest: 2, highest: 2.5, minWeekly: 6, maxWeekly: 7.5 }],
    ['UP', schedule(2), 0.125, { lowest: 2, highest: 2.2, minWeekly: 6, maxWeekly: 6.75 }],
    ['DOWN', schedule(2), 0.25, { lowest: 1.5, highest: 2, minWeekly: 4.5, maxWeekly: 6 }],
    ['EITHER', schedule(2), 0.25, { lowest: 1.5, highest: 2.5, minWeekly: 4.5, maxWeekly: 7.5 }],
    ['HOLD', schedule(2), 0.25, { lowest: 2, highest: 2, minWeekly: 6, maxWeekly: 6 }],
    ['STOP', schedule(2), 0.25, { lowest: 0, highest: 0, minWeekly: 0, maxWeekly: 0 }],
    ['UP', schedule(0.2), 0.25, { lowest: 0.2, highest: 0.2, minWeekly: 0.6, maxWeekly: 0.75 }],
    ['DOWN', schedule(0.3), 0.25, { lowest: 0.3, highest: 0.3, minWeekly: 0.675, maxWeekly: 0.9 }],
    ['UP', schedule(0.25), 0.25, { lowest: 0.25, highest: 0.3, minWeekly: 0.75, maxWeekly: 0.9375 }],
  ])('%s around %j by %p', (direction, current, step, expected) => {
    const sut = limitsAround(current, direction, step);

    expect(sut).toMatchObject({ lowest: expected.lowest, highest: expected.highest, days: current.weekdays });
    expect(sut.minWeekly).toBeCloseTo(expected.minWeekly, 9);
    expect(sut.maxWeekly).toBeCloseTo(expected.maxWeekly, 9);
  });
});

describe('clip', () => {
  const up = limitsAround(schedule(2), 'UP', 0.25);

  it.each<[string, { amount: number; weekdays?: number[] }, ReturnType<typeof clip>]>([
    ['inside: taken as it is', { amount: 2.3 }, { amount: 2.3, weekdays: [1, 3, 5], clipped: false }],
    ['put on the grid', { amount: 2.26 }, { amount: 2.3, weekdays: [1, 3, 5], clipped: false }],
    ['too much: cut to the highest', { amount: 9 }, { amount: 2.5, weekdays: [1, 3, 5], clipped: true }],
    ['the wrong way: cut to the lowest', { amount: 1 }, { amount: 2, weekdays: [1, 3, 5], clipped: true }],
    [
      'within half a step of the current amount: the current amount exactly',
      { amount: 2.04 },
      { amount: 2, weekdays: [1, 3, 5], clipped: false },
    ],
    ['one day more within the weekly step', { amount: 2, weekdays: [1, 3, 5, 0] }, { amount: 2, weekdays: [1, 3, 5], clipped: true }],
    ['other days, same count', { amount: 2.4, weekdays: [2, 4, 6] }, { amount: 2.4, weekdays: [2, 4, 6], clipped: false }],
    ['no valid days', { amount: 2.4, weekdays: [] }, { amount: 2.4, weekdays: [1, 3, 5], clipped: true }],
  ])('%s', (_, proposal, expected) => {
    expect(clip(proposal, up, 2)).toEqual(expected);
  });

  it('keeps the days of a held element', () => {
    expect(clip({ amount: 2, weekdays: [2, 4, 6] }, limitsAround(schedule(2), 'HOLD', 0.25), 2)).toEqual({
      amount: 2,
      weekdays: [1, 3, 5],
      clipped: true,
    });
  });

  it('bounds a new element by its start and by at least one grid step', () => {
    const limits = limitsForNew(0.5, [0, 1, 2, 3, 4, 5, 6]);

    expect(clip({ amount: 3 }, limits)).toMatchObject({ amount: 0.5, clipped: true });
    expect(clip({ amount: 0.01 }, limits)).toMatchObject({ amount: 0.1, clipped: true });
    expect(clip({ amount: 0.4, weekdays: [1, 4] }, limits)).toEqual({ amount: 0.4, weekdays: [1, 4], clipped: false });
  });
});

describe('dropOneDay', () => {
  it.each<[Weekday[], Weekday[]]>([
    [
      [0, 1, 2, 3, 4, 5, 6],
      [0, 1, 2, 3, 4, 5],
    ],
    [
      [1, 2, 3, 5],
      [1, 3, 5],
    ],
    [
      [1, 3, 5, 6],
      [1, 3, 5],
    ],
    [
      [0, 1, 2, 3],
      [0, 1, 3],
    ],
    [
      [6, 0, 2, 4],
      [0, 2, 4],
    ],
  ])('%j → %j', (days, expected) => {
    expect(dropOneDay(days)).toEqual(expected);
  });
});

describe('validWeekdays', () => {
  it.each<[number[] | undefined, Weekday[] | undefined]>([
    [
      [5, 1, 3, 1],
      [1, 3, 5],
    ],
    [[], undefined],
    [[7], undefined],
    [[1.5], undefined],
    [undefined, undefined],
  ])('%j → %j', (days, expected) => {
    expect(validWeekdays(days)).toEqual(expected);
  });
});
