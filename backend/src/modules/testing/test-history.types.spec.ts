import { processingStartedAt } from './test-history.types';

describe('processingStartedAt', () => {
  it.each([
    [
      'an upload: its deadline less the processing allowance',
      { deadline_at: '2026-03-01T10:15:00.000Z', created_at: '2026-03-01T10:00:00.000Z' },
      '2026-03-01T10:00:00.000Z',
    ],
    [
      'a retry: the renewed deadline, not the first upload',
      { deadline_at: '2026-03-02T08:20:00.000Z', created_at: '2026-03-01T10:00:00.000Z' },
      '2026-03-02T08:05:00.000Z',
    ],
    ['a typed-in report: when it was saved', { created_at: '2026-03-01T10:00:00.000Z' }, '2026-03-01T10:00:00.000Z'],
    [
      'an unreadable deadline falls back to the creation',
      { deadline_at: 'soon', created_at: '2026-03-01T10:00:00.000Z' },
      '2026-03-01T10:00:00.000Z',
    ],
    ['no usable time at all', { deadline_at: 42, created_at: undefined }, undefined],
  ])('%s', (_case, item, expected) => {
    expect(processingStartedAt(item)?.toISOString()).toBe(expected);
  });
});
