import { nextDailyRun } from './scheduler';

describe('nextDailyRun', () => {
  const at0100 = { utcHour: 1, utcMinute: 0 };

  it('fires later the same day when 01:00 UTC is still ahead', () => {
    expect(nextDailyRun(at0100, new Date('2026-03-10T00:59:59Z')).toISOString()).toBe('2026-03-10T01:00:00.000Z');
  });

  it('fires the next day when 01:00 UTC has passed or is now', () => {
    expect(nextDailyRun(at0100, new Date('2026-03-10T01:00:00Z')).toISOString()).toBe('2026-03-11T01:00:00.000Z');
    expect(nextDailyRun(at0100, new Date('2026-12-31T23:00:00Z')).toISOString()).toBe('2027-01-01T01:00:00.000Z');
  });
});
