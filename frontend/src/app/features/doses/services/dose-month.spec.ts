import { describe, expect, it } from 'vitest';
import { doseEntryFactory } from '../../../../testing/dose-factories';
import { doseMonthChartOption, monthRange, monthText, monthTotals, shiftMonth } from './dose-month';

describe('dose months', () => {
  it.each([
    ['2026-02', '2026-02-01', '2026-02-28'],
    ['2028-02', '2028-02-01', '2028-02-29'],
    ['2026-12', '2026-12-01', '2026-12-31'],
  ])('%s runs from %s to %s', (month, from, to) => {
    expect(monthRange(month)).toEqual({ from, to });
  });

  it.each([
    ['2026-01', -1, '2025-12'],
    ['2026-12', 1, '2027-01'],
    ['2026-05', -13, '2025-04'],
  ])('%s shifted by %s is %s', (month, by, expected) => {
    expect(shiftMonth(month, by)).toBe(expected);
  });

  it('names the month', () => {
    expect(monthText('2026-03')).toBe('March 2026');
  });

  const days = [
    {
      date: '2026-03-02',
      entries: [
        doseEntryFactory({ elementId: 'calcium', amount: 10 }),
        doseEntryFactory({ elementId: 'iodine', amount: 1, unit: 'ml' }),
      ],
    },
    {
      date: '2026-03-01',
      entries: [
        doseEntryFactory({ elementId: 'calcium', amount: 12.5 }),
        doseEntryFactory({ elementId: 'calcium', amount: 5, unit: 'g' }),
      ],
    },
  ];

  it('totals each element per unit with its dosing days, largest first', () => {
    expect(monthTotals(days)).toEqual([
      { elementId: 'calcium', unit: 'ml', total: 22.5, days: 2 },
      { elementId: 'calcium', unit: 'g', total: 5, days: 1 },
      { elementId: 'iodine', unit: 'ml', total: 1, days: 1 },
    ]);
  });

  it('charts one bar per day of the month, stacked per unit', () => {
    const option = doseMonthChartOption('2026-03', days, (id) => id.toUpperCase());
    expect((option['xAxis'] as { data: string[] }).data).toHaveLength(31);
    const series = option['series'] as { name: string; stack: string; data: number[] }[];
    expect(series.map((s) => [s.name, s.stack, s.data.slice(0, 3)])).toEqual([
      ['CALCIUM (ml)', 'ml', [12.5, 10, 0]],
      ['CALCIUM (g)', 'g', [5, 0, 0]],
      ['IODINE (ml)', 'ml', [0, 1, 0]],
    ]);
  });
});
