import { daysBetween } from '../dosing/calendar';
import type { DatedValue } from './projection';

/**
 * Dose-response: between two consecutive tests, how much the doses should have raised an element,
 * how much it really moved, and so how much the tank used up. All figures are per day, in the
 * element's unit; ml figures are of one reference product. Pure: strengths and the tank's volume
 * arrive already turned into "rise per ml" by the caller.
 */

export interface DosedAmount {
  readonly date: string;
  readonly elementId: string;
  readonly amount: number;
  readonly unit: string;
}

export interface DoseResponseInput {
  /** Readings oldest first; non-detects (null) are skipped. */
  readonly readings: readonly DatedValue[];
  readonly doses: readonly DosedAmount[];
  /** How much one ml of a product raises this element in this tank, in the element's unit. */
  readonly risePerMl: ReadonlyMap<string, number>;
}

export interface DoseResponseInterval {
  readonly from: string;
  readonly to: string;
  readonly days: number;
  /** What the doses added per day; null when none of them has a known strength. */
  readonly dosedPerDay: number | null;
  readonly measuredChangePerDay: number;
  /** Dosed minus measured change: what the tank took up per day (negative: it gained beyond the doses). */
  readonly consumptionPerDay: number | null;
  /** The daily dose that would have held the element where it was (never below zero). */
  readonly holdingDosePerDay: number | null;
  /** The same in ml of the reference product. */
  readonly holdingMlPerDay: number | null;
  /** Doses in the interval that could not be counted (no strength, or not in ml). */
  readonly uncountedDoses: number;
}

export interface DoseResponse {
  /** The product whose ml the holding dose is given in (the one dosed most, by ml). */
  readonly referenceElementId: string | null;
  /** Oldest first. */
  readonly intervals: readonly DoseResponseInterval[];
  /** From the first to the last reading as one stretch; null with fewer than two readings. */
  readonly overall: DoseResponseInterval | null;
}

const significant = (value: number): number => (value === 0 ? 0 : Number(value.toPrecision(4)));
const isMl = (unit: string) => unit.trim().toLowerCase() === 'ml';

function interval(
  from: DatedValue & { value: number },
  to: DatedValue & { value: number },
  input: DoseResponseInput,
  referenceRise: number | undefined,
): DoseResponseInterval {
  const days = daysBetween(from.date, to.date);
  // A dose on the day of the first test counts (it was given after the sample), one on the day of the second does not.
  const inside = input.doses.filter((d) => d.date >= from.date && d.date < to.date);
  let dosed = 0;
  let counted = 0;
  for (const dose of inside) {
    const rise = input.risePerMl.get(dose.elementId);
    if (rise === undefined || !isMl(dose.unit)) continue;
    dosed += dose.amount * rise;
    counted += 1;
  }
  const uncountedDoses = inside.length - counted;
  const measuredChangePerDay = (to.value - from.value) / days;
  const dosedPerDay = counted > 0 || uncountedDoses === 0 ? dosed / days : null;
  const consumptionPerDay = dosedPerDay === null ? null : dosedPerDay - measuredChangePerDay;
  const holdingDosePerDay = consumptionPerDay === null ? null : Math.max(0, consumptionPerDay);
  return {
    from: from.date,
    to: to.date,
    days,
    dosedPerDay: dosedPerDay === null ? null : significant(dosedPerDay),
    measuredChangePerDay: significant(measuredChangePerDay),
    consumptionPerDay: consumptionPerDay === null ? null : significant(consumptionPerDay),
    holdingDosePerDay: holdingDosePerDay === null ? null : significant(holdingDosePerDay),
    holdingMlPerDay: holdingDosePerDay === null || !referenceRise ? null : significant(holdingDosePerDay / referenceRise),
    uncountedDoses,
  };
}

/**
 * Dose-response per pair of consecutive numeric readings (same-day readings: the later one counts),
 * and over the whole stretch.
 *
 * @example
 * analyseDoseResponse({
 *   readings: [{ date: '2026-03-01', value: 420 }, { date: '2026-03-11', value: 410 }],
 *   doses: [{ date: '2026-03-01', elementId: 'calcium', amount: 100, unit: 'ml' }],
 *   risePerMl: new Map([['calcium', 0.05]]),
 * }).overall
 * // { from: '2026-03-01', to: '2026-03-11', days: 10, dosedPerDay: 0.5, measuredChangePerDay: -1, consumptionPerDay: 1.5, holdingDosePerDay: 1.5, holdingMlPerDay: 30, uncountedDoses: 0 }
 */
export function analyseDoseResponse(input: DoseResponseInput): DoseResponse {
  const byDate = new Map<string, DatedValue & { value: number }>();
  for (const r of input.readings)
    if (typeof r.value === 'number' && Number.isFinite(r.value)) byDate.set(r.date, { date: r.date, value: r.value });
  const readings = [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));

  const mlByProduct = new Map<string, number>();
  for (const d of input.doses)
    if (isMl(d.unit) && input.risePerMl.has(d.elementId)) mlByProduct.set(d.elementId, (mlByProduct.get(d.elementId) ?? 0) + d.amount);
  const referenceElementId = [...mlByProduct.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  const referenceRise = referenceElementId === null ? undefined : input.risePerMl.get(referenceElementId);

  const intervals = readings.slice(1).map((to, i) => interval(readings[i], to, input, referenceRise));
  const overall = readings.length >= 2 ? interval(readings[0], readings[readings.length - 1], input, referenceRise) : null;
  return { referenceElementId, intervals, overall };
}

/**
 * How much one ml of a product raises an element in a tank, from the product's strength (per ml per
 * 100 l, in its own unit) and the tank's volume; `toElementUnit` converts from the strength's unit.
 * Undefined when the strength or volume is missing or the units do not convert.
 *
 * @example risePerMl({ amountPer1mlPer100L: 0.1963, unit: 'mg/l' }, 400, (v) => v) // 0.049075
 */
export function risePerMl(
  strength: { readonly amountPer1mlPer100L: number; readonly unit: string } | undefined,
  volumeLitres: number,
  toElementUnit: (value: number, fromUnit: string) => number | undefined,
): number | undefined {
  if (!strength || !(strength.amountPer1mlPer100L > 0) || !(volumeLitres > 0)) return undefined;
  return toElementUnit((strength.amountPer1mlPer100L * 100) / volumeLitres, strength.unit);
}
