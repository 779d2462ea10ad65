import { describe, expect, it } from 'vitest';
import { MAX_DASHBOARD_CHARTS } from './dashboard.model';
import {
  addChart,
  draftChart,
  moveChart,
  removeChart,
  savedCharts,
  setDose,
} from './dashboard-draft';

const canvas = (...ids: string[]) =>
  ids.map((testElementId) => draftChart({ testElementId, doseElementIds: [] }));
const ids = (charts: { testElementId: string }[]) => charts.map((c) => c.testElementId);

describe('dashboard draft', () => {
  it.each([
    ['at the end', canvas('calcium'), 'alkalinity', undefined, ['calcium', 'alkalinity']],
    [
      'where it was dropped',
      canvas('calcium', 'iodine'),
      'alkalinity',
      1,
      ['calcium', 'alkalinity', 'iodine'],
    ],
    [
      'at the start for a drop above everything',
      canvas('calcium'),
      'alkalinity',
      -3,
      ['alkalinity', 'calcium'],
    ],
  ])('adds a chart %s', (_case, charts, added, at, expected) => {
    expect(ids(addChart(charts, added, at))).toEqual(expected);
  });

  it('adds nothing to a full canvas', () => {
    const full = canvas(...Array.from({ length: MAX_DASHBOARD_CHARTS }, (_, i) => `e${i}`));
    expect(addChart(full, 'calcium')).toHaveLength(MAX_DASHBOARD_CHARTS);
  });

  it.each([
    [0, 2, ['b', 'c', 'a']],
    [2, 0, ['c', 'a', 'b']],
    [1, 9, ['a', 'c', 'b']],
    [5, 0, ['a', 'b', 'c']],
  ])('moves the chart at %s to %s', (from, to, expected) => {
    expect(ids(moveChart(canvas('a', 'b', 'c'), from, to))).toEqual(expected);
  });

  it('removes a chart and keeps the others’ identity', () => {
    const charts = canvas('a', 'b', 'c');
    const sut = removeChart(charts, 1);
    expect(ids(sut)).toEqual(['a', 'c']);
    expect(sut[1].key).toBe(charts[2].key);
  });

  it.each([
    ['fills the first slot', [], 0, 'calcium', ['calcium']],
    ['fills the second slot', ['calcium'], 1, 'magnesium', ['calcium', 'magnesium']],
    ['packs the slots when the first is emptied', ['calcium', 'magnesium'], 0, '', ['magnesium']],
    ['never holds one element twice', ['calcium'], 1, 'calcium', ['calcium']],
    ['ignores a third slot', ['calcium', 'magnesium'], 2, 'iodine', ['calcium', 'magnesium']],
  ])('%s', (_case, doses, slot, dose, expected) => {
    const charts = [draftChart({ testElementId: 'calcium', doseElementIds: doses })];
    expect(setDose(charts, 0, slot, dose)[0].doseElementIds).toEqual(expected);
  });

  it('saves charts without their canvas keys', () => {
    expect(
      savedCharts([draftChart({ testElementId: 'calcium', doseElementIds: ['calcium'] })]),
    ).toEqual([{ testElementId: 'calcium', doseElementIds: ['calcium'] }]);
  });
});
