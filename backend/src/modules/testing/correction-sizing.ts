import { type Correction, computeCorrection } from '../../domain/corrections/correction';
import type { ElementStatus } from '../../domain/corrections/target-range';
import type { TankRecord } from '../account/account.types';
import type { CorrectionInputs } from '../targets/resolved-range';

/**
 * The one-time correction of an evaluated ICP reading: only a LOW reading with the method's
 * correction data gets a dose, sized from the tank's volume once the keeper confirmed it (until then
 * NONE/VOLUME_UNCONFIRMED). Shared by the evaluation and the re-sizing after the first set-up, so
 * both size a dose the same way.
 */
export function correctionFor(
  status: ElementStatus,
  value: number | null,
  unit: string,
  seed: CorrectionInputs | undefined,
  tank: Pick<TankRecord, 'volumeLitres' | 'setupConfirmed'> | undefined,
): Correction {
  if (status !== 'LOW' || !seed || !tank) return { kind: 'NONE', reason: 'AT_OR_ABOVE_TARGET' };
  return computeCorrection({
    measured: value,
    target: seed.target,
    unit,
    maxChangePerDayMgL: seed.maxChangePerDay,
    productMgPerMl: seed.productConcentration,
    volumeLitres: tank.volumeLitres,
    neverCorrect: seed.neverCorrect,
    volumeConfirmed: tank.setupConfirmed,
  });
}
