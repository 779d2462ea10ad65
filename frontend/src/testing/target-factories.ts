import type { TankRange, TankRangeList } from '../app/features/targets/services/target-range.model';

/** Calcium on the method default, never customised. */
export function tankRangeFactory(overrides: Partial<TankRange> = {}): TankRange {
  return {
    elementId: 'calcium',
    name: 'Calcium',
    unit: 'mg/l',
    category: 'major',
    current: { low: 400, high: 450, target: 430, source: 'METHOD' },
    methodDefault: { low: 400, high: 450, target: 430, source: 'METHOD' },
    history: [],
    ...overrides,
  };
}

/** The LIST / SAVE / RESET answer for tank-1: calcium (method) and a customised magnesium. */
export function tankRangeListFactory(overrides: Partial<TankRangeList> = {}): TankRangeList {
  return {
    tankId: 'tank-1',
    method: 'MOONSHINERS',
    ranges: [
      tankRangeFactory(),
      tankRangeFactory({
        elementId: 'magnesium',
        name: 'Magnesium',
        current: { low: 1300, high: 1400, target: 1350, source: 'CUSTOM' },
        methodDefault: { low: 1250, high: 1350, target: 1300, source: 'METHOD' },
        version: 2,
        history: [
          { version: 1, low: 1280, high: 1380, activeFrom: '2026-05-01', activeTo: '2026-08-01' },
          { version: 2, low: 1300, high: 1400, target: 1350, activeFrom: '2026-08-01' },
        ],
      }),
    ],
    ...overrides,
  };
}
