import { type Weekday, WEEKDAYS, isWeekday, normaliseWeekdays } from '../dosing';
import type { DoseSchedule, EvaluatedElementForDraft } from './draft-types';

/**
 * The deterministic limits every draft obeys, whoever proposed the numbers (the rules or an AI).
 * See docs/adr/0004-draft-guardrails.md for why these values.
 */
export const DRAFT_GUARDRAILS = {
  /** Largest change per draft: of an element's amount per dose, and of its weekly total. */
  maxStep: 0.25,
  /** The upward step after the last activated increase did not bring the element closer to target. */
  cautiousStep: 0.125,
  /** Amounts are kept on this grid (ml). */
  resolution: 0.1,
  /** A brand-new element starts at this share of the daily amount that would refill the measured gap over `refillDays`. */
  newElementShare: 0.5,
  refillDays: 28,
} as const;

const EPSILON = 1e-9;
const onGrid = (tenths: number): number => Number((tenths / 10).toFixed(1));

/** @example floorTenth(0.375) // 0.3 */
export const floorTenth = (x: number): number => onGrid(Math.floor(x * 10 + EPSILON));
/** @example ceilTenth(0.15) // 0.2 */
export const ceilTenth = (x: number): number => onGrid(Math.ceil(x * 10 - EPSILON));
/** @example roundTenth(2.46) // 2.5 */
export const roundTenth = (x: number): number => onGrid(Math.round(x * 10 + EPSILON));

const NEVER_DOSED_CATEGORIES: ReadonlySet<string> = new Set(['pollutant', 'nutrient', 'osmose']);
/** Elements whose only safe direction is down, whatever a correction table says. */
const HAZARDOUS_CANONICALS: ReadonlySet<string> = new Set(['Copper']);

/**
 * Why RaM must never start or raise a dose of this element, or undefined when it may. Pollutants,
 * nutrients and RO rows; elements the correction table never corrects; elements judged only
 * against a hazard threshold (no target); and hazardous ones such as copper.
 *
 * @example neverDosedReason({ canonical: 'Lead', category: 'pollutant', … }) // 'Lead is a pollutant'
 */
export function neverDosedReason(
  reading: Pick<EvaluatedElementForDraft, 'canonical' | 'category' | 'range' | 'correction'>,
): string | undefined {
  if (NEVER_DOSED_CATEGORIES.has(reading.category))
    return `${reading.canonical} is a ${reading.category === 'osmose' ? 'RO water reading' : reading.category}`;
  if (HAZARDOUS_CANONICALS.has(reading.canonical)) return `${reading.canonical} is hazardous in excess`;
  if (reading.correction?.kind === 'NONE' && reading.correction.reason === 'NEVER_CORRECTED')
    return `${reading.canonical} is never corrected by dosing`;
  if (reading.range.source === 'HAZARD_FALLBACK') return `${reading.canonical} only has a hazard threshold, no target`;
  return undefined;
}

/** Which way the numbers may move for one element. */
export type Direction = 'UP' | 'DOWN' | 'EITHER' | 'HOLD' | 'STOP';

/** Bounds on a schedule: the amount per dose and the weekly total (amount × dosing days). */
export interface Limits {
  readonly lowest: number;
  readonly highest: number;
  readonly minWeekly: number;
  readonly maxWeekly: number;
  /** The days to fall back on when a proposal's days break the weekly bounds. */
  readonly days: readonly Weekday[];
  /** Held or stopped elements keep their days whatever is proposed. */
  readonly daysFixed?: boolean;
}

/**
 * The limits around a current schedule. Rounded bounds always lie inside the step (an increase
 * rounds down, a decrease rounds up), so an amount below 0.4 ml may not move at all.
 *
 * @example limitsAround({ amount: 2, unit: 'ml', weekdays: [1, 3, 5] }, 'UP', 0.25) // { lowest: 2, highest: 2.5, minWeekly: 6, maxWeekly: 7.5, days: [1, 3, 5] }
 */
