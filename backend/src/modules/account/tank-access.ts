import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../../shared/errors/domain-error';
import type { TankRecord } from './account.types';
import { TankRepository } from './repositories/tank.repository';

/**
 * The ownership check every tank-scoped endpoint uses. A tank that is not the caller's answers
 * exactly like one that does not exist (404), so ids of other keepers' tanks leak nothing.
 */
@Injectable()
export class TankAccess {
  constructor(private readonly tanks: TankRepository) {}

  async requireOwnedTank(userId: string, tankId: string): Promise<TankRecord> {
    const tank = await this.tanks.get(userId, tankId);
    if (!tank) throw new NotFoundError('Tank');
    return tank;
  }
}
