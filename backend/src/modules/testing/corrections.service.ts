import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import type { Correction } from '../../domain/corrections/correction';
import { isIsoDate, localDateOf } from '../../domain/dosing';
import { dynamo } from '../../shared/aws/clients';
import { tableName } from '../../shared/aws/names';
import { sendMessages } from '../../shared/aws/sqs';
import { DomainError, InvalidRequestError, NotFoundError } from '../../shared/errors/domain-error';
import { Clock } from '../account/clock';
import { TankAccess } from '../account/tank-access';
import type { CorrectionDoseMessage } from '../dosing/dosing-messages';
import { LaterReadingsReader } from './repositories/later-readings.reader';
import { elementItem } from './repositories/test-element-rows.repository';
import { TestHistoryRepository } from './repositories/test-history.repository';
import type { TestHeader } from './test-history.types';

export interface QueuedCorrection {
  readonly elementId: string;
  readonly amount: number;
  readonly unit: 'ml';
  readonly days: number;
  readonly startDate: string;
}

/**
 * `POST /corrections`: the keeper applies selected corrections of a finished ICP test. Each element
 * remembers the date its correction started (set once), and one message per element goes to
 * `icp-correction.fifo`, whose writer turns it into one dose entry per day. Applying the same
 * selection again sends the same messages, which write nothing new.
 */
@Injectable()
export class CorrectionsService {
  constructor(
    private readonly tanks: TankAccess,
    private readonly tests: TestHistoryRepository,
    private readonly clock: Clock,
    private readonly later: LaterReadingsReader,
  ) {}

  async apply(
    userId: string,
    input: { tankId: string; testId: string; elementIds: readonly string[]; startDate?: string; confirmSuperseded?: boolean },
  ): Promise<{ queued: QueuedCorrection[] }> {
    const tank = await this.tanks.requireOwnedTank(userId, input.tankId);
    const header = await this.tests.header(input.testId);
    if (!header || header.userId !== userId || header.tankId !== input.tankId) throw new NotFoundError('Test');
    if (header.kind !== 'ICP') throw new InvalidRequestError('Only ICP tests carry corrections');
    if (header.status !== 'DONE')
      throw new DomainError('CONFLICT', 'This test is still being evaluated; corrections can be applied once it is done');
    const today = localDateOf(this.clock.now(), tank.timezone);
    const startDate = input.startDate ?? today;
    if (!isIsoDate(startDate)) throw new InvalidRequestError('startDate must be a real date written YYYY-MM-DD');
    if (startDate < header.testDate) throw new InvalidRequestError(`A correction cannot start before the test date (${header.testDate})`);

    const elementIds = [...new Set(input.elementIds)];
    const rows = await Promise.all(elementIds.map((id) => this.row(input.testId, id)));
    const problems = elementIds.filter((id, i) => (rows[i]?.correction as Correction | undefined)?.kind !== 'DOSE');
    if (problems.length > 0) throw new InvalidRequestError(`No correction to apply for: ${problems.join(', ')}`, { elementIds: problems });
    if (input.confirmSuperseded !== true) await this.refuseSuperseded(header, elementIds, rows as Record<string, unknown>[]);

    const queued = await Promise.all(
      elementIds.map(async (elementId, i) => {
        const correction = rows[i]!.correction as Extract<Correction, { kind: 'DOSE' }>;
        const start = await this.startOnce(input.testId, elementId, startDate);
        return { elementId, amount: correction.dailyMl, unit: 'ml' as const, days: correction.days, startDate: start };
      }),
    );
    const messages: CorrectionDoseMessage[] = queued.map((q) => ({ userId, tankId: input.tankId, testId: input.testId, ...q }));
    await sendMessages(
      'icp-correction.fifo',
      messages.map((m) => ({ body: m, groupId: `${m.userId}#${m.tankId}`, deduplicationId: `${m.testId}#${m.elementId}#${m.startDate}` })),
    );
    return { queued };
  }

  /** A correction sized from a reading the tank no longer has is applied only once the keeper confirms it. */
  private async refuseSuperseded(
    header: TestHeader,
    elementIds: readonly string[],
    rows: readonly Record<string, unknown>[],
  ): Promise<void> {
    const newer = await this.later.supersedingReadings(header, new Map(elementIds.map((id, i) => [id, String(rows[i].unit)])));
    if (newer.size === 0) return;
    const superseded = elementIds.flatMap((id, i) => {
      const reading = newer.get(id);
      return reading ? [{ elementId: id, name: String(rows[i].display_name ?? id), supersededBy: reading }] : [];
    });
    const said = superseded.map(
      (s) =>
        `${s.name} was measured again on ${s.supersededBy.date} (${s.supersededBy.value} ${s.supersededBy.unit}, ${s.supersededBy.kind === 'ICP' ? 'ICP report' : 'manual test'})`,
    );
    throw new DomainError(
      'SUPERSEDED_CORRECTION',
      `${said.join('; ')} after this report, so its correction no longer fits the tank. Apply with confirmSuperseded: true to dose it anyway.`,
      { superseded },
    );
  }

  private async row(testId: string, elementId: string): Promise<Record<string, unknown> | undefined> {
    const { Item } = await dynamo().send(
      new GetCommand({
        TableName: tableName('test-history'),
        Key: { test_id: testId, item: elementItem(elementId) },
        ConsistentRead: true,
      }),
    );
    return Item;
  }

  /** The first application fixes the start date; later ones reuse it so no dose lands twice. */
  private async startOnce(testId: string, elementId: string, startDate: string): Promise<string> {
    try {
      await dynamo().send(
        new UpdateCommand({
          TableName: tableName('test-history'),
          Key: { test_id: testId, item: elementItem(elementId) },
          UpdateExpression: 'SET correction_start = :d, correction_applied_at = :now',
          ConditionExpression: 'attribute_not_exists(correction_start)',
          ExpressionAttributeValues: { ':d': startDate, ':now': this.clock.now().toISOString() },
        }),
      );
      return startDate;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      return String((await this.row(testId, elementId))?.correction_start);
    }
  }
}
