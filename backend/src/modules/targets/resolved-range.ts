import { convert, normaliseUnit } from '../../domain/canon';
import { type Range, type ResolvedRange, resolveTargetRange } from '../../domain/corrections/target-range';
import { withoutUndefined } from '../../domain/extraction/without-undefined';

/** What a correction of the element needs besides the reading and the tank volume. */
export interface CorrectionInputs {
  /** Value to correct up to, in `unit`. */
  readonly target: number;
  /** Largest safe rise per day, in mg/l. */
  readonly maxChangePerDay: number;
  /** Element in the correction stock, in mg per ml. */
  readonly productConcentration: number;
  readonly neverCorrect: boolean;
  readonly unit: string;
}

/** The range a tank's element is judged against now, with what its evaluation needs. */
export interface ResolvedElementRange {
  readonly range: ResolvedRange;
  /** Above this a reading is hazardous, in `unit`. */
  readonly hazardousUpper?: number;
  readonly correction?: CorrectionInputs;
  /** Unit of `range` and `hazardousUpper`. */
  readonly unit: string;
}

/**
 * Problems of a custom range a keeper wants to save (signs and types are the DTO's job): at least one
 * bound, and `low ≤ target ≤ high` for the bounds given.
 *
 * @example customRangeProblems({ low: 460, high: 400 }) // ['low must not be above high']
 */
export function customRangeProblems(range: Range): string[] {
  const { low, high, target } = range;
  const problems: string[] = [];
  if (low === undefined && high === undefined) problems.push('give at least a low or a high bound');
  if (low !== undefined && high !== undefined && low > high) problems.push('low must not be above high');
  if (target !== undefined && low !== undefined && target < low) problems.push('target must not be below low');
  if (target !== undefined && high !== undefined && target > high) problems.push('target must not be above high');
  return problems;
}

/**
 * The value a correction aims at: the range's own target, else the method's target kept inside the
 * range (a custom band without a target still corrects towards the method's value where it fits).
 *
 * @example correctionTarget({ source: 'CUSTOM', low: 440, high: 470 }, 430) // 440
 */
export function correctionTarget(range: ResolvedRange, methodTarget: number | undefined): number | undefined {
  if (range.target !== undefined) return range.target;
  if (methodTarget === undefined) return undefined;
  return Math.min(range.high ?? Infinity, Math.max(range.low ?? -Infinity, methodTarget));
}

/**
 * A value in another unit, or undefined when the two units do not convert into each other.
 *
 * @example valueInUnit(50, 'µg/l', 'mg/l') // 0.05
 */
export function valueInUnit(value: number, from: string, to: string): number | undefined {
  if (normaliseUnit(from) === normaliseUnit(to)) return value;
  try {
    return Number(convert(value, from, to).toPrecision(10));
  } catch {
    return undefined;
  }
}

/**
 * A resolved range expressed in another unit (a manual iodine test in mg/l against a range in µg/l).
 * Undefined when the units cannot be converted into each other.
 *
 * @example rangeInUnit({ unit: 'µg/l', range: { source: 'METHOD', low: 50, high: 80 } }, 'mg/l')?.range // { source: 'METHOD', low: 0.05, high: 0.08 }
 */
export function rangeInUnit(resolved: ResolvedElementRange | undefined, unit: string): ResolvedElementRange | undefined {
  if (!resolved || normaliseUnit(resolved.unit) === normaliseUnit(unit)) return resolved;
  if (valueInUnit(1, resolved.unit, unit) === undefined) return undefined;
  const to = (value: number | undefined) => (value === undefined ? undefined : valueInUnit(value, resolved.unit, unit));
  const { range, correction } = resolved;
  return withoutUndefined({
    unit,
    range: withoutUndefined({
      source: range.source,
      sourceName: range.sourceName,
      low: to(range.low),
      high: to(range.high),
      target: to(range.target),
    }) as ResolvedRange,
    hazardousUpper: to(resolved.hazardousUpper),
    correction: correction && { ...correction, target: to(correction.target)!, unit },
  }) as ResolvedElementRange;
}

/** A method element's defaults, as far as resolving a range needs them. */
export interface MethodDefaults {
  readonly unit: string;
  /** The method's range with its target; absent for pollutants that only have an alarm threshold. */
  readonly methodDefault?: Range;
  readonly target?: number;
  readonly hazardousUpper?: number;
  readonly maxChangePerDay?: number;
  readonly productConcentration?: number;
  readonly neverCorrect: boolean;
  /** METHOD for the dosing method's own rows; REFERENCE for a cited reef reference filling a gap. */
  readonly rangeSource?: 'METHOD' | 'REFERENCE';
  /** The named source of `methodDefault` ("Moonshiners method", "Reef aquarium practice (…)"). */
  readonly sourceName?: string;
  /** The named source of `hazardousUpper`. */
  readonly hazardSourceName?: string;
}

/** Shown for a range the keeper set. */
export const CUSTOM_SOURCE_NAME = 'Your own range';

/** The range with the name of who says so (custom, the method or reference, or the safety limit). */
function named(range: ResolvedRange, defaults: MethodDefaults | undefined): ResolvedRange {
  const sourceName =
    range.source === 'CUSTOM'
      ? CUSTOM_SOURCE_NAME
      : range.source === 'HAZARD_FALLBACK'
        ? defaults?.hazardSourceName
        : range.source === 'NONE'
          ? undefined
          : defaults?.sourceName;
  return sourceName ? { ...range, sourceName } : range;
}

const candidates = (defaults: MethodDefaults | undefined) =>
  defaults?.rangeSource === 'REFERENCE'
    ? { reference: defaults.methodDefault, hazardousUpper: defaults.hazardousUpper }
    : { methodDefault: defaults?.methodDefault, hazardousUpper: defaults?.hazardousUpper };

/** An active custom range as stored. */
export interface ActiveCustomRange extends Range {
  readonly unit: string;
}

/** What RESET returns an element to: the method's range, else its alarm threshold. */
export function methodRange(defaults: MethodDefaults): ResolvedRange {
  return named(resolveTargetRange(candidates(defaults)), defaults);
}

/**
 * One element's range by precedence (custom → method → hazard fallback), with the correction inputs
 * when the method can correct it. Needs at least one of the two sources.
 *
 * @example resolveElementRange({ unit: 'mg/l', methodDefault: { low: 400, high: 460, target: 430 }, target: 430, maxChangePerDay: 20, productConcentration: 19.63, neverCorrect: false }, { unit: 'mg/l', low: 440, high: 470 }).correction?.target // 440
 */
export function resolveElementRange(defaults: MethodDefaults | undefined, custom: ActiveCustomRange | undefined): ResolvedElementRange {
  const range = named(
    resolveTargetRange({
      custom: custom && withoutUndefined({ low: custom.low, high: custom.high, target: custom.target }),
      ...candidates(defaults),
    }),
    defaults,
  );
  const target = defaults && correctionTarget(range, defaults.target);
  return withoutUndefined({
    unit: defaults?.unit ?? custom?.unit ?? '',
    range,
    hazardousUpper: defaults?.hazardousUpper,
    correction:
      defaults && target !== undefined
        ? {
            target,
            maxChangePerDay: defaults.maxChangePerDay ?? 0,
            productConcentration: defaults.productConcentration ?? 0,
            neverCorrect: defaults.neverCorrect,
            unit: defaults.unit,
          }
        : undefined,
  });
}
