import { type ActivityFact, usagePatterns } from './usage-patterns';

const fact = (day: string, userId: string, kind: ActivityFact['kind'] = 'APP_SESSION'): ActivityFact => ({ day, userId, kind });

describe('usagePatterns', () => {
  const today = '2026-12-02'; // a Wednesday
  const facts = [
    fact('2026-12-02', 'u1', 'ICP_UPLOAD'),
    fact('2026-12-02', 'u1', 'ICP_UPLOAD'),
    fact('2026-12-02', 'u2', 'MANUAL_TEST'),
    fact('2026-11-30', 'u3'),
    fact('2026-11-20', 'u4', 'MANUAL_TEST'),
    fact('2026-11-03', 'u5'), // 30th day back: inside the window
    fact('2026-11-02', 'u6', 'ICP_UPLOAD'), // 31 days back: outside
    fact('2026-12-03', 'u7'), // tomorrow (clock skew): outside
  ];

  it.each([
    ['activeKeepers7d', 3],
    ['activeKeepers30d', 5],
  ] as const)('%s counts distinct keepers in the window', (field, expected) => {
    expect(usagePatterns(facts, today)[field]).toBe(expected);
  });

  it('lists every day of the window, empty days included', () => {
    const sut = usagePatterns(facts, today);

    expect(sut.days).toHaveLength(30);
    expect(sut.days[0].day).toBe('2026-11-03');
    expect(sut.days.at(-1)).toEqual({ day: '2026-12-02', uploads: 2, manualTests: 1, activeKeepers: 2 });
    expect(sut.days.find((d) => d.day === '2026-11-25')).toEqual({ day: '2026-11-25', uploads: 0, manualTests: 0, activeKeepers: 0 });
  });

  it('sums weeks from Monday, the partial first and current weeks included', () => {
    const sut = usagePatterns(facts, today);

    expect(sut.weeks[0].weekOf).toBe('2026-11-02');
    expect(sut.weeks.at(-1)).toEqual({ weekOf: '2026-11-30', uploads: 2, manualTests: 1, activeKeepers: 3 });
    expect(sut.weeks.find((w) => w.weekOf === '2026-11-16')).toEqual({ weekOf: '2026-11-16', uploads: 0, manualTests: 1, activeKeepers: 1 });
    expect(sut.weeks.reduce((n, w) => n + w.uploads, 0)).toBe(2);
  });
});
