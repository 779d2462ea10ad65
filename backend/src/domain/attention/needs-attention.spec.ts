import { ATTENTION_STATUSES, attentionCount, needsAttention, readingSeverity } from './needs-attention';

describe('needsAttention: the one rule of the API and the app', () => {
  it.each([
    ['CRITICAL', true],
    ['LOW', true],
    ['HIGH', true],
    ['OK', false],
    ['NO_RANGE', false],
    ['MISSING', false],
    ['RO', false],
    ['PENDING', false],
    ['SOMETHING_NEW', false],
  ])('%s → %s', (status, expected) => {
    expect(needsAttention(status)).toBe(expected);
  });

  it('lists the statuses most urgent first', () => {
    expect(ATTENTION_STATUSES).toEqual(['CRITICAL', 'LOW', 'HIGH']);
  });

  it('counts the issue’s healthy manual test as nothing to attend to, its dangerous one as six', () => {
    const healthy = ['OK', 'OK', 'OK', 'OK', 'OK', 'OK', 'OK', 'OK'].map((status) => ({ status }));
    const dangerous = ['CRITICAL', 'LOW', 'LOW', 'CRITICAL', 'CRITICAL', 'CRITICAL'].map((status) => ({ status }));
    expect(attentionCount(healthy)).toBe(0);
    expect(attentionCount(dangerous)).toBe(6);
    expect(attentionCount([{ status: 'NO_RANGE' }, { status: 'MISSING' }, { status: 'HIGH' }])).toBe(1);
  });
});

describe('readingSeverity: Warning only out of range', () => {
  it.each([
    ['CRITICAL', undefined, 'CRITICAL'],
    ['CRITICAL', 'NONE', 'CRITICAL'],
    ['LOW', undefined, 'WARNING'],
    ['HIGH', 'ALERT', 'WARNING'],
    ['HIGH', 'WATCH', 'WARNING'],
    // In range: never a warning, however the trend moves; heading out is something to watch.
    ['OK', 'ALERT', 'INFO'],
    ['OK', 'WATCH', 'INFO'],
    ['OK', 'NONE', undefined],
    ['OK', undefined, undefined],
    ['NO_RANGE', undefined, 'INFO'],
    ['NO_RANGE', 'ALERT', 'INFO'],
    ['MISSING', undefined, 'INFO'],
    ['RO', 'ALERT', undefined],
    ['PENDING', undefined, undefined],
  ] as const)('%s with trend %s → %s', (status, trend, expected) => {
    expect(readingSeverity(status, trend)).toBe(expected);
  });

  it('gives a warning or worse exactly to the readings that need attention', () => {
    for (const status of ['CRITICAL', 'LOW', 'HIGH', 'OK', 'NO_RANGE', 'MISSING', 'RO', 'PENDING']) {
      for (const trend of [undefined, 'NONE', 'WATCH', 'ALERT'] as const) {
        const severity = readingSeverity(status, trend);
        expect(severity === 'CRITICAL' || severity === 'WARNING').toBe(needsAttention(status));
      }
    }
  });
});
