import { analyseDoseResponse, risePerMl } from './dose-response';

const rise = new Map([
  ['calcium', 0.05],
  ['calcium-b', 0.1],
]);
const ml = (date: string, amount: number, elementId = 'calcium') => ({ date, elementId, amount, unit: 'ml' });

describe('analyseDoseResponse', () => {
  it.each([
    [
      'dosing that exactly holds the element steady',
      [
        { date: '2026-03-01', value: 420 },
        { date: '2026-03-11', value: 420 },
      ],
      [ml('2026-03-01', 200)],
      {
        days: 10,
        dosedPerDay: 1,
        measuredChangePerDay: 0,
        consumptionPerDay: 1,
        holdingDosePerDay: 1,
        holdingMlPerDay: 20,
        uncountedDoses: 0,
      },
    ],
    [
      'an element falling while dosed: consumption is dose plus the fall',
      [
        { date: '2026-03-01', value: 420 },
        { date: '2026-03-11', value: 410 },
      ],
      [ml('2026-03-01', 100)],
      { dosedPerDay: 0.5, measuredChangePerDay: -1, consumptionPerDay: 1.5, holdingDosePerDay: 1.5, holdingMlPerDay: 30 },
    ],
    [
      'an element rising faster than dosed: negative consumption, no dose needed',
      [
        { date: '2026-03-01', value: 400 },
        { date: '2026-03-05', value: 420 },
      ],
      [ml('2026-03-02', 40)],
      { dosedPerDay: 0.5, measuredChangePerDay: 5, consumptionPerDay: -4.5, holdingDosePerDay: 0, holdingMlPerDay: 0 },
    ],
    [
      'no doses at all: consumption is the fall alone',
      [
        { date: '2026-03-01', value: 10 },
        { date: '2026-03-08', value: 9.3 },
      ],
      [],
      { dosedPerDay: 0, measuredChangePerDay: -0.1, consumptionPerDay: 0.1, holdingDosePerDay: 0.1, holdingMlPerDay: null },
    ],
    [
      'a dose on the second test’s day belongs to the next stretch',
      [
        { date: '2026-03-01', value: 420 },
        { date: '2026-03-11', value: 420 },
      ],
      [ml('2026-03-11', 500)],
      { dosedPerDay: 0, consumptionPerDay: 0 },
    ],
    [
      'two products of the element add up; ml are given in the one dosed most',
      [
        { date: '2026-03-01', value: 420 },
        { date: '2026-03-11', value: 420 },
      ],
      [ml('2026-03-01', 100), ml('2026-03-02', 50, 'calcium-b')],
      { dosedPerDay: 1, holdingDosePerDay: 1, holdingMlPerDay: 20 },
    ],
    [
      'a product with no known strength leaves the dosed amount unknown',
      [
        { date: '2026-03-01', value: 420 },
        { date: '2026-03-11', value: 415 },
      ],
      [ml('2026-03-01', 100, 'core7')],
      { dosedPerDay: null, measuredChangePerDay: -0.5, consumptionPerDay: null, holdingDosePerDay: null, uncountedDoses: 1 },
    ],
    [
      'a dose logged in grams is not counted as ml',
      [
        { date: '2026-03-01', value: 420 },
        { date: '2026-03-11', value: 420 },
      ],
      [ml('2026-03-01', 200), { date: '2026-03-02', elementId: 'calcium', amount: 5, unit: 'g' }],
      { dosedPerDay: 1, uncountedDoses: 1 },
    ],
  ])('%s', (_case, readings, doses, expected) => {
    const { intervals, overall } = analyseDoseResponse({ readings, doses, risePerMl: rise });
    expect(intervals).toHaveLength(1);
    expect(overall).toEqual(intervals[0]);
    expect(intervals[0]).toMatchObject(expected);
  });

  it('gives one stretch per pair of consecutive readings and one overall', () => {
    const sut = analyseDoseResponse({
      readings: [
        { date: '2026-03-01', value: 420 },
        { date: '2026-03-06', value: null },
        { date: '2026-03-11', value: 410 },
        { date: '2026-03-21', value: 430 },
      ],
      doses: [ml('2026-03-01', 100), ml('2026-03-15', 600)],
      risePerMl: rise,
    });
    expect(sut.intervals.map((i) => [i.from, i.to, i.measuredChangePerDay, i.dosedPerDay])).toEqual([
      ['2026-03-01', '2026-03-11', -1, 0.5],
      ['2026-03-11', '2026-03-21', 2, 3],
    ]);
    expect(sut.overall).toMatchObject({
      from: '2026-03-01',
      to: '2026-03-21',
      days: 20,
      dosedPerDay: 1.75,
      measuredChangePerDay: 0.5,
      consumptionPerDay: 1.25,
    });
    expect(sut.referenceElementId).toBe('calcium');
  });

  it('uses the later of two readings on one day and needs two days to say anything', () => {
    expect(
      analyseDoseResponse({
        readings: [
          { date: '2026-03-01', value: 1 },
          { date: '2026-03-01', value: 2 },
        ],
        doses: [],
        risePerMl: rise,
      }),
    ).toEqual({
      referenceElementId: null,
      intervals: [],
      overall: null,
    });
  });
});

describe('risePerMl', () => {
  const same = (v: number) => v;
  it.each([
    ['a calcium part in a 400 l tank', { amountPer1mlPer100L: 0.1963, unit: 'mg/l' }, 400, same, 0.049075],
    ['converted into the element’s unit', { amountPer1mlPer100L: 10, unit: 'µg/l' }, 100, (v: number) => v / 1000, 0.01],
    ['no strength', undefined, 400, same, undefined],
    ['no volume', { amountPer1mlPer100L: 1, unit: 'mg/l' }, 0, same, undefined],
    ['units that do not convert', { amountPer1mlPer100L: 1, unit: 'dKH' }, 100, () => undefined, undefined],
  ])('%s', (_case, strength, litres, convert, expected) => {
    const value = risePerMl(strength, litres, convert);
    if (expected === undefined) expect(value).toBeUndefined();
    else expect(value).toBeCloseTo(expected, 9);
  });
});
