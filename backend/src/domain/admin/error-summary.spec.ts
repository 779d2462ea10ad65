import { type ErrorFact, summariseErrors } from './error-summary';

const error = (referenceId: string, operation: string, createdAt: string): ErrorFact => ({ referenceId, operation, createdAt });

describe('summariseErrors', () => {
  const now = new Date('2026-12-02T12:00:00.000Z');
  const errors = [
    error('RAM-A', 'upload-convert', '2026-12-02T11:00:00.000Z'),
    error('RAM-B', 'upload-convert', '2026-11-30T09:00:00.000Z'),
    error('RAM-C', 'dose-save-dose-history-apigw', '2026-12-02T08:00:00.000Z'),
    error('RAM-D', 'upload-convert', '2026-12-01T12:00:00.000Z'),
  ];

  it.each([
    ['total', 4],
    ['last24h', 3],
  ] as const)('counts %s', (field, expected) => {
    expect(summariseErrors(errors, now)[field]).toBe(expected);
  });

  it('groups by operation, most frequent first, with the latest time', () => {
    expect(summariseErrors(errors, now).byOperation).toEqual([
      { operation: 'upload-convert', count: 3, latestAt: '2026-12-02T11:00:00.000Z' },
      { operation: 'dose-save-dose-history-apigw', count: 1, latestAt: '2026-12-02T08:00:00.000Z' },
    ]);
  });

  it('keeps the newest few', () => {
    expect(summariseErrors(errors, now, 2).latest.map((e) => e.referenceId)).toEqual(['RAM-A', 'RAM-C']);
  });
});
