import { testPath } from '../../../shared/tests/test-links';
import { HistoryItem, HistoryKind, testKindOf } from './history-item';

/** Where a rail entry leads: a router path and, for a dose day, the date to open. */
export interface HistoryLink {
  readonly path: string;
  readonly queryParams?: Readonly<Record<string, string>>;
}

/**
 * The page that shows one rail entry: an ICP or manual test, the doses of a day, or a program.
 *
 * @example historyLinkFor('dose', { id: '2026-03-01', label: '2 doses' });
 * // { path: '/app/doses', queryParams: { date: '2026-03-01' } }
 */
export function historyLinkFor(kind: HistoryKind, item: HistoryItem): HistoryLink {
  switch (kind) {
    case 'test':
      return { path: testPath(testKindOf(item), item.id) };
    case 'dose':
      return { path: '/app/doses', queryParams: { date: item.id.slice(0, 10) } };
    case 'program':
      return { path: `/app/programs/${encodeURIComponent(item.id)}` };
  }
}

/** What each rail section's heading links to: a way to add an entry, or the full list. */
export const SECTION_LINKS: Readonly<Record<HistoryKind, { path: string; label: string }>> = {
  test: { path: '/app/tests/manual/new', label: 'Log a test' },
  dose: { path: '/app/doses', label: 'All doses' },
  program: { path: '/app/programs', label: 'All programs' },
};

/** Where a rail section's "and N older" leads: the page that lists all of that history. */
export const OLDER_LINKS: Readonly<Record<HistoryKind, string>> = {
  test: '/app/tests',
  dose: '/app/doses',
  program: '/app/programs',
};
