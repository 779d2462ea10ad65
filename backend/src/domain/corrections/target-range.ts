/**
 * Which range a tank's element is judged against, and how a reading compares with it.
 * Order of precedence: the tank's active custom range, then the dosing method's default
 * (Moonshiners), then the hazardous fallback for pollutants without a range.
 */

export interface Range {
  readonly low?: number;
  readonly high?: number;
  readonly target?: number;
}

export type RangeSource = 'CUSTOM' | 'METHOD' | 'HAZARD_FALLBACK' | 'NONE';

export interface ResolvedRange extends Range {
  readonly source: RangeSource;
}

export interface RangeCandidates {
  readonly custom?: Range;
  readonly methodDefault?: Range;
  /** Above this a reading is hazardous (copper 5 µg/l, …). */
  readonly hazardousUpper?: number;
}

/**
 * @example resolveTargetRange({ methodDefault: { low: 1.3, high: 1.7, target: 1.5 } }) // { source: 'METHOD', low: 1.3, high: 1.7, target: 1.5 }
 */
export function resolveTargetRange(candidates: RangeCandidates): ResolvedRange {
  if (candidates.custom) return { source: 'CUSTOM', ...candidates.custom };
  if (candidates.methodDefault) return { source: 'METHOD', ...candidates.methodDefault };
  if (candidates.hazardousUpper !== undefined) return { source: 'HAZARD_FALLBACK', high: candidates.hazardousUpper };
  return { source: 'NONE' };
}

export type ElementStatus = 'LOW' | 'OK' | 'HIGH' | 'CRITICAL' | 'MISSING';

/**
 * A reading against its range. Absolute values decide, before any trend: above the hazardous
 * threshold is CRITICAL whatever the range says; a non-detect is OK unless the range has a floor.
 *
 * @example elementStatus(7.2, { source: 'METHOD', low: 1.3, high: 1.7 }, undefined) // 'HIGH'
 */
export function elementStatus(value: number | null | undefined, range: ResolvedRange, hazardousUpper: number | undefined, nonDetect = false): ElementStatus {
  if (value === undefined) return 'MISSING';
  if (value === null) return nonDetect && range.low !== undefined && range.low > 0 ? 'LOW' : 'OK';
  if (hazardousUpper !== undefined && value > hazardousUpper) return 'CRITICAL';
  if (range.low !== undefined && value < range.low) return 'LOW';
  if (range.high !== undefined && value > range.high) return 'HIGH';
  return 'OK';
}
