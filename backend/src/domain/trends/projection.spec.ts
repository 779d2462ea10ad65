import { fitLine, projectSeries } from './projection';

describe('fitLine', () => {
  it.each([
    [
      'two readings ten days apart',
      [
        { date: '2026-01-11', value: 12 },
        { date: '2026-01-01', value: 10 },
      ],
      { slope: 0.2, intercept: 12 },
    ],
    [
      'readings that do not sit on one line',
      [
        { date: '2026-01-03', value: 3 },
        { date: '2026-01-02', value: 1 },
        { date: '2026-01-01', value: 2 },
      ],
      { slope: 0.5, intercept: 2.5 },
    ],
    [
      'non-detects are left out',
      [
        { date: '2026-01-11', value: 12 },
        { date: '2026-01-06', value: null },
        { date: '2026-01-01', value: 10 },
      ],
      { slope: 0.2, intercept: 12 },
    ],
  ])('fits %s', (_, readings, expected) => {
    const sut = fitLine(readings, readings[0].date)!;

    expect(sut.slope).toBeCloseTo(expected.slope, 10);
    expect(sut.intercept).toBeCloseTo(expected.intercept, 10);
  });

  it.each([
    ['no reading', []],
    ['one reading', [{ date: '2026-01-01', value: 1 }]],
    [
      'two readings on one date',
      [
        { date: '2026-01-01', value: 1 },
        { date: '2026-01-01', value: 2 },
      ],
    ],
  ])('has no line for %s', (_, readings) => {
    expect(fitLine(readings, '2026-01-01')).toBeUndefined();
  });
});

describe('projectSeries', () => {
  const readings = [
    { date: '2026-01-01', value: 10 },
    { date: '2026-01-11', value: 12 },
  ];

  it('runs from the newest reading, one point a week and one on the last day', () => {
    expect(projectSeries(readings, 30)).toEqual([
      { date: '2026-01-11', value: 12 },
      { date: '2026-01-18', value: 13.4 },
      { date: '2026-01-25', value: 14.8 },
      { date: '2026-02-01', value: 16.2 },
      { date: '2026-02-08', value: 17.6 },
      { date: '2026-02-10', value: 18 },
    ]);
  });

  it('accepts readings in any order', () => {
    expect(projectSeries([...readings].reverse(), 14)).toEqual(projectSeries(readings, 14));
  });

  it('is empty without a line or without days', () => {
    expect(projectSeries([{ date: '2026-01-01', value: 10 }], 30)).toEqual([]);
    expect(projectSeries(readings, 0)).toEqual([]);
  });
});
