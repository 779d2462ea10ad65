import { type MeteredEvent, type UnitPrices, estimatedPdfCost, meteredPdfCosts } from './pdf-costs';

const prices: UnitPrices = {
  S3_STORAGE_GB_MONTH: 0.0245,
  LAMBDA_GB_SECONDS: 0.0000133334,
  BEDROCK_INPUT_TOKENS: 0.000003,
  BEDROCK_OUTPUT_TOKENS: 0.000015,
  SQS_REQUESTS: 0.0000005,
};

const event = (overrides: Partial<MeteredEvent>): MeteredEvent => ({
  userId: 'u1',
  tankId: 'tank-1',
  correlationId: 't1',
  resourceType: 'LAMBDA_GB_SECONDS',
  quantity: 1,
  estimatedUsd: 0.0000133334,
  createdAt: '2026-12-01T10:00:00.000Z',
  ...overrides,
});

describe('meteredPdfCosts', () => {
  it('splits one report by resource, most expensive first, and totals it', () => {
    const sut = meteredPdfCosts([
      event({ quantity: 3, estimatedUsd: 0.00004 }),
      event({ quantity: 1.5, estimatedUsd: 0.00002, createdAt: '2026-12-01T10:00:05.000Z' }),
      event({ resourceType: 'BEDROCK_INPUT_TOKENS', quantity: 2000, estimatedUsd: 0.006 }),
      event({ resourceType: 'S3_STORAGE_GB_MONTH', quantity: 0.0002, estimatedUsd: 0.0000049 }),
    ]);

    expect(sut).toEqual([
      {
        correlationId: 't1',
        userId: 'u1',
        tankId: 'tank-1',
        at: '2026-12-01T10:00:00.000Z',
        basis: 'METERED',
        resources: [
          { resourceType: 'BEDROCK_INPUT_TOKENS', quantity: 2000, usd: 0.006 },
          { resourceType: 'LAMBDA_GB_SECONDS', quantity: 4.5, usd: 0.00006 },
          { resourceType: 'S3_STORAGE_GB_MONTH', quantity: 0.0002, usd: 0.0000049 },
        ],
        totalUsd: 0.0060649,
      },
    ]);
  });

  it.each([
    ['no events', [], []],
    [
      'two reports, newest first',
      [
        event({ correlationId: 'old', createdAt: '2026-11-01T00:00:00Z' }),
        event({ correlationId: 'new', createdAt: '2026-12-01T00:00:00Z' }),
      ],
      ['new', 'old'],
    ],
  ])('%s', (_label, events, ids) => {
    expect(meteredPdfCosts(events).map((c) => c.correlationId)).toEqual(ids);
  });
});

describe('estimatedPdfCost', () => {
  it.each([
    ['a 40-element report of typical size', 40, undefined, 9.75, 120],
    ['a 10-element report', 10, 1024 ** 2, 5.25, 30],
  ])('estimates %s from its stored record', (_label, elements, fileBytes, gbSeconds, sqs) => {
    const sut = estimatedPdfCost(
      { testId: 't0', userId: 'u1', tankId: 'tank-1', createdAt: '2025-01-01T00:00:00Z', elements, fileBytes },
      prices,
    );

    expect(sut.basis).toBe('ESTIMATED');
    expect(sut.resources.find((r) => r.resourceType === 'LAMBDA_GB_SECONDS')?.quantity).toBeCloseTo(gbSeconds, 6);
    expect(sut.resources.find((r) => r.resourceType === 'SQS_REQUESTS')?.quantity).toBe(sqs);
    expect(sut.totalUsd).toBeCloseTo(
      sut.resources.reduce((n, r) => n + r.usd, 0),
      8,
    );
    expect(sut.totalUsd).toBeGreaterThan(0);
  });
});
