import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import type { Correction } from '../../domain/corrections/correction';
import { elementMessage } from '../../domain/corrections/element-message';
import type { ElementStatus, ResolvedRange } from '../../domain/corrections/target-range';
import { dynamo } from '../../shared/aws/clients';
import { tableName } from '../../shared/aws/names';
import { logger } from '../../shared/observability';
import type { TankRecord } from '../account/account.types';
import { TankConfirmedHook } from '../account/tank-confirmed.hook';
import { rangeInUnit } from '../targets/resolved-range';
import { TargetRangeService } from '../targets/target-range.service';
import { correctionFor } from '../testing/correction-sizing';
import { type Item, TestRowsRepository } from '../testing/repositories/test-rows.repository';
import { ReefReviewService } from './reef-review.service';

/** A row whose correction waited for the tank's volume to be confirmed. */
export const waitsForVolume = (row: Item): boolean => {
  const correction = row.correction as Correction | undefined;
  return correction?.kind === 'NONE' && correction.reason === 'VOLUME_UNCONFIRMED';
};

/**
 * Sizes the corrections that waited for the first tank set-up: ICP rows evaluated LOW while the
 * tank was unconfirmed hold NONE/VOLUME_UNCONFIRMED and "set your tank volume". Once the keeper
 * confirms the tank, each such row gets its dose from the confirmed volume (the same sizing as the
 * evaluation), its message says the dose, and the test's Reef Review is rebuilt with the correction
 * actions (decisions kept). Each row is written only while it still waits, so running twice, or
 * beside the ICP page's own check, sizes it once.
 */
@Injectable()
export class CorrectionResizer extends TankConfirmedHook {
  constructor(
    private readonly rows: TestRowsRepository,
    private readonly targets: TargetRangeService,
    private readonly reviews: ReefReviewService,
  ) {
    super();
  }

  async onTankConfirmed(tank: TankRecord): Promise<void> {
    const headers = await this.rows.headersSince(tank.userId, tank.tankId, undefined);
    const resized = await this.resize(
      tank,
      headers.filter((h) => h.kind === 'ICP').map((h) => String(h.test_id)),
    );
    if (resized.length > 0) logger.info('Corrections sized after the tank was confirmed', { tankId: tank.tankId, tests: resized.length });
  }

  /** Sizes the waiting corrections of these tests of a confirmed tank; answers the tests it changed. */
  async resize(tank: TankRecord, testIds: readonly string[]): Promise<string[]> {
    if (!tank.setupConfirmed) return [];
    const changed: string[] = [];
    let ranges: Awaited<ReturnType<TargetRangeService['resolveFor']>> | undefined;
    for (const testId of testIds) {
      const test = await this.rows.test(testId);
      if (!test || test.header.user_id !== tank.userId || test.header.tank_id !== tank.tankId) continue;
      const waiting = test.elements.filter(waitsForVolume);
      if (waiting.length === 0) continue;
      ranges ??= await this.targets.resolveFor(tank.userId, tank.tankId);
      let wrote = false;
      for (const row of waiting) {
        const unit = String(row.unit);
        const value = typeof row.value === 'number' ? row.value : null;
        const status = row.eval_status as ElementStatus;
        const correction = correctionFor(status, value, unit, rangeInUnit(ranges.get(String(row.element_id)), unit)?.correction, tank);
        const range = (row.target_range as ResolvedRange | undefined) ?? { source: 'NONE' as const };
        wrote =
          (await this.write(
            testId,
            row,
            correction,
            elementMessage(String(row.display_name ?? row.element_id), value, unit, status, range, correction),
          )) || wrote;
      }
      if (!wrote) continue;
      changed.push(testId);
      if (test.header.status === 'DONE') await this.reviews.generate(testId);
    }
    return changed;
  }

  private async write(testId: string, row: Item, correction: Correction, message: string): Promise<boolean> {
    try {
      await dynamo().send(
        new UpdateCommand({
          TableName: tableName('test-history'),
          Key: { test_id: testId, item: row.item },
          UpdateExpression: 'SET correction = :correction, message = :message',
          ConditionExpression: 'correction.reason = :waiting',
          ExpressionAttributeValues: { ':correction': correction, ':message': message, ':waiting': 'VOLUME_UNCONFIRMED' },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
