import { convert } from '../canon';
import { daysBetween } from '../dosing/calendar';
import type { ProgramElement } from '../dosing/program';

/**
 * Human-in-the-loop feedback on RaM's draft programs: how far keepers moved each suggestion before
 * activating it, and whether the tank got closer to target by the next ICP test.
 */

/** One activated RaM draft: what RaM suggested and what the keeper activated. */
export interface DraftFeedbackRecord {
  readonly feedbackId: string;
  readonly userId: string;
  readonly tankId: string;
  readonly programId: string;
  readonly activatedAt: string;
  readonly suggestion: readonly ProgramElement[];
  readonly activated: readonly ProgramElement[];
}

export interface ElementDrift {
  readonly elementId: string;
  readonly kind: 'kept' | 'changed' | 'added' | 'removed';
  readonly suggestedAmount?: number;
  readonly activatedAmount?: number;
  /** Relative change of the amount per dosing day, in %; null without a suggested amount to compare with. */
  readonly amountChangePct: number | null;
  readonly suggestedDays: number;
  readonly activatedDays: number;
  /** Amount × dosing days per week. */
  readonly suggestedWeekly: number;
  readonly activatedWeekly: number;
  /** Relative change of the weekly exposure in %; null when there is nothing to compare with or the unit changed. */
  readonly weeklyExposureChangePct: number | null;
  readonly unitChanged: boolean;
  /** An edit worth a look: the weekly exposure moved by half or more, the unit changed, or an element was added or dropped. */
  readonly large: boolean;
}

/** Weekly exposure moved by at least this share counts as a large edit. */
export const LARGE_EDIT_SHARE = 0.5;

const pct = (from: number, to: number): number | null => (from > 0 ? Math.round(((to - from) / from) * 1000) / 10 : null);
const weekly = (e?: ProgramElement): number => (e ? e.amount * e.weekdays.length : 0);

/**
 * Element by element, how the activated program differs from RaM's suggestion.
 *
 * @example draftDrift({ suggestion: [{ elementId: 'iodine', amount: 2, unit: 'ml', weekdays: [1, 3, 5] }], activated: [{ elementId: 'iodine', amount: 1, unit: 'ml', weekdays: [1, 3, 5] }], … })
 * // [{ elementId: 'iodine', kind: 'changed', amountChangePct: -50, weeklyExposureChangePct: -50, large: true, … }]
 */
export function draftDrift(record: Pick<DraftFeedbackRecord, 'suggestion' | 'activated'>): ElementDrift[] {
  const ids = [...new Set([...record.suggestion, ...record.activated].map((e) => e.elementId))].sort();
  return ids.map((elementId) => {
    const s = record.suggestion.find((e) => e.elementId === elementId);
    const a = record.activated.find((e) => e.elementId === elementId);
    const unitChanged = !!s && !!a && s.unit !== a.unit;
    const exposure = unitChanged ? null : pct(weekly(s), weekly(a));
    const sameDays = !!s && !!a && [...s.weekdays].sort().join() === [...a.weekdays].sort().join();
    const kind: ElementDrift['kind'] = !s
      ? 'added'
      : !a
        ? 'removed'
        : s.amount === a.amount && !unitChanged && sameDays
          ? 'kept'
          : 'changed';
    const large =
      unitChanged ||
      (kind === 'added' && weekly(a) > 0) ||
      (kind === 'removed' && weekly(s) > 0) ||
      (exposure !== null && Math.abs(exposure) >= LARGE_EDIT_SHARE * 100);
    return {
      elementId,
      kind,
      ...(s ? { suggestedAmount: s.amount } : {}),
      ...(a ? { activatedAmount: a.amount } : {}),
      amountChangePct: s && a && !unitChanged ? pct(s.amount, a.amount) : null,
      suggestedDays: s?.weekdays.length ?? 0,
      activatedDays: a?.weekdays.length ?? 0,
      suggestedWeekly: Math.round(weekly(s) * 1000) / 1000,
      activatedWeekly: Math.round(weekly(a) * 1000) / 1000,
      weeklyExposureChangePct: exposure,
      unitChanged,
      large,
    };
  });
}

