/**
 * Moonshiners-style corrections: how much of a single-element solution raises a tank from its
 * measured value to the target, spread over enough days that no day raises it by more than the
 * element's safe daily change. Pure: units, volumes and limits come in as arguments.
 */

export interface CorrectionInput {
  /** Measured value in `unit`; null for a non-detect. */
  readonly measured: number | null;
  readonly target: number;
  /** `mg/l` or `µg/l`: the unit of `measured` and `target`. */
  readonly unit: string;
  /** Largest safe rise per day, in mg/l. */
  readonly maxChangePerDayMgL: number;
  /** Element in the correction solution, in mg per ml (= g per litre). */
  readonly productMgPerMl: number;
  readonly volumeLitres: number;
  /** Pollutants, nutrients and RO rows are never dosed. */
  readonly neverCorrect: boolean;
  /** The keeper confirmed the tank's volume; without it no dose is sized (false → VOLUME_UNCONFIRMED). */
  readonly volumeConfirmed?: boolean;
}

export type Correction =
  | {
      readonly kind: 'NONE';
      readonly reason: 'NEVER_CORRECTED' | 'AT_OR_ABOVE_TARGET' | 'NOT_MEASURED' | 'NO_DOSING_DATA' | 'VOLUME_UNCONFIRMED';
    }
  | {
      readonly kind: 'DOSE';
      /** How far below target, in `unit`. */
      readonly deficit: number;
      readonly totalMl: number;
      readonly days: number;
      readonly dailyMl: number;
      /** Rise per day in mg/l (never above the daily cap). */
      readonly dailyRiseMgL: number;
    };

const MG_PER_L: Record<string, number> = { 'mg/l': 1, 'µg/l': 0.001, 'ug/l': 0.001 };
const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/**
 * The correction for one element.
 *
 * @example
 * computeCorrection({ measured: 1.388, target: 1.5, unit: 'mg/l', maxChangePerDayMgL: 0.1, productMgPerMl: 1, volumeLitres: 283.9, neverCorrect: false })
 * // { kind: 'DOSE', deficit: 0.112, totalMl: 31.8, days: 2, dailyMl: 15.9, dailyRiseMgL: 0.056 }
 */
export function computeCorrection(input: CorrectionInput): Correction {
  if (input.neverCorrect) return { kind: 'NONE', reason: 'NEVER_CORRECTED' };
  if (input.measured === null) return { kind: 'NONE', reason: 'NOT_MEASURED' };
  if (input.volumeConfirmed === false) return { kind: 'NONE', reason: 'VOLUME_UNCONFIRMED' };
  const factor = MG_PER_L[input.unit];
  if (factor === undefined || !(input.productMgPerMl > 0) || !(input.maxChangePerDayMgL > 0) || !(input.volumeLitres > 0)) {
    return { kind: 'NONE', reason: 'NO_DOSING_DATA' };
  }
  const deficit = input.target - input.measured;
  if (deficit <= 0) return { kind: 'NONE', reason: 'AT_OR_ABOVE_TARGET' };
  const deficitMgL = deficit * factor;
  const totalMl = (deficitMgL * input.volumeLitres) / input.productMgPerMl;
  // A tiny tolerance keeps 0.3 / 0.1 from becoming 4 days through floating-point noise.
  const days = Math.max(1, Math.ceil(deficitMgL / input.maxChangePerDayMgL - 1e-9));
  return {
    kind: 'DOSE',
    deficit: round(deficit, 6),
    totalMl: round(totalMl, 1),
    days,
    dailyMl: round(totalMl / days, 1),
    dailyRiseMgL: round(deficitMgL / days, 6),
  };
}
