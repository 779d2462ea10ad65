/** A test's or program's state as a badge: the word a keeper reads and its colours. */
export interface StatusBadge {
  readonly text: string;
  readonly tone: string;
}

const STATUS_BADGES: Readonly<Record<string, StatusBadge>> = {
  PROCESSING: { text: 'Reading', tone: 'bg-amber-300 text-reef-950' },
  IN_PROGRESS: { text: 'Evaluating', tone: 'bg-amber-300 text-reef-950' },
  DONE: { text: 'Done', tone: 'bg-lagoon-200 text-reef-950' },
  ERROR: { text: 'Failed', tone: 'bg-coral-200 text-coral-900' },
  active: { text: 'Active', tone: 'bg-lagoon-200 text-reef-950' },
  draft: { text: 'Draft', tone: 'bg-reef-200 text-reef-950' },
  inactive: { text: 'Ended', tone: 'bg-reef-700 text-reef-100' },
  // A dose day after the tank's today: the later days of a multi-day correction.
  PLANNED: { text: 'Planned', tone: 'border border-dashed border-lagoon-300 text-lagoon-100' },
};

/**
 * The badge for a status from a history list or a test; an unknown status shows as it is.
 *
 * @example statusBadge('IN_PROGRESS'); // { text: 'Evaluating', tone: 'bg-amber-300 text-reef-950' }
 */
export function statusBadge(status: string): StatusBadge {
  return STATUS_BADGES[status] ?? { text: status, tone: 'bg-reef-700 text-reef-100' };
}

/** Whether a test is still being read or evaluated, so its entry will change again by itself. */
export function isUnfinished(status: string | undefined): boolean {
  return status === 'PROCESSING' || status === 'IN_PROGRESS';
}
