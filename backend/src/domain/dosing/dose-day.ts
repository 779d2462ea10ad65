import { type DoseEntries, type DoseEntry, sameDose } from './dose-entry';

/** What a writer wants done to one dose day. */
export interface DayChange {
  readonly upserts?: readonly DoseEntry[];
  readonly removals?: readonly string[];
  /** Planned entries the keeper confirmed as given early, with when (entries not there are ignored). */
  readonly confirmations?: readonly { readonly entryId: string; readonly at: string }[];
}

/** A change that does something: the day after it and exactly what differs. */
export interface DayPlan {
  readonly before: DoseEntries;
  readonly after: DoseEntries;
  /** Entries that are new or whose dose differs; an identical dose is not rewritten. */
  readonly written: readonly DoseEntry[];
  /** Ids that were present and are gone. */
  readonly removed: readonly string[];
}

/**
 * The merge rule every dose writer shares: entries of other ids are never touched, an upsert writes
 * only when the id is new or its dose changed (so rewriting a dose keeps its early confirmation), a
 * removal only when the id is there, a confirmation only on an entry not yet confirmed. A change that
 * alters nothing gives `undefined`, so a repeated write costs no write at all.
 *
 * @example planDoseDay({}, { upserts: [entry] })?.written // [entry]
 * @example planDoseDay({ [entry.entryId]: entry }, { upserts: [entry] }) // undefined
 */
export function planDoseDay(before: DoseEntries, change: DayChange): DayPlan | undefined {
  const after: Record<string, DoseEntry> = { ...before };
  const removed: string[] = [];
  for (const id of new Set(change.removals ?? [])) {
    if (after[id]) {
      delete after[id];
      removed.push(id);
    }
  }
  const written: DoseEntry[] = [];
  const put = (entry: DoseEntry) => {
    after[entry.entryId] = entry;
    const already = written.findIndex((w) => w.entryId === entry.entryId);
    if (already >= 0) written.splice(already, 1);
    written.push(entry);
  };
  for (const entry of change.upserts ?? []) {
    const current = after[entry.entryId];
    if (current && sameDose(current, entry)) continue;
    // A changed dose is a new plan: an early confirmation of the old amount does not carry over.
    put(entry);
  }
  for (const { entryId, at } of change.confirmations ?? []) {
    const current = after[entryId];
    if (current && current.confirmedAt === undefined) put({ ...current, confirmedAt: at });
  }
  const finalRemoved = removed.filter((id) => !after[id]);
  if (written.length === 0 && finalRemoved.length === 0) return undefined;
  return { before, after, written, removed: finalRemoved };
}

/** Per element: the dosed amount in each unit used that day. */
export type ElementTotals = Readonly<Record<string, Readonly<Record<string, number>>>>;

const round = (n: number): number => Math.round(n * 1e6) / 1e6;

/**
 * Sums a day's entries per element and unit (the tank aggregates are these sums).
 *
 * @example doseTotals({ a: { elementId: 'iodine', amount: 2, unit: 'ml', … }, b: { elementId: 'iodine', amount: 1, unit: 'ml', … } })
 * // { iodine: { ml: 3 } }
 */
export function doseTotals(entries: DoseEntries): ElementTotals {
  const totals: Record<string, Record<string, number>> = {};
  for (const entry of Object.values(entries)) {
    const perUnit = (totals[entry.elementId] ??= {});
    perUnit[entry.unit] = round((perUnit[entry.unit] ?? 0) + entry.amount);
  }
  return totals;
}

const sameTotals = (a: Readonly<Record<string, number>> | undefined, b: Readonly<Record<string, number>> | undefined): boolean =>
  JSON.stringify(Object.entries(a ?? {}).sort()) === JSON.stringify(Object.entries(b ?? {}).sort());

/** Elements whose totals differ between two versions of a day (their aggregate rows need writing). */
export function elementsWithChangedTotals(before: ElementTotals, after: ElementTotals): string[] {
  const ids = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...ids].filter((id) => !sameTotals(before[id], after[id])).sort();
}
