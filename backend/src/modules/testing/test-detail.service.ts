import { Injectable } from '@nestjs/common';
import { TankAccess } from '../account/tank-access';
import { CallerFeatures } from './caller-features';
import { type TestDetail, TestDetailReader } from './test-detail.reader';

/** `POST /test/history`: any test of the caller's tank, projections and trend warnings as their plan allows. */
@Injectable()
export class TestDetailService {
  constructor(
    private readonly tanks: TankAccess,
    private readonly features: CallerFeatures,
    private readonly reader: TestDetailReader,
  ) {}

  async detail(userId: string, tankId: string, testId: string): Promise<{ test: TestDetail }> {
    await this.tanks.requireOwnedTank(userId, tankId);
    return { test: await this.reader.detail(userId, tankId, testId, await this.features.of(userId)) };
  }
}