interface DriftGroup {
  readonly drafts: number;
  readonly edited: number;
  /** Mean of |weekly exposure change| over the comparable elements, in %. */
  readonly meanAbsExposureChangePct: number | null;
  readonly largeEdits: number;
}

export interface FeedbackSummary extends DriftGroup {
  readonly activatedAsSuggested: number;
  /** Mean of |amount change| per dosing day over the comparable elements, in %. */
  readonly meanAbsAmountChangePct: number | null;
  /** Elements whose dosing days changed. */
  readonly daysChanged: number;
  readonly byElement: readonly (DriftGroup & { readonly elementId: string; readonly meanExposureChangePct: number | null })[];
  readonly byUser: readonly (DriftGroup & { readonly userId: string })[];
  readonly recency: { readonly last7d: DriftGroup; readonly last30d: DriftGroup; readonly older: DriftGroup };
}

const mean = (values: readonly number[]): number | null =>
  values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null;

interface Drifted {
  readonly record: DraftFeedbackRecord;
  readonly drift: readonly ElementDrift[];
}

const isEdited = (d: Drifted) => d.drift.some((e) => e.kind !== 'kept');
const exposures = (drift: readonly ElementDrift[]) =>
  drift.flatMap((e) => (e.weeklyExposureChangePct === null ? [] : [Math.abs(e.weeklyExposureChangePct)]));

function group(items: readonly Drifted[]): DriftGroup {
  return {
    drafts: items.length,
    edited: items.filter(isEdited).length,
    meanAbsExposureChangePct: mean(items.flatMap((d) => exposures(d.drift))),
    largeEdits: items.reduce((n, d) => n + d.drift.filter((e) => e.large).length, 0),
  };
}

/**
 * Drift of activated drafts against RaM's suggestions: overall, per element, per keeper and by
 * recency (activated in the last 7 days, the last 30 days, or before).
 *
 * @example summariseDraftFeedback([kept, halved], new Date('2026-12-01T00:00:00Z')).edited // 1
 */
export function summariseDraftFeedback(records: readonly DraftFeedbackRecord[], now: Date): FeedbackSummary {
  const items: Drifted[] = records.map((record) => ({ record, drift: draftDrift(record) }));
  const elementIds = [...new Set(items.flatMap((d) => d.drift.map((e) => e.elementId)))].sort();
  const byElement = elementIds
    .map((elementId) => {
      const entries = items.flatMap((d) => d.drift.filter((e) => e.elementId === elementId));
      const signed = entries.flatMap((e) => (e.weeklyExposureChangePct === null ? [] : [e.weeklyExposureChangePct]));
      return {
        elementId,
        drafts: entries.length,
        edited: entries.filter((e) => e.kind !== 'kept').length,
        meanAbsExposureChangePct: mean(signed.map(Math.abs)),
        meanExposureChangePct: mean(signed),
        largeEdits: entries.filter((e) => e.large).length,
      };
    })
    .sort((a, b) => b.largeEdits - a.largeEdits || b.edited - a.edited || a.elementId.localeCompare(b.elementId));
  const userIds = [...new Set(records.map((r) => r.userId))].sort();
  const byUser = userIds
    .map((userId) => ({ userId, ...group(items.filter((d) => d.record.userId === userId)) }))
    .sort((a, b) => b.largeEdits - a.largeEdits || b.drafts - a.drafts || a.userId.localeCompare(b.userId));
  const ageDays = (d: Drifted) => (now.getTime() - Date.parse(d.record.activatedAt)) / 86_400_000;
  const all = items.flatMap((d) => d.drift);
  return {
    ...group(items),
    activatedAsSuggested: items.filter((d) => !isEdited(d)).length,
    meanAbsAmountChangePct: mean(all.flatMap((e) => (e.amountChangePct === null ? [] : [Math.abs(e.amountChangePct)]))),
    daysChanged: all.filter((e) => e.kind === 'changed' && e.suggestedDays !== e.activatedDays).length,
    byElement,
    byUser,
    recency: {
      last7d: group(items.filter((d) => ageDays(d) <= 7)),
      last30d: group(items.filter((d) => ageDays(d) <= 30)),
      older: group(items.filter((d) => ageDays(d) > 30)),
    },
  };
}

