import { type DayActivity, usagePatterns } from './usage-patterns';

const on = (day: string, activeUserIds: string[], uploads = 0, manualTests = 0): DayActivity => ({
  day,
  uploads,
  manualTests,
  activeUserIds,
});

describe('usagePatterns', () => {
  const today = '2026-12-02'; // a Wednesday
  const activity = [
    on('2026-12-02', ['u1', 'u2'], 2, 1),
    on('2026-11-30', ['u3', 'u1']),
    on('2026-11-20', ['u4'], 0, 1),
    on('2026-11-03', ['u5']), // 30th day back: inside the window
    on('2026-11-02', ['u6'], 1), // 31 days back: outside
    on('2026-12-03', ['u7']), // tomorrow (clock skew): outside
  ];

  it.each([
    ['activeKeepers7d', 3],
    ['activeKeepers30d', 5],
  ] as const)('%s counts distinct keepers in the window', (field, expected) => {
    expect(usagePatterns(activity, today)[field]).toBe(expected);
  });

  it('lists every day of the window, empty days included', () => {
    const sut = usagePatterns(activity, today);

    expect(sut.days).toHaveLength(30);
    expect(sut.days[0].day).toBe('2026-11-03');
    expect(sut.days.at(-1)).toEqual({ day: '2026-12-02', uploads: 2, manualTests: 1, activeKeepers: 2 });
    expect(sut.days.find((d) => d.day === '2026-11-25')).toEqual({ day: '2026-11-25', uploads: 0, manualTests: 0, activeKeepers: 0 });
  });

  it('sums weeks from Monday, counting a keeper active on two days once', () => {
    const sut = usagePatterns(activity, today);

    expect(sut.weeks[0].weekOf).toBe('2026-11-02');
    expect(sut.weeks.at(-1)).toEqual({ weekOf: '2026-11-30', uploads: 2, manualTests: 1, activeKeepers: 3 });
    expect(sut.weeks.find((w) => w.weekOf === '2026-11-16')).toEqual({
      weekOf: '2026-11-16',
      uploads: 0,
      manualTests: 1,
      activeKeepers: 1,
    });
    expect(sut.weeks.reduce((n, w) => n + w.uploads, 0)).toBe(2);
  });
});
