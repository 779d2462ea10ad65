import type { Weekday } from './calendar';
import { type ProgramElement, normaliseWeekdays } from './program';

/** How one element of a RaM draft differs between the suggestion and what the keeper activated. */
export interface DraftElementChange {
  readonly elementId: string;
  /** `added`: the keeper added it; `removed`: the keeper dropped it; `changed`: amount, unit or days differ. */
  readonly kind: 'added' | 'removed' | 'changed';
  readonly suggested?: ProgramElement;
  readonly activated?: ProgramElement;
  readonly amountChanged: boolean;
  readonly unitChanged: boolean;
  readonly weekdaysAdded: readonly Weekday[];
  readonly weekdaysRemoved: readonly Weekday[];
}

const without = (a: readonly Weekday[], b: readonly Weekday[]): Weekday[] => normaliseWeekdays(a).filter((d) => !b.includes(d));

function compare(
  elementId: string,
  suggested: ProgramElement | undefined,
  activated: ProgramElement | undefined,
): DraftElementChange | undefined {
  const suggestedDays = suggested?.weekdays ?? [];
  const activatedDays = activated?.weekdays ?? [];
  const change: DraftElementChange = {
    elementId,
    kind: !suggested ? 'added' : !activated ? 'removed' : 'changed',
    suggested,
    activated,
    amountChanged: suggested?.amount !== activated?.amount,
    unitChanged: suggested?.unit !== activated?.unit,
    weekdaysAdded: without(activatedDays, suggestedDays),
    weekdaysRemoved: without(suggestedDays, activatedDays),
  };
  const differs =
    change.kind !== 'changed' ||
    change.amountChanged ||
    change.unitChanged ||
    change.weekdaysAdded.length > 0 ||
    change.weekdaysRemoved.length > 0;
  return differs ? change : undefined;
}

/**
 * What the keeper changed in a RaM draft before activating it, element by element; empty when the
 * suggestion was activated as it was.
 *
 * @example draftChanges([{ elementId: 'iodine', amount: 2, unit: 'ml', weekdays: [1, 3] }], [{ elementId: 'iodine', amount: 2, unit: 'ml', weekdays: [1] }])
 * // [{ elementId: 'iodine', kind: 'changed', amountChanged: false, unitChanged: false, weekdaysAdded: [], weekdaysRemoved: [3], … }]
 */
export function draftChanges(suggestion: readonly ProgramElement[], activated: readonly ProgramElement[]): DraftElementChange[] {
  const ids = [...new Set([...suggestion.map((e) => e.elementId), ...activated.map((e) => e.elementId)])].sort();
  return ids.flatMap(
    (id) =>
      compare(
        id,
        suggestion.find((e) => e.elementId === id),
        activated.find((e) => e.elementId === id),
      ) ?? [],
  );
}
