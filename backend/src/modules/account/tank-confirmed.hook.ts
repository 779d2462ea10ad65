import type { TankRecord } from './account.types';

/**
 * Told when the keeper confirms a tank for the first time (the set-up after sign-up), so the
 * corrections of tests evaluated before it, which could not be sized without a confirmed volume,
 * are sized now. Reef Review provides the implementation (`CorrectionResizer`).
 */
export abstract class TankConfirmedHook {
  abstract onTankConfirmed(tank: TankRecord): Promise<void>;
}
