import { type ProgramElement, type Weekday, normaliseWeekdays } from '../dosing';
import type {
  AiDraftSuggestion,
  DoseProduct,
  DoseSchedule,
  DraftInput,
  DraftPlan,
  DraftSuggestion,
  EvaluatedElementForDraft,
  PriorDraftOutcome,
  RecentDose,
} from './draft-types';
import {
  type Clipped,
  DRAFT_GUARDRAILS,
  type Direction,
  EVERY_DAY,
  type Limits,
  type Proposal,
  clip,
  dropOneDay,
  limitsAround,
  limitsForNew,
  neverDosedReason,
  floorTenth,
  roundTenth,
  sameList,
} from './guardrails';
import { governingReading, newElementDaily, productForNew, readingsByCanonical } from './readings';

/**
 * RaM's next daily dosing program for a tank, drafted from one evaluated ICP test.
 *
 * The rules make a proposal per element; an AI proposal, when given, replaces the rules' numbers
 * for that element, but only after being fitted into the same deterministic limits:
 *
 * - Every element of the active program stays (a non-zero one may be adjusted, never dropped).
 * - One step per draft: amount per dose and weekly total move by at most 25 % (12.5 % upwards when
 *   the last activated increase did not bring the element closer to target); amounts sit on a
 *   0.1 ml grid, rounded towards the current amount so rounding never widens the step.
 * - LOW raises, HIGH lowers (one dosing day fewer when that stays within the step, otherwise a
 *   smaller amount), CRITICAL pauses the element at 0 ml (row kept, days kept). Nothing ever moves
 *   away from the target; OK and unmeasured elements are kept by the rules.
 * - Pollutants, nutrients, never-corrected and hazardous elements are never started or raised.
 * - A LOW element the program does not dose yet is added only when it can be sized safely (a
 *   product of its canonical with a checked strength, or the keeper's own recent dosing), starting
 *   at half the daily amount that would refill the measured gap over 28 days. There are no
 *   zero-dose placeholders: an element that would start below 0.1 ml is left out.
 */
export function draftProgram(input: DraftInput): DraftPlan {
  const readings = readingsByCanonical(input.elements);
  const products = new Map(input.catalog.map((p) => [p.elementId, p]));
  const ai = firstPerElement(input.ai ?? []);
  const outcomes = new Map((input.priorOutcomes ?? []).map((o) => [o.elementId, o]));
  const context = (product: DoseProduct): ElementContext => ({
    ai: ai.get(product.elementId),
    upStep: upStepAfter(outcomes.get(product.elementId)),
    recent: (input.recentDoses ?? []).find((r) => r.elementId === product.elementId && r.unit === product.unit && r.dailyAverage > 0),
    volumeLitres: input.volumeLitres,
  });

  const drafted: Drafted[] = [];
  const covered = new Set<string>();
  for (const element of input.activeProgram?.elements ?? []) {
    const product = products.get(element.elementId);
    if (product) covered.add(product.canonical);
    const reading = product ? governingReading(readings.get(product.canonical) ?? [], product.elementId) : undefined;
    drafted.push(
      draftActive(
        element,
        product,
        reading,
        product ? context(product) : { upStep: DRAFT_GUARDRAILS.maxStep, volumeLitres: input.volumeLitres, ai: ai.get(element.elementId) },
      ),
    );
  }
  const added: Drafted[] = [];
  for (const [canonical, group] of readings) {
    if (covered.has(canonical)) continue;
    const reading = governingReading(group)!;
    if (reading.status !== 'LOW' || neverDosedReason(reading)) continue;
    const product = productForNew(canonical, input.catalog, reading);
    const result = product ? draftAdded(product, reading, null, EVERY_DAY, context(product)) : undefined;
    if (result) added.push(result);
  }
  added.sort((a, b) => a.element.elementId.localeCompare(b.element.elementId));
  const all = [...drafted, ...added];
  return { elements: all.map((d) => d.element), suggestions: all.map((d) => d.suggestion) };
}

interface ElementContext {
  readonly ai?: AiDraftSuggestion;
  readonly upStep: number;
  readonly recent?: RecentDose;
  readonly volumeLitres: number;
}

interface Drafted {
  readonly element: ProgramElement;
  readonly suggestion: DraftSuggestion;
}

type RuleAction = 'KEEP' | 'STEP_UP' | 'STEP_DOWN' | 'STOP';

interface Plan {
  /** What the rules do. */
  readonly action: RuleAction;
  /** How far an AI proposal may go. */
  readonly aiDirection: Direction;
  /** Why, in words, before the numbers. */
  readonly because: string;
}

function firstPerElement(ai: readonly AiDraftSuggestion[]): Map<string, AiDraftSuggestion> {
  const byElement = new Map<string, AiDraftSuggestion>();
  for (const s of ai) if (!byElement.has(s.elementId) && Number.isFinite(s.amount) && s.amount >= 0) byElement.set(s.elementId, s);
  return byElement;
}

/** The upward step: halved after an activated increase that did not move the element closer to target. */
export function upStepAfter(outcome: PriorDraftOutcome | undefined): number {
  return outcome?.change === 'INCREASED' && outcome.movedCloser === false ? DRAFT_GUARDRAILS.cautiousStep : DRAFT_GUARDRAILS.maxStep;
}

