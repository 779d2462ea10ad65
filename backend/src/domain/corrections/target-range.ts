/**
 * Which range a tank's element is judged against, and how a reading compares with it.
 * Order of precedence: the tank's active custom range, then the dosing method's default
 * (Moonshiners), then a cited reef reference (natural seawater, reef practice), then the
 * hazardous fallback for pollutants without a range.
 */

export interface Range {
  readonly low?: number;
  readonly high?: number;
  readonly target?: number;
}

export type RangeSource = 'CUSTOM' | 'METHOD' | 'REFERENCE' | 'HAZARD_FALLBACK' | 'NONE';

export interface ResolvedRange extends Range {
  readonly source: RangeSource;
  /** Who says so, in words a keeper can look up ("Moonshiners method", "Natural seawater (Pilson 2013)"). */
  readonly sourceName?: string;
}

export interface RangeCandidates {
  readonly custom?: Range;
  readonly methodDefault?: Range;
  /** A cited reef reference, for parameters the method leaves open (alkalinity, pH, salinity, …). */
  readonly reference?: Range;
  /** Above this a reading is hazardous (copper 5 µg/l, …). */
  readonly hazardousUpper?: number;
}

/**
 * @example resolveTargetRange({ methodDefault: { low: 1.3, high: 1.7, target: 1.5 } }) // { source: 'METHOD', low: 1.3, high: 1.7, target: 1.5 }
 */
export function resolveTargetRange(candidates: RangeCandidates): ResolvedRange {
  if (candidates.custom) return { source: 'CUSTOM', ...candidates.custom };
  if (candidates.methodDefault) return { source: 'METHOD', ...candidates.methodDefault };
  if (candidates.reference) return { source: 'REFERENCE', ...candidates.reference };
  if (candidates.hazardousUpper !== undefined) return { source: 'HAZARD_FALLBACK', high: candidates.hazardousUpper };
  return { source: 'NONE' };
}

/** NO_RANGE: measured, but nothing says what it should be, so it is never shown as fine. */
export type ElementStatus = 'LOW' | 'OK' | 'HIGH' | 'CRITICAL' | 'MISSING' | 'NO_RANGE';

/** Whether a range can judge a reading at all (a source without a bound or target cannot). */
export function hasRange(range: ResolvedRange): boolean {
  return range.source !== 'NONE' && (range.low !== undefined || range.high !== undefined || range.target !== undefined);
}

/**
 * A reading against its range. Absolute values decide, before any trend: an implausible value and
 * one above the hazardous threshold are CRITICAL whatever the range says; a non-detect is OK unless
 * the range has a floor; a reading without a range is NO_RANGE, never OK.
 *
 * @example elementStatus(7.2, { source: 'METHOD', low: 1.3, high: 1.7 }, undefined) // 'HIGH'
 * @example elementStatus(0.5, { source: 'NONE' }, undefined) // 'NO_RANGE'
 */
export function elementStatus(
  value: number | null | undefined,
  range: ResolvedRange,
  hazardousUpper: number | undefined,
  nonDetect = false,
  implausible = false,
): ElementStatus {
  if (value === undefined) return 'MISSING';
  if (value !== null && implausible) return 'CRITICAL';
  if (value !== null && hazardousUpper !== undefined && value > hazardousUpper) return 'CRITICAL';
  if (!hasRange(range)) return 'NO_RANGE';
  if (value === null) return nonDetect && range.low !== undefined && range.low > 0 ? 'LOW' : 'OK';
  if (range.low !== undefined && value < range.low) return 'LOW';
  if (range.high !== undefined && value > range.high) return 'HIGH';
  return 'OK';
}
