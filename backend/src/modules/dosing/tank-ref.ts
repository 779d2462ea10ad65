/** The tank a dose or program belongs to. */
export interface TankRef {
  readonly userId: string;
  readonly tankId: string;
}

/**
 * The tank key of every dosing row: ownership and tank in one partition key.
 *
 * @example tankKey({ userId: 'u1', tankId: 't1' }) // 'u1#t1'
 */
export const tankKey = (tank: TankRef): string => `${tank.userId}#${tank.tankId}`;
