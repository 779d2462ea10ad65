import { addDays, dayText, isIsoDate, tankToday, weekdaysText } from './tank-calendar';

describe('tank calendar', () => {
  it('takes today from the tank’s time zone, not the browser’s', () => {
    const lateEvening = Date.parse('2026-03-04T23:30:00Z');

    expect(tankToday(lateEvening, 'Europe/Berlin')).toBe('2026-03-05');
    expect(tankToday(lateEvening, 'America/New_York')).toBe('2026-03-04');
  });

  it('falls back to the UTC date when the zone is unknown', () => {
    expect(tankToday(Date.parse('2026-03-04T23:30:00Z'), 'Not/AZone')).toBe('2026-03-04');
  });

  it('counts days across month ends and knows real dates', () => {
    expect(addDays('2026-02-27', 3)).toBe('2026-03-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('4 March')).toBe(false);
  });

  it('writes dates and weekdays as a keeper reads them', () => {
    expect(dayText('2026-03-02')).toBe('2 Mar 2026');
    expect(dayText('2026-03-02', { withWeekday: true })).toBe('Mon, 2 Mar 2026');
    expect(weekdaysText([5, 1, 3])).toBe('Mon, Wed, Fri');
    expect(weekdaysText([0, 1, 2, 3, 4, 5, 6])).toBe('every day');
  });

  it('writes dosing days Monday first when asked, and a full week as every day', () => {
    expect(weekdaysText([5, 0, 1, 3], { mondayFirst: true })).toBe('Mon, Wed, Fri, Sun');
    expect(weekdaysText([0, 1, 2, 3, 4, 5, 6], { mondayFirst: true })).toBe('every day');
    expect(weekdaysText([])).toBe('no days');
  });
});
