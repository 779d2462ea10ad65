import { isNewerTest, supersedingReading } from './supersession';

describe('supersedingReading', () => {
  const icp = { testId: 'icp-27', date: '2026-11-27', createdAt: '2026-11-28T08:00:00Z' };
  const reading = (testId: string, date: string, createdAt: string, value: number) => ({
    testId,
    date,
    createdAt,
    value,
    unit: 'mg/l',
    kind: 'MANUAL' as const,
  });

  it.each([
    ['a kit test two days later', [reading('kit', '2026-11-29', '2026-11-29T18:00:00Z', 405)], 'kit'],
    ['a test of the same date recorded later', [reading('kit', '2026-11-27', '2026-11-28T09:00:00Z', 405)], 'kit'],
    ['a test of the same date recorded earlier', [reading('kit', '2026-11-27', '2026-11-27T07:00:00Z', 405)], undefined],
    ['an older test', [reading('old', '2026-11-20', '2026-11-20T07:00:00Z', 380)], undefined],
    ['the test itself', [reading('icp-27', '2026-11-27', '2026-11-28T08:00:00Z', 380)], undefined],
    [
      'two later tests: the newest wins',
      [reading('a', '2026-11-29', '2026-11-29T07:00:00Z', 405), reading('b', '2026-11-30', '2026-11-30T07:00:00Z', 412)],
      'b',
    ],
  ])('for %s gives %p', (_what, later, expected) => {
    expect(supersedingReading(icp, later)?.testId).toBe(expected);
  });

  it('orders tests by date, then by when they were recorded', () => {
    expect(isNewerTest({ testId: 'x', date: '2026-11-28', createdAt: '2026-11-01T00:00:00Z' }, icp)).toBe(true);
    expect(isNewerTest({ testId: 'x', date: '2026-11-26', createdAt: '2026-12-01T00:00:00Z' }, icp)).toBe(false);
  });
});
