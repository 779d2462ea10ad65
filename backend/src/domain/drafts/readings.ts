import { convert, groupOf } from '../canon';
import type { ElementStatus } from '../corrections/target-range';
import { DRAFT_GUARDRAILS } from './guardrails';
import type { DoseProduct, EvaluatedElementForDraft } from './draft-types';

/**
 * How ICP readings meet dose products: through the canon group (a product raises the canonical
 * element it names). Blends ('Trace Element Blend') never equal an element's canonical, so they are
 * never steered by one reading.
 */

/** Tank readings by canonical, RO/Osmose rows left out. */
export function readingsByCanonical(elements: readonly EvaluatedElementForDraft[]): Map<string, EvaluatedElementForDraft[]> {
  const byCanonical = new Map<string, EvaluatedElementForDraft[]>();
  for (const e of elements) {
    if (e.category === 'osmose') continue;
    byCanonical.set(e.canonical, [...(byCanonical.get(e.canonical) ?? []), e]);
  }
  return byCanonical;
}

// Which reading speaks for a canonical measured twice (phosphorus as P and as PO4): danger first,
// and a LOW only when no reading of it says OK (or cannot be judged), so two readings that disagree
// never raise a dose.
const PRECEDENCE: readonly ElementStatus[] = ['CRITICAL', 'HIGH', 'OK', 'NO_RANGE', 'LOW', 'MISSING'];

/**
 * The reading that decides for a product: the one with the product's own id if there is one,
 * otherwise the first by {@link PRECEDENCE}.
 *
 * @example governingReading([phosphorusLow, phosphateOk]) // phosphateOk
 */
export function governingReading(readings: readonly EvaluatedElementForDraft[], productId?: string): EvaluatedElementForDraft | undefined {
  const own = readings.find((r) => r.elementId === productId);
  if (own) return own;
  return [...readings].sort((a, b) => PRECEDENCE.indexOf(a.status) - PRECEDENCE.indexOf(b.status))[0];
}

export interface Strength {
  readonly element: string;
  readonly amountPer1mlPer100L: number;
  readonly unit: string;
}

/** A product's checked strength, or undefined when the seed has none (or something unusable). */
export function strengthOf(product: DoseProduct): Strength | undefined {
  const s = product.strength as Partial<Strength> | null | undefined;
  if (!s || typeof s !== 'object') return undefined;
  const { element, amountPer1mlPer100L: per, unit } = s;
  if (typeof element !== 'string' || typeof unit !== 'string' || typeof per !== 'number' || !(per > 0)) return undefined;
  return { element, amountPer1mlPer100L: per, unit };
}

/**
 * The product a draft adds for a low canonical: one with a usable strength first, then the one whose
 * id is the reading's, then by id.
 */
export function productForNew(
  canonical: string,
  catalog: readonly DoseProduct[],
  reading: EvaluatedElementForDraft,
): DoseProduct | undefined {
  const score = (p: DoseProduct) => (strengthOf(p) ? 0 : 2) + (p.elementId === reading.elementId ? 0 : 1);
  return catalog.filter((p) => p.canonical === canonical).sort((a, b) => score(a) - score(b) || a.elementId.localeCompare(b.elementId))[0];
}

/**
 * The daily amount of `product` a brand-new element starts with: a share of what would refill the
 * gap between the reading and its target (or low bound) over the refill window. Undefined when the
 * product has no strength, the units do not convert, or there is no gap.
 *
 * @example newElementDaily(iodineAt40of60, customIodine, 300) // 0.107… (6 ml refill over 28 days, halved)
 */
export function newElementDaily(reading: EvaluatedElementForDraft, product: DoseProduct, volumeLitres: number): number | undefined {
  const strength = strengthOf(product);
  const aim = reading.range.target ?? reading.range.low;
  if (!strength || aim === undefined || !(volumeLitres > 0)) return undefined;
  if (groupOf(strength.element)?.canonical !== reading.canonical) return undefined;
  const gap = aim - (reading.value ?? 0);
  if (!(gap > 0)) return undefined;
  let gapInStrengthUnit: number;
  try {
    gapInStrengthUnit = convert(gap, reading.unit, strength.unit, reading.canonical);
  } catch {
    return undefined;
  }
  const mlToRefill = (gapInStrengthUnit * volumeLitres) / (100 * strength.amountPer1mlPer100L);
  return (mlToRefill / DRAFT_GUARDRAILS.refillDays) * DRAFT_GUARDRAILS.newElementShare;
}
