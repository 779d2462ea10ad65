import type {
  CorrectionLine,
  ElementTrend,
  IcpTestResponse,
} from '../app/features/icp/services/icp-test.model';
import type { ElementResult, TestDetail } from '../app/shared/tests/test-result';

/** Calcium at 420 mg/l, in its Moonshiners range, steady. */
export function elementResultFactory(overrides: Partial<ElementResult> = {}): ElementResult {
  return {
    elementId: 'calcium',
    name: 'Calcium',
    canonical: 'Calcium',
    category: 'major',
    unit: 'mg/l',
    value: 420,
    status: 'OK',
    targetRange: { low: 400, high: 450, target: 420, source: 'METHOD' },
    message: 'Calcium is where it should be.',
    trendAssessment: { direction: 'STEADY', severity: 'NONE', signal: '→ steady since 2026-02-01' },
    ...overrides,
  };
}

/** Iodine low by 0.02 mg/l: 2 ml a day for 3 days of a single-element stock. */
export function correctionLineFactory(overrides: Partial<CorrectionLine> = {}): CorrectionLine {
  return {
    elementId: 'iodine',
    name: 'Iodine',
    unit: 'ml',
    dailyAmount: 2,
    days: 3,
    totalAmount: 6,
    product: 'Iodine (single element)',
    progress: { done: 0, total: 3, state: 'NOT_STARTED' },
    ...overrides,
  };
}

/** A DONE Oceamo test of tank-1 with a few elements across categories, and one correction. */
export function icpTestResponseFactory(
  overrides: {
    test?: Partial<TestDetail>;
    corrections?: readonly CorrectionLine[];
    draftProgramId?: string;
    features?: Partial<IcpTestResponse['features']>;
  } = {},
): IcpTestResponse {
  return {
    test: {
      id: 'icp-1',
      kind: 'ICP',
      status: 'DONE',
      date: '2026-03-01',
      label: 'ICP OCEAMO',
      lab: 'OCEAMO',
      analysisNumber: 'OC-2026-0412',
      elements: [
        elementResultFactory(),
        elementResultFactory({
          elementId: 'iodine',
          name: 'Iodine',
          canonical: 'Iodine',
          category: 'trace',
          unit: 'µg/l',
          value: 38,
          status: 'LOW',
          targetRange: { low: 55, high: 70, source: 'METHOD' },
          message: 'Iodine is low; dose to bring it back.',
          trendAssessment: {
            direction: 'DOWN',
            severity: 'ALERT',
            signal: '↓ 31% since 2026-02-01',
          },
        }),
        elementResultFactory({
          elementId: 'copper',
          name: 'Copper',
          canonical: 'Copper',
          category: 'pollutant',
          unit: 'µg/l',
          value: null,
          printed: '< 0.5',
          nonDetect: true,
          status: 'OK',
          targetRange: { high: 5, source: 'HAZARD_FALLBACK' },
          trendAssessment: undefined,
        }),
        elementResultFactory({
          elementId: 'copper-ro',
          name: 'Copper (RO)',
          canonical: 'Copper',
          category: 'osmose',
          unit: 'µg/l',
          value: 0.8,
          status: 'RO',
          targetRange: undefined,
          message: undefined,
          trendAssessment: undefined,
        }),
        elementResultFactory({
          elementId: 'nitrate',
          name: 'Nitrate',
          canonical: 'Nitrate',
          category: 'nutrient',
          unit: 'mg/l',
          value: null,
          status: 'MISSING',
          targetRange: undefined,
          message: 'Expected on an Oceamo report but not found.',
          trendAssessment: undefined,
        }),
      ],
      reviewId: 'review-1',
      ...overrides.test,
    },
    corrections: overrides.corrections ?? [correctionLineFactory()],
    ...(overrides.draftProgramId !== undefined ? { draftProgramId: overrides.draftProgramId } : {}),
    features: { projections: true, draftPrograms: true, ...overrides.features },
  };
}

/** Three Iodine readings, two dose days and a projection. */
export function elementTrendFactory(overrides: Partial<ElementTrend> = {}): ElementTrend {
  return {
    elementId: 'iodine',
    name: 'Iodine',
    unit: 'µg/l',
    targetRange: { low: 55, high: 70, target: 62, source: 'METHOD' },
    points: [
      { testId: 't1', kind: 'ICP', date: '2026-01-05', value: 60 },
      { testId: 't2', kind: 'MANUAL', date: '2026-02-01', value: null },
      { testId: 't3', kind: 'ICP', date: '2026-03-01', value: 38 },
    ],
    doses: [
      { date: '2026-02-10', elementId: 'iodine', amount: 1, unit: 'ml', source: 'PROGRAM' },
      { date: '2026-02-10', elementId: 'iodine', amount: 2, unit: 'ml', source: 'ICP_CORRECTION' },
      { date: '2026-02-11', elementId: 'iodine', amount: 1, unit: 'ml', source: 'PROGRAM' },
    ],
    explanation: 'Iodine fell from 60 to 38 µg/l while doses stayed small.',
    projection: [{ date: '2026-03-31', value: 30 }],
    ...overrides,
  };
}
