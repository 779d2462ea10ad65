/**
 * What a reef tank can physically hold. A reading outside it is almost always a typo or a reading
 * in another unit (Ca 4,200 for 420 mg/l, salinity 3.5 for 35 ppt): the keeper is asked to check it,
 * and if it is kept it is judged CRITICAL, never merely HIGH or LOW.
 */

export interface PlausibleRange {
  readonly low: number;
  readonly high: number;
  /** Unit of `low` and `high`. */
  readonly unit: string;
}

/**
 * Whether a measured value lies outside what a tank can hold. Non-detects and elements without
 * plausible bounds are never implausible.
 *
 * @example isImplausible(4200, { low: 100, high: 1000, unit: 'mg/l' }) // true
 */
export function isImplausible(value: number | null | undefined, bounds: PlausibleRange | undefined): boolean {
  if (value === null || value === undefined || !bounds) return false;
  return value < bounds.low || value > bounds.high;
}

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Number(n.toPrecision(3)).toString());

/**
 * The bounds in words, e.g. `100–1000 mg/l`.
 *
 * @example plausibleText({ low: 6, high: 10, unit: 'pH' }) // '6–10 pH'
 */
export function plausibleText(bounds: PlausibleRange): string {
  return `${fmt(bounds.low)}–${fmt(bounds.high)} ${bounds.unit}`;
}
