import type { ResolvedRange } from '../../domain/corrections/target-range';
import { explainTrend } from './trend-explanation';

const calcium: ResolvedRange = { source: 'METHOD', low: 400, high: 460 };
const base = { name: 'Calcium', unit: 'mg/l', days: 90, range: calcium, doseCount: 0 };

describe('explainTrend', () => {
  it.each([
    ['no reading', { points: [] }, 'Calcium: no readings in the last 90 days. No related doses were logged in the same period.'],
    [
      'a single reading below the range, all history',
      { days: 0, points: [{ date: '2026-10-01', value: 380 }], doseCount: 1 },
      'Calcium: 1 reading so far; the latest, 380 mg/l on 2026-10-01, is below 400–460 mg/l, the only reading in this period. 1 related dose was logged in the same period.',
    ],
    [
      'a fall inside the range',
      {
        points: [
          { date: '2026-09-01', value: 440 },
          { date: '2026-10-01', value: 410 },
        ],
        doseCount: 3,
      },
      'Calcium: 2 readings in the last 90 days; the latest, 410 mg/l on 2026-10-01, is within 400–460 mg/l, down 6.8% since 2026-09-01. 3 related doses were logged in the same period.',
    ],
    [
      'a steady reading above the range',
      {
        points: [
          { date: '2026-09-01', value: 470 },
          { date: '2026-10-01', value: 472 },
        ],
      },
      'Calcium: 2 readings in the last 90 days; the latest, 472 mg/l on 2026-10-01, is above 400–460 mg/l, steady since 2026-09-01. No related doses were logged in the same period.',
    ],
    [
      'a reading without a range, after a non-detect',
      {
        name: 'Tin',
        unit: 'µg/l',
        range: { source: 'NONE' } as ResolvedRange,
        points: [
          { date: '2026-09-01', value: null },
          { date: '2026-10-01', value: 2 },
        ],
      },
      'Tin: 2 readings in the last 90 days; the latest, 2 µg/l on 2026-10-01, has no target range, up since 2026-09-01. No related doses were logged in the same period.',
    ],
    [
      'a non-detect under a ceiling',
      {
        name: 'Copper',
        unit: 'µg/l',
        range: { source: 'HAZARD_FALLBACK', high: 5 } as ResolvedRange,
        points: [{ date: '2026-10-01', value: null }],
      },
      'Copper: 1 reading in the last 90 days; the latest, not detected on 2026-10-01, is under the limit of 5 µg/l, the only reading in this period. No related doses were logged in the same period.',
    ],
    [
      'a reading over a floor-only range',
      { range: { source: 'CUSTOM', low: 400 } as ResolvedRange, points: [{ date: '2026-10-01', value: 420 }] },
      'Calcium: 1 reading in the last 90 days; the latest, 420 mg/l on 2026-10-01, is above the floor of 400 mg/l, the only reading in this period. No related doses were logged in the same period.',
    ],
  ])('describes %s', (_, input, expected) => {
    expect(explainTrend({ ...base, ...input })).toBe(expected);
  });
});
