import { convert } from '../canon';
import type { DoseDay, ProgramElement } from '../dosing';
import type { DraftPlan, DraftSuggestion, EvaluatedElementForDraft, PriorDraftOutcome, RecentDose } from './draft-types';
import { governingReading, readingsByCanonical } from './readings';

/**
 * What the tank's own history says before a draft: how much of each element it received lately,
 * and whether the last activated draft moved its elements towards target.
 */

/**
 * Average daily amount per dose element and unit over a window of `windowDays` days (days without a
 * row count as zero). ICP corrections are one-off refills, not the daily need, so they are left out.
 *
 * @example recentDailyAverages([{ date: '2026-11-01', entries: { a: { elementId: 'iodine', amount: 2.8, unit: 'ml', source: 'PROGRAM', … } } }], 28)
 * // [{ elementId: 'iodine', unit: 'ml', dailyAverage: 0.1 }]
 */
export function recentDailyAverages(days: readonly DoseDay[], windowDays: number): RecentDose[] {
  const totals = new Map<string, { elementId: string; unit: string; total: number }>();
  for (const day of days) {
    for (const entry of Object.values(day.entries)) {
      if (entry.source === 'ICP_CORRECTION') continue;
      const key = `${entry.elementId}\u0000${entry.unit}`;
      const sum = totals.get(key) ?? { elementId: entry.elementId, unit: entry.unit, total: 0 };
      sum.total += entry.amount;
      totals.set(key, sum);
    }
  }
  return [...totals.values()]
    .map((t) => ({ elementId: t.elementId, unit: t.unit, dailyAverage: Math.round((t.total / windowDays) * 1000) / 1000 }))
    .sort((a, b) => a.elementId.localeCompare(b.elementId) || a.unit.localeCompare(b.unit));
}

/** A reading a draft was made from, kept with the draft so the next test can judge its outcome. */
export interface DraftSourceReading {
  readonly canonical: string;
  readonly elementId: string;
  readonly value: number | null;
  readonly unit: string;
  readonly target?: number;
}

const aimOf = (r: EvaluatedElementForDraft): number | undefined =>
  r.range.target ?? (r.range.low !== undefined && r.range.high !== undefined ? (r.range.low + r.range.high) / 2 : undefined);

/** The readings behind a plan's suggestions, one per canonical they name. */
export function sourceReadings(plan: DraftPlan, elements: readonly EvaluatedElementForDraft[]): DraftSourceReading[] {
  const readings = readingsByCanonical(elements);
  const canonicals = [...new Set(plan.suggestions.map((s) => s.canonical))].sort();
  return canonicals.flatMap((canonical) => {
    const reading = governingReading(readings.get(canonical) ?? [], plan.suggestions.find((s) => s.canonical === canonical)?.elementId);
    if (!reading) return [];
    const target = aimOf(reading);
    return [
      { canonical, elementId: reading.elementId, value: reading.value, unit: reading.unit, ...(target !== undefined ? { target } : {}) },
    ];
  });
}

/** The last RaM draft the keeper activated, as stored and as activated. */
export interface ActivatedDraft {
  readonly suggestions: readonly DraftSuggestion[];
  readonly readings: readonly DraftSourceReading[];
  /** The draft program's elements as activated (the keeper may have edited them). */
  readonly activated: readonly ProgramElement[];
}

const weekly = (s: { amount: number; weekdays: readonly number[] } | null | undefined): number => (s ? s.amount * s.weekdays.length : 0);

function valueIn(value: number | null, from: string, to: string, canonical: string): number | null {
  if (value === null || from === to) return value;
  try {
    return convert(value, from, to, canonical);
  } catch {
    return null;
  }
}

/**
 * For each element of the last activated draft: which way the activated weekly amount moved against
 * the program it replaced, and whether the element is closer to its target now than at the draft's
 * source test. Elements the keeper added by hand (no suggestion to compare with) are left out.
 *
 * @example priorDraftOutcomes({ suggestions: [iodineRaised], readings: [{ canonical: 'Iodine', value: 40, target: 60, … }], activated: [iodine] }, [iodineAt45])
 * // [{ elementId: 'iodine', change: 'INCREASED', movedCloser: true }]
 */
export function priorDraftOutcomes(previous: ActivatedDraft, now: readonly EvaluatedElementForDraft[]): PriorDraftOutcome[] {
  const readings = readingsByCanonical(now);
  return previous.activated.flatMap((element) => {
    const suggestion = previous.suggestions.find((s) => s.elementId === element.elementId);
    if (!suggestion) return [];
    const before = weekly(suggestion.current);
    const after = weekly(element);
    const change: PriorDraftOutcome['change'] = after > before ? 'INCREASED' : after < before ? 'DECREASED' : 'UNCHANGED';
    const then = previous.readings.find((r) => r.canonical === suggestion.canonical);
    const current = governingReading(readings.get(suggestion.canonical) ?? [], element.elementId);
    return [{ elementId: element.elementId, change, movedCloser: closer(then, current, suggestion.canonical) }];
  });
}

/** Whether `current` is nearer its target than `then` was, both in the current reading's unit; null when unknown. */
function closer(then: DraftSourceReading | undefined, current: EvaluatedElementForDraft | undefined, canonical: string): boolean | null {
  if (!then || !current || current.value === null) return null;
  const target = aimOf(current) ?? (then.target !== undefined ? valueIn(then.target, then.unit, current.unit, canonical) : null);
  const before = valueIn(then.value, then.unit, current.unit, canonical);
  if (target === null || target === undefined || before === null) return null;
  return Math.abs(current.value - target) < Math.abs(before - target);
}