export function limitsAround(current: DoseSchedule, direction: Direction, upStep: number): Limits {
  const a = current.amount;
  const weekly = a * current.weekdays.length;
  const down = DRAFT_GUARDRAILS.maxStep;
  const up = direction === 'UP' || direction === 'EITHER' ? upStep : 0;
  const lower = direction === 'DOWN' || direction === 'EITHER' ? down : 0;
  if (direction === 'STOP') return { lowest: 0, highest: 0, minWeekly: 0, maxWeekly: 0, days: current.weekdays, daysFixed: true };
  return {
    lowest: lower > 0 ? Math.min(a, ceilTenth(a * (1 - lower))) : a,
    highest: up > 0 ? Math.max(a, floorTenth(a * (1 + up))) : a,
    minWeekly: weekly * (1 - lower),
    maxWeekly: weekly * (1 + up),
    days: current.weekdays,
    ...(direction === 'HOLD' ? { daysFixed: true } : {}),
  };
}

/** Limits for an element the draft adds: at most `highest` per dose on `days`, at least one grid step. */
export function limitsForNew(highest: number, days: readonly Weekday[]): Limits {
  return { lowest: DRAFT_GUARDRAILS.resolution, highest, minWeekly: 0, maxWeekly: highest * days.length, days };
}

/** Valid, sorted weekdays, or undefined for anything else (empty, out of range, not whole numbers). */
export function validWeekdays(days: readonly number[] | undefined): Weekday[] | undefined {
  if (!days || days.length === 0 || !days.every(isWeekday)) return undefined;
  return normaliseWeekdays(days as readonly Weekday[]);
}

export interface Proposal {
  readonly amount: number;
  readonly weekdays?: readonly number[];
}

export interface Clipped {
  readonly amount: number;
  readonly weekdays: Weekday[];
  /** True when the proposal had to be changed to fit. */
  readonly clipped: boolean;
}

/**
 * Fits a proposal into the limits: the amount is put on the 0.1 grid (an amount within half a step
 * of `keep` stays exactly `keep`) and clamped per dose; days that would break the weekly bounds are
 * replaced by the limits' days, where any clamped amount fits.
 *
 * @example clip({ amount: 5, weekdays: [1, 3, 5] }, limitsAround({ amount: 2, unit: 'ml', weekdays: [1, 3, 5] }, 'UP', 0.25)) // { amount: 2.5, weekdays: [1, 3, 5], clipped: true }
 */
export function clip(proposal: Proposal, limits: Limits, keep?: number): Clipped {
  const near = keep !== undefined && Math.abs(proposal.amount - keep) < DRAFT_GUARDRAILS.resolution / 2;
  const rounded = near ? keep : roundTenth(proposal.amount);
  const amount = Math.min(limits.highest, Math.max(limits.lowest, rounded));
  const proposedDays = validWeekdays(proposal.weekdays);
  const days = (!limits.daysFixed && proposedDays) || normaliseWeekdays(limits.days);
  const weekly = amount * days.length;
  const fits = weekly >= limits.minWeekly - EPSILON && weekly <= limits.maxWeekly + EPSILON;
  const weekdays = fits ? days : normaliseWeekdays(limits.days);
  const clipped =
    amount !== rounded || (proposal.weekdays !== undefined && (proposedDays === undefined || !sameList(proposedDays, weekdays)));
  return { amount, weekdays, clipped };
}

/** Same numbers in the same order (weekdays are kept sorted). */
export const sameList = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The days left after dropping the one whose absence keeps the dosing most evenly spread over the
 * week: the smallest longest gap, then the largest shortest gap; on a tie the latest day goes.
 *
 * @example dropOneDay([0, 1, 2, 3, 4, 5, 6]) // [0, 1, 2, 3, 4, 5]
 * @example dropOneDay([1, 2, 3, 5]) // [1, 3, 5]
 */
export function dropOneDay(days: readonly Weekday[]): Weekday[] {
  const sorted = normaliseWeekdays(days);
  const gaps = (ds: readonly Weekday[]): number[] => ds.map((d, i) => (i + 1 < ds.length ? ds[i + 1] - d : ds[0] + 7 - d));
  let best: Weekday[] = sorted;
  let bestScore = [Infinity, -Infinity];
  for (const day of sorted) {
    const rest = sorted.filter((d) => d !== day);
    const score = [Math.max(...gaps(rest)), Math.min(...gaps(rest))];
    if (score[0] < bestScore[0] || (score[0] === bestScore[0] && score[1] >= bestScore[1])) {
      best = rest;
      bestScore = score;
    }
  }
  return best;
}

export const EVERY_DAY: readonly Weekday[] = WEEKDAYS;
