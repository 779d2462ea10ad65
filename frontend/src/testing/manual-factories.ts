import type { TestDetail } from '../app/shared/tests/test-result';

/** A manual test as the API evaluates it: alkalinity in range, calcium low and falling. */
export function manualTestFactory(overrides: Partial<TestDetail> = {}): TestDetail {
  return {
    id: 'test-1',
    kind: 'MANUAL',
    status: 'DONE',
    date: '2026-03-03',
    label: 'Manual test',
    elements: [
      {
        elementId: 'alkalinity',
        name: 'Alkalinity',
        canonical: 'Alkalinity',
        category: 'base',
        unit: 'dKH',
        value: 8.1,
        status: 'OK',
        targetRange: { low: 7.5, high: 9, target: 8.3, source: 'METHOD' },
        message: 'Alkalinity is where it should be.',
        trendAssessment: { direction: 'STEADY', severity: 'NONE', signal: '→ steady since 24 Feb' },
      },
      {
        elementId: 'calcium',
        name: 'Calcium',
        canonical: 'Calcium',
        category: 'major',
        unit: 'mg/l',
        value: 380,
        status: 'LOW',
        targetRange: { low: 400, high: 450, source: 'METHOD' },
        message: 'Calcium is below its range.',
        trendAssessment: { direction: 'DOWN', severity: 'ALERT', signal: '↓ 7% since 24 Feb' },
      },
    ],
    ...overrides,
  };
}
