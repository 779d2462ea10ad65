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

  it('waits for the named weekday when the schedule is weekly', () => {
    const mondays0700 = { utcHour: 7, utcMinute: 0, utcWeekday: 1 };
    // 2026-03-10 is a Tuesday: the next Monday is the 16th.
    expect(nextDailyRun(mondays0700, new Date('2026-03-10T00:00:00Z')).toISOString()).toBe('2026-03-16T07:00:00.000Z');
    expect(nextDailyRun(mondays0700, new Date('2026-03-16T06:59:00Z')).toISOString()).toBe('2026-03-16T07:00:00.000Z');
    expect(nextDailyRun(mondays0700, new Date('2026-03-16T07:00:00Z')).toISOString()).toBe('2026-03-23T07:00:00.000Z');
  });
});
