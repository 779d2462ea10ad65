import { addDays, datesBetween, daysBetween, isIsoDate, localDateOf, weekdayOf } from './calendar';

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-3-1', false],
    ['2025-03-01T00:00:00Z', false],
  ])('accepts %s as a date: %s', (value, valid) => {
    expect(isIsoDate(value)).toBe(valid);
  });

  it('steps across month, leap-day and year boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(daysBetween('2024-12-30', '2025-01-02')).toBe(3);
  });

  it('numbers weekdays from Sunday = 0', () => {
    expect(['2025-01-05', '2025-01-06', '2025-01-11'].map(weekdayOf)).toEqual([0, 1, 6]);
  });

  it('lists both ends of a range and nothing for a reversed one', () => {
    expect(datesBetween('2025-03-30', '2025-04-01')).toEqual(['2025-03-30', '2025-03-31', '2025-04-01']);
    expect(datesBetween('2025-04-01', '2025-03-31')).toEqual([]);
  });

  describe('a tank’s local date at the 01:00 UTC schedule', () => {
    const at = new Date('2025-01-06T01:00:00Z'); // a Monday in UTC

    it.each([
      ['UTC', '2025-01-06', 1],
      ['Pacific/Honolulu', '2025-01-05', 0],
      ['Pacific/Tongatapu', '2025-01-06', 1],
      ['Europe/Berlin', '2025-01-06', 1],
    ])('in %s is %s (weekday %i)', (zone, date, weekday) => {
      const sut = localDateOf(at, zone);

      expect(sut).toBe(date);
      expect(weekdayOf(sut)).toBe(weekday);
    });

    it('is already the next day in Tongatapu while Honolulu is still on the previous one', () => {
      const evening = new Date('2025-01-06T11:00:00Z');

      expect(localDateOf(evening, 'Pacific/Tongatapu')).toBe('2025-01-07');
      expect(localDateOf(evening, 'Pacific/Honolulu')).toBe('2025-01-06');
    });
  });
});
