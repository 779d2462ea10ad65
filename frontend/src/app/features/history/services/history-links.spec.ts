import { historyLinkFor } from './history-links';

describe('historyLinkFor', () => {
  it('sends ICP and manual tests to their own pages', () => {
    expect(historyLinkFor('test', { id: 'icp-1', label: 'ICP OCEAMO' })).toEqual({
      path: '/app/tests/icp/icp-1',
    });
    expect(historyLinkFor('test', { id: 'm-1', label: 'Manual test', testKind: 'MANUAL' })).toEqual(
      { path: '/app/tests/manual/m-1' },
    );
  });

  it('opens the doses of the entry’s day and a program by its id', () => {
    expect(historyLinkFor('dose', { id: '2026-03-02', label: '2 doses' })).toEqual({
      path: '/app/doses',
      queryParams: { date: '2026-03-02' },
    });
    expect(historyLinkFor('program', { id: 'p 1', label: 'Winter plan' })).toEqual({
      path: '/app/programs/p%201',
    });
  });
});
