import type { TestKind } from '../../../shared/tests/test-result';

/** The three histories the side rail lists for the selected tank. */
export type HistoryKind = 'test' | 'dose' | 'program';

/**
 * One entry of a history list as the rail shows it: a test, a dose day or a dosing program.
 * `date` is `YYYY-MM-DD` (or an ISO time); `status` is a test's or program's state, absent for doses.
 * `testKind` is what the test list says; live messages leave it out (see `testKindOf`).
 */
export interface HistoryItem {
  readonly id: string;
  readonly label: string;
  readonly date?: string;
  readonly status?: string;
  readonly testKind?: TestKind;
  /** Tests: the ICP lab; for a failed test, why it failed (`LAYOUT`, `DEADLINE`, …). */
  readonly lab?: string;
  readonly failureKind?: string;
  /** Dose days: a planned dose on it was confirmed as given early, so the day is not all planned. */
  readonly givenEarly?: boolean;
}

/** A live change to one list: an entry added or updated, or removed, for a tank. */
export interface HistoryChange {
  readonly kind: HistoryKind;
  readonly op: 'upsert' | 'remove';
  readonly tankId: string;
  readonly item: HistoryItem;
}

type Fields = Record<string, unknown>;

const DEFAULT_LABELS: Record<HistoryKind, string> = {
  test: 'Test',
  dose: 'Dose day',
  program: 'Dosing program',
};

// The list endpoints answer `{ tests: [...] }`, `{ days: [...] }` (doses), `{ programs: [...] }`;
// a bare array or `{ items: [...] }` reads too. Every field name below is one a list has used.
const LIST_FIELDS = ['tests', 'days', 'programs', 'items', 'doses', 'history'];
const ID_FIELDS = ['id', 'testId', 'programId', 'doseDate', 'date'];
const DATE_FIELDS = ['date', 'testDate', 'doseDate', 'startDate'];
const LABEL_FIELDS = ['label', 'name'];

function firstText(fields: Fields, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = fields[name];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return undefined;
}

function rowsIn(body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  if (typeof body !== 'object' || body === null) return [];
  for (const name of LIST_FIELDS) {
    const rows = (body as Fields)[name];
    if (Array.isArray(rows)) return rows;
  }
  return [];
}

/**
 * Reads a history list answer into rail items, newest first; rows without an id are left out.
 *
 * @example
 * historyItemsFrom('test', { tests: [{ id: 't1', date: '2026-03-01', status: 'DONE', label: 'ICP OCEAMO' }] });
 * // [{ id: 't1', label: 'ICP OCEAMO', date: '2026-03-01', status: 'DONE' }]
 */
export function historyItemsFrom(kind: HistoryKind, body: unknown): HistoryItem[] {
  const items: HistoryItem[] = [];
  for (const row of rowsIn(body)) {
    if (typeof row !== 'object' || row === null) continue;
    const fields = row as Fields;
    const id = firstText(fields, ID_FIELDS);
    if (!id) continue;
    const date = firstText(fields, DATE_FIELDS);
    const status = firstText(fields, ['status']);
    const testKind = kind === 'test' ? testKindIn(fields['kind']) : undefined;
    const givenEarly = kind === 'dose' && givenEarlyIn(fields);
    items.push({
      id,
      label: firstText(fields, LABEL_FIELDS) ?? DEFAULT_LABELS[kind],
      ...(date ? { date } : {}),
      ...(status ? { status } : {}),
      ...(testKind ? { testKind } : {}),
      ...(kind === 'test' ? testFacts(fields) : {}),
      ...(givenEarly ? { givenEarly } : {}),
    });
  }
  return newestFirst(items);
}

/** The lab and failure kind of a test row (or of a live message's item), where they are given. */
export function testFacts(fields: Fields): Pick<HistoryItem, 'lab' | 'failureKind'> {
  const lab = firstText(fields, ['lab']);
  const failureKind = firstText(fields, ['failureKind']);
  return { ...(lab ? { lab } : {}), ...(failureKind ? { failureKind } : {}) };
}

/** A dose day (list row or live message) holding a planned dose the keeper confirmed early. */
function givenEarlyIn(fields: Fields): boolean {
  if (fields['givenEarly'] === true) return true;
  const entries = fields['entries'];
  return (
    Array.isArray(entries) &&
    entries.some((e) => typeof e === 'object' && e !== null && 'confirmedAt' in e)
  );
}

function testKindIn(value: unknown): TestKind | undefined {
  return value === 'ICP' || value === 'MANUAL' ? value : undefined;
}

/**
 * Whether a rail entry is an ICP or a manual test. Live messages carry no kind, only the label the
 * API gives every test (`ICP OCEAMO`, `Manual test`), so that decides when the list did not say.
 *
 * @example testKindOf({ id: 't1', label: 'ICP ATI' }); // 'ICP'
 */
export function testKindOf(item: HistoryItem): TestKind {
  return item.testKind ?? (/^ICP\b/i.test(item.label) ? 'ICP' : 'MANUAL');
}

/** Newest date first; entries without a date last; equal dates keep their order. */
export function newestFirst(items: readonly HistoryItem[]): HistoryItem[] {
  return [...items].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}

/**
 * The list with `item` added, or replacing the entry with its id; applying it twice changes nothing.
 * A replacement without a test kind keeps the one the entry had.
 */
export function upsertHistoryItem(
  items: readonly HistoryItem[],
  item: HistoryItem,
): readonly HistoryItem[] {
  const index = items.findIndex((existing) => existing.id === item.id);
  if (index === -1) return newestFirst([item, ...items]);
  const next = [...items];
  const testKind = item.testKind ?? items[index].testKind;
  next[index] = testKind ? { ...item, testKind } : item;
  return newestFirst(next);
}

/** The list without the entry `id`; the same list when it is not there. */
export function removeHistoryItem(
  items: readonly HistoryItem[],
  id: string,
): readonly HistoryItem[] {
  return items.some((item) => item.id === id) ? items.filter((item) => item.id !== id) : items;
}