/** A reading with the target it is judged against. */
export interface OutcomeReading {
  readonly canonical: string;
  readonly elementId: string;
  readonly value: number | null;
  readonly unit: string;
  readonly target?: number;
}

export interface ElementOutcome {
  readonly elementId: string;
  readonly unit: string;
  readonly target: number;
  readonly before: number;
  readonly after: number;
  /** |reading − target| as a share of the target, in %. */
  readonly distanceBeforePct: number;
  readonly distanceAfterPct: number;
  /** Positive when the element moved towards its target (percentage points). */
  readonly improvementPct: number;
}

export interface DraftOutcome {
  readonly feedbackId: string;
  readonly nextTestId: string;
  readonly nextTestDate: string;
  /** Days from activation to the next ICP test. */
  readonly elapsedDays: number;
  readonly elements: readonly ElementOutcome[];
  readonly averageImprovementPct: number | null;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

function inUnit(value: number, from: string, to: string, canonical: string): number | null {
  if (from === to) return value;
  try {
    return convert(value, from, to, canonical);
  } catch {
    return null;
  }
}

/**
 * How the elements a draft was made from stood at the next ICP test after activation, against the
 * targets the draft aimed at (in the next test's units).
 *
 * @example draftOutcome(feedback, [{ canonical: 'Calcium', value: 380, target: 430, unit: 'mg/l', … }], { testId: 't2', testDate: '2026-12-15', readings: [{ canonical: 'Calcium', value: 420, … }] })
 * // { elapsedDays: 14, elements: [{ distanceBeforePct: 11.6, distanceAfterPct: 2.3, improvementPct: 9.3, … }], averageImprovementPct: 9.3, … }
 */
export function draftOutcome(
  feedback: Pick<DraftFeedbackRecord, 'feedbackId' | 'activatedAt'>,
  source: readonly OutcomeReading[],
  next: { readonly testId: string; readonly testDate: string; readonly readings: readonly OutcomeReading[] },
): DraftOutcome {
  const elements = source.flatMap((then): ElementOutcome[] => {
    const now = next.readings.find((r) => r.canonical === then.canonical && r.value !== null);
    if (!now || now.value === null || then.value === null) return [];
    const targetThen = then.target === undefined ? null : inUnit(then.target, then.unit, now.unit, then.canonical);
    const target = now.target ?? targetThen;
    const before = inUnit(then.value, then.unit, now.unit, then.canonical);
    if (target === null || target === undefined || target <= 0 || before === null) return [];
    const distanceBeforePct = round1((Math.abs(before - target) / target) * 100);
    const distanceAfterPct = round1((Math.abs(now.value - target) / target) * 100);
    return [
      {
        elementId: then.elementId,
        unit: now.unit,
        target,
        before: round1(before * 1000) / 1000,
        after: now.value,
        distanceBeforePct,
        distanceAfterPct,
        improvementPct: round1(distanceBeforePct - distanceAfterPct),
      },
    ];
  });
  return {
    feedbackId: feedback.feedbackId,
    nextTestId: next.testId,
    nextTestDate: next.testDate,
    elapsedDays: daysBetween(feedback.activatedAt.slice(0, 10), next.testDate.slice(0, 10)),
    elements,
    averageImprovementPct: mean(elements.map((e) => e.improvementPct)),
  };
}

export interface OutcomeSummary {
  readonly followedUp: number;
  readonly improved: number;
  readonly worsened: number;
  readonly averageImprovementPct: number | null;
  readonly averageElapsedDays: number | null;
}

/** Over the drafts that have a follow-up test: how many moved closer to target, on average by how much. */
export function summariseOutcomes(outcomes: readonly DraftOutcome[]): OutcomeSummary {
  const judged = outcomes.filter((o) => o.averageImprovementPct !== null);
  return {
    followedUp: outcomes.length,
    improved: judged.filter((o) => o.averageImprovementPct! > 0).length,
    worsened: judged.filter((o) => o.averageImprovementPct! < 0).length,
    averageImprovementPct: mean(judged.map((o) => o.averageImprovementPct!)),
    averageElapsedDays: mean(outcomes.map((o) => o.elapsedDays)),
  };
}