function planFor(reading: EvaluatedElementForDraft | undefined, product: DoseProduct | undefined): Plan {
  if (!product) return { action: 'KEEP', aiDirection: 'HOLD', because: 'No longer in the dose catalog of this tank' };
  if (!reading) return { action: 'KEEP', aiDirection: 'HOLD', because: `${product.canonical} is not measured by this test` };
  const blocked = neverDosedReason(reading);
  const seen = describe(reading);
  switch (reading.status) {
    case 'CRITICAL':
      return { action: 'STOP', aiDirection: 'STOP', because: `${seen} is above its hazard threshold` };
    case 'HIGH':
      return { action: 'STEP_DOWN', aiDirection: 'DOWN', because: `${seen} is high` };
    case 'LOW':
      return blocked
        ? { action: 'KEEP', aiDirection: 'HOLD', because: `${seen} is low, but ${blocked}, so RaM does not raise it` }
        : { action: 'STEP_UP', aiDirection: 'UP', because: `${seen} is low` };
    case 'OK': {
      const aim = reading.range.target;
      const toward: Direction =
        reading.value === null ? 'HOLD' : aim === undefined || reading.value === aim ? 'EITHER' : reading.value < aim ? 'UP' : 'DOWN';
      const direction: Direction = blocked && toward !== 'DOWN' ? (toward === 'UP' ? 'HOLD' : 'DOWN') : toward;
      return { action: 'KEEP', aiDirection: direction, because: `${seen} is within range` };
    }
    case 'NO_RANGE':
      return { action: 'KEEP', aiDirection: 'HOLD', because: `${seen} has no target range to steer by` };
    default:
      return { action: 'KEEP', aiDirection: 'HOLD', because: `${product.canonical} is missing from this report` };
  }
}

function draftActive(
  element: ProgramElement,
  product: DoseProduct | undefined,
  reading: EvaluatedElementForDraft | undefined,
  context: ElementContext,
): Drafted {
  const current: DoseSchedule = { amount: element.amount, unit: element.unit, weekdays: normaliseWeekdays(element.weekdays) };
  const canonical = product?.canonical ?? element.elementId;
  const plan = planFor(reading, product);
  if (element.amount === 0 && plan.action === 'STEP_UP' && product && reading) {
    const restarted = draftAdded(product, reading, current, current.weekdays, context);
    if (restarted) return restarted;
  }
  const rules = ruleProposal(element.amount === 0 && plan.action !== 'STEP_UP' ? 'KEEP' : plan.action, current, context.upStep);
  const ruleSchedule = clip(rules.proposal, rules.limits, current.amount);
  const ruleReason = `${plan.because}: ${rules.outcome(ruleSchedule)}`;
  // A HIGH element's reduction is owed: an AI may deepen it, never soften it.
  const ceiling = plan.action === 'STEP_DOWN' ? weekly(ruleSchedule) : undefined;
  return decide(
    element.elementId,
    canonical,
    current,
    ruleSchedule,
    ruleReason,
    context.ai,
    limitsAround(current, plan.aiDirection, context.upStep),
    current.unit,
    ceiling,
  );
}

interface RuleProposal {
  readonly proposal: Proposal;
  readonly limits: Limits;
  readonly outcome: (result: Clipped) => string;
}

function ruleProposal(action: RuleAction, current: DoseSchedule, upStep: number): RuleProposal {
  const keep = (): string => 'kept as it is.';
  const amount = `${current.amount} ${current.unit}`;
  switch (action) {
    case 'STOP':
      return {
        proposal: { amount: 0 },
        limits: limitsAround(current, 'STOP', upStep),
        outcome: () => 'dosing paused at 0 until the next test.',
      };
    case 'STEP_UP': {
      const limits = limitsAround(current, 'UP', upStep);
      const cautious = upStep < DRAFT_GUARDRAILS.maxStep ? ' (a half step: the last increase did not bring it closer to target)' : '';
      return {
        proposal: { amount: limits.highest },
        limits,
        outcome: (r) =>
          r.amount > current.amount
            ? `raised by ${percent(current.amount, r.amount)}${cautious}.`
            : current.amount === 0
              ? 'no safe starting amount is known (no checked product strength, no recent dosing), so it stays at 0.'
              : `${amount} is too small to raise by 0.1 within one step; kept as it is.`,
      };
    }
    case 'STEP_DOWN': {
      const limits = limitsAround(current, 'DOWN', upStep);
      const fewerDays = current.weekdays.length >= 1 / DRAFT_GUARDRAILS.maxStep;
      return {
        proposal: fewerDays ? { amount: current.amount, weekdays: dropOneDay(current.weekdays) } : { amount: limits.lowest },
        limits,
        outcome: (r) =>
          r.weekdays.length < current.weekdays.length
            ? `same amount on one day fewer (${dayNames(r.weekdays)}).`
            : r.amount < current.amount
              ? `lowered by ${percent(current.amount, r.amount)}.`
              : `${amount} is too small to lower by 0.1 within one step; kept as it is.`,
      };
    }
    default:
      return { proposal: { amount: current.amount }, limits: limitsAround(current, 'HOLD', upStep), outcome: keep };
  }
}

