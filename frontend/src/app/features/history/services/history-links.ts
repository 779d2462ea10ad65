import { HistoryItem, HistoryKind, testKindOf } from './history-item';

/** Where a rail entry leads: a router path and, for a dose day, the date to open. */
export interface HistoryLink {
  readonly path: string;
  readonly queryParams?: Readonly<Record<string, string>>;
}

/** The address of the ICP test page; the upload dialog and the rail both link there. */
export const icpTestPath = (testId: string): string =>
  `/app/tests/icp/${encodeURIComponent(testId)}`;

/**
 * The page that shows one rail entry: an ICP or manual test, the doses of a day, or a program.
 *
 * @example historyLinkFor('dose', { id: '2026-03-01', label: '2 doses' });
 * // { path: '/app/doses', queryParams: { date: '2026-03-01' } }
 */
export function historyLinkFor(kind: HistoryKind, item: HistoryItem): HistoryLink {
  const id = encodeURIComponent(item.id);
  switch (kind) {
    case 'test':
      return testKindOf(item) === 'ICP'
        ? { path: icpTestPath(item.id) }
        : { path: `/app/tests/manual/${id}` };
    case 'dose':
      return { path: '/app/doses', queryParams: { date: item.id.slice(0, 10) } };
    case 'program':
      return { path: `/app/programs/${id}` };
  }
}

/** What each rail section's heading links to: a way to add an entry, or the full list. */
export const SECTION_LINKS: Readonly<Record<HistoryKind, { path: string; label: string }>> = {
  test: { path: '/app/tests/manual/new', label: 'Log a test' },
  dose: { path: '/app/doses', label: 'All doses' },
  program: { path: '/app/programs', label: 'All programs' },
};
