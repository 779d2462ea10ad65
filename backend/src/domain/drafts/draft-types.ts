import type { Correction } from '../corrections/correction';
import type { ElementStatus, ResolvedRange } from '../corrections/target-range';
import type { ProgramElement, Weekday } from '../dosing';

/**
 * The shapes RaM's daily-dose draft works with. The draft is a pure function of these: the module
 * gathers them (tank, active program, catalog, dose history, the last draft's outcome, an optional
 * AI proposal) and stores what comes out.
 */

/** One tank element of an evaluated ICP test, as the draft needs it (RO/Osmose rows are left out by the caller or ignored here). */
export interface EvaluatedElementForDraft {
  readonly elementId: string;
  readonly canonical: string;
  /** 'major' | 'minor' | 'trace' | 'pollutant' | 'nutrient' | 'osmose' | … */
  readonly category: string;
  /** null: not detected, or not on the report. */
  readonly value: number | null;
  readonly unit: string;
  readonly status: ElementStatus;
  readonly range: ResolvedRange;
  readonly correction?:
    | Pick<Extract<Correction, { kind: 'DOSE' }>, 'kind' | 'dailyMl' | 'days' | 'totalMl'>
    | { readonly kind: 'NONE'; readonly reason: string };
}

/** A product of the tank's dose catalog (a `dose-element` row). */
export interface DoseProduct {
  readonly elementId: string;
  readonly name?: string;
  readonly canonical: string;
  readonly unit: string;
  /** `{ element, amountPer1mlPer100L, unit }` where the seed has a checked figure; anything else is ignored. */
  readonly strength?: unknown;
}

/** How much of an element is dosed and on which days. */
export interface DoseSchedule {
  readonly amount: number;
  readonly unit: string;
  /** Sunday = 0. */
  readonly weekdays: readonly Weekday[];
}

export interface DraftSuggestion {
  /** The dose product (program element) id. */
  readonly elementId: string;
  /** The canon group the product doses; the product id when the catalog no longer lists it. */
  readonly canonical: string;
  /** What the active program doses now; null for an element the draft adds. */
  readonly current: DoseSchedule | null;
  readonly suggested: DoseSchedule;
  /** True when amount, unit or weekdays differ from `current` (always true for an added element). */
  readonly changed: boolean;
  /** One or two sentences for the keeper. */
  readonly reason: string;
  /** 'AI' when an AI proposal was used (after the guardrails); otherwise the rules alone decided. */
  readonly origin: 'RULES' | 'AI';
}

export interface DraftPlan {
  readonly elements: ProgramElement[];
  /** One per draft element, in the same order. */
  readonly suggestions: DraftSuggestion[];
}

/** What the tank actually received of a dose element lately (program, manual; ICP corrections excluded). */
export interface RecentDose {
  readonly elementId: string;
  readonly unit: string;
  /** Total over the window divided by the window's days. */
  readonly dailyAverage: number;
}

/** How the change the keeper activated from the last RaM draft turned out at this test. */
export interface PriorDraftOutcome {
  /** The dose product (program element) id. */
  readonly elementId: string;
  /** Direction of the activated change in weekly amount, against the program it replaced. */
  readonly change: 'INCREASED' | 'DECREASED' | 'UNCHANGED';
  /** Whether the element is now closer to its target than at the draft's source test; null when unknown. */
  readonly movedCloser: boolean | null;
}

/** An AI proposal for one dose element. Only a proposal: the guardrails decide what is kept. */
export interface AiDraftSuggestion {
  readonly elementId: string;
  readonly amount: number;
  readonly unit?: string;
  readonly weekdays?: readonly number[];
  readonly reason?: string;
}

export interface DraftInput {
  /** The tank's active program; absent (or without elements) when there is no baseline. */
  readonly activeProgram?: { readonly elements: readonly ProgramElement[] };
  readonly catalog: readonly DoseProduct[];
  readonly volumeLitres: number;
  readonly elements: readonly EvaluatedElementForDraft[];
  readonly recentDoses?: readonly RecentDose[];
  readonly priorOutcomes?: readonly PriorDraftOutcome[];
  readonly ai?: readonly AiDraftSuggestion[];
}