/**
 * A LOW element the program does not dose (or doses at 0): based on what the keeper dosed lately
 * when there is such history, otherwise sized from the product's strength. Undefined when neither
 * gives at least 0.1 per dose, or when an AI proposal of 0 declines to start it.
 */
function draftAdded(
  product: DoseProduct,
  reading: EvaluatedElementForDraft,
  current: DoseSchedule | null,
  days: readonly Weekday[],
  context: ElementContext,
): Drafted | undefined {
  const seen = describe(reading);
  let limits: Limits;
  let because: string;
  if (context.recent) {
    const base = roundTenth((context.recent.dailyAverage * 7) / days.length);
    if (base < DRAFT_GUARDRAILS.resolution) return undefined;
    limits = limitsAround({ amount: base, unit: product.unit, weekdays: days }, 'UP', context.upStep);
    because = `${seen} is low and not in your program; you dosed about ${roundTenth(context.recent.dailyAverage)} ${product.unit} a day over the last ${DRAFT_GUARDRAILS.refillDays} days, so it continues from there`;
  } else {
    const daily = newElementDaily(reading, product, context.volumeLitres);
    const perDose = daily === undefined ? 0 : floorTenth((daily * 7) / days.length);
    if (perDose < DRAFT_GUARDRAILS.resolution) return undefined;
    limits = limitsForNew(perDose, days);
    because = `${seen} is low and not dosed yet: a cautious start at half the daily amount that would refill the gap over ${DRAFT_GUARDRAILS.refillDays} days`;
  }
  if (context.ai?.amount === 0) return undefined;
  const unit = current?.unit ?? product.unit;
  const ruleSchedule = clip({ amount: limits.highest }, limits);
  const reason = `${because}: ${ruleSchedule.amount} ${unit} on ${dayNames(ruleSchedule.weekdays)}.`;
  return decide(product.elementId, product.canonical, current, ruleSchedule, reason, context.ai, limits, unit);
}

function decide(
  elementId: string,
  canonical: string,
  current: DoseSchedule | null,
  ruleSchedule: Clipped,
  ruleReason: string,
  ai: AiDraftSuggestion | undefined,
  aiLimits: Limits,
  unit: string,
  weeklyCeiling?: number,
): Drafted {
  let chosen: { amount: number; weekdays: Weekday[] } = ruleSchedule;
  let reason = ruleReason;
  let origin: DraftSuggestion['origin'] = 'RULES';
  if (ai) {
    const fitted = clip(ai, aiLimits, current?.amount);
    const asRules = fitted.amount === ruleSchedule.amount && sameList(fitted.weekdays, ruleSchedule.weekdays);
    const softens = weeklyCeiling !== undefined && weekly(fitted) > weeklyCeiling + 1e-9;
    const proposed = `${ai.amount} ${unit}${ai.weekdays ? ` on ${dayNames(ai.weekdays)}` : ''}`;
    if ((fitted.clipped && asRules) || softens) {
      reason = `${ruleReason} An AI proposal (${proposed}) went beyond RaM's limits, so the rules' value stands.`;
    } else {
      chosen = fitted;
      origin = 'AI';
      const why = (ai.reason ?? '').trim().slice(0, 300) || 'AI suggestion.';
      reason = fitted.clipped
        ? `${why} RaM's limits turned the proposed ${proposed} into ${fitted.amount} ${unit} on ${dayNames(fitted.weekdays)}.`
        : why;
    }
  }
  const suggested: DoseSchedule = { amount: chosen.amount, unit, weekdays: chosen.weekdays };
  const changed =
    current === null ||
    current.amount !== suggested.amount ||
    current.unit !== suggested.unit ||
    !sameList(current.weekdays, suggested.weekdays);
  return {
    element: { elementId, amount: suggested.amount, unit, weekdays: suggested.weekdays },
    suggestion: { elementId, canonical, current, suggested, changed, reason, origin },
  };
}

const weekly = (s: { amount: number; weekdays: readonly number[] }): number => s.amount * s.weekdays.length;

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** @example dayNames([1, 3, 5]) // 'Mon, Wed, Fri' */
export function dayNames(days: readonly number[]): string {
  return days.length === 7 ? 'every day' : days.map((d) => DAY_NAMES[d] ?? String(d)).join(', ');
}

const percent = (from: number, to: number): string => `${Math.round(Math.abs(to / from - 1) * 1000) / 10}%`;

/** @example describe(calcium) // 'Calcium at 380 mg/l (range 400–460)' */
function describe(r: EvaluatedElementForDraft): string {
  const value = r.value === null ? 'not detected' : `at ${r.value} ${r.unit}`;
  const { low, high } = r.range;
  const range =
    low !== undefined && high !== undefined
      ? ` (range ${low}–${high})`
      : high !== undefined
        ? ` (up to ${high})`
        : low !== undefined
          ? ` (from ${low})`
          : '';
  return `${r.canonical} ${value}${range}`;
}
