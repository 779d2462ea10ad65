import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { Injectable } from '@nestjs/common';
import { elementMessage } from '../../domain/corrections/element-message';
import { isImplausible } from '../../domain/corrections/plausibility';
import { elementStatus, resolveTargetRange } from '../../domain/corrections/target-range';
import { dynamo } from '../../shared/aws/clients';
import { recordMetric } from '../../shared/product-metrics';
import { tableName } from '../../shared/aws/names';
import { TankRepository } from '../account/repositories/tank.repository';
import { plausibleRangeFor } from '../targets/reference-defaults';
import { rangeInUnit, valueInUnit } from '../targets/resolved-range';
import { TargetRangeService } from '../targets/target-range.service';
import { IcpCompletionService } from '../reviews/icp-completion.service';
import { correctionFor } from './correction-sizing';
import type { ElementEvaluationMessage } from './evaluation-messages';
import { elementItem } from './repositories/test-element-rows.repository';
import { HEADER_ITEM, processingStartedAt } from './test-history.types';

/** Kept here for callers that took the method name from the evaluation. */
export { DEFAULT_CORRECTION_METHOD } from '../targets/method-defaults.repository';

type Row = Record<string, unknown>;

/**
 * Evaluates one ICP element (range, status, message, correction) and counts it on its test. The
 * element row and the counter change in one transaction guarded by `evaluated_at`, so a message
 * delivered twice is counted once; the test turns DONE when the count reaches what was queued.
 */
@Injectable()
export class IcpEvaluationService {
  constructor(
    private readonly tanks: TankRepository,
    private readonly targets: TargetRangeService,
    private readonly completion: IcpCompletionService,
  ) {}

  async evaluate(message: ElementEvaluationMessage, now: Date): Promise<'evaluated' | 'already-evaluated' | 'skipped'> {
    const table = tableName('test-history');
    const [header, row] = await Promise.all([
      this.get(table, { test_id: message.testId, item: HEADER_ITEM }),
      this.get(table, { test_id: message.testId, item: elementItem(message.elementId) }),
    ]);
    if (!header || !row || header.user_id !== message.userId || header.tank_id !== message.tankId) return 'skipped';
    if (row.evaluated_at) {
      // A redelivery after a crash between the last count and DONE finishes the test here.
      await this.finishIfReady(message.testId, now);
      return 'already-evaluated';
    }
    const [tank, ranges] = await Promise.all([
      this.tanks.get(message.userId, message.tankId),
      this.targets.resolveFor(message.userId, message.tankId),
    ]);

    const value = row.value as number | null;
    const unit = String(row.unit);
    const resolved = rangeInUnit(ranges.get(message.elementId), unit);
    const range = resolved?.range ?? resolveTargetRange({});
    const bounds = plausibleRangeFor(message.elementId);
    const low = bounds && valueInUnit(bounds.low, bounds.unit, unit);
    const high = bounds && valueInUnit(bounds.high, bounds.unit, unit);
    const plausible = low !== undefined && high !== undefined ? { low, high, unit } : undefined;
    const implausible = isImplausible(value, plausible);
    const status = elementStatus(value, range, resolved?.hazardousUpper, row.non_detect === true, implausible);
    const correction = correctionFor(status, value, unit, resolved?.correction, tank);

    try {
      await dynamo().send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: table,
                Key: { test_id: message.testId, item: elementItem(message.elementId) },
                UpdateExpression:
                  'SET eval_status = :status, target_range = :range, message = :message, correction = :correction, implausible = :implausible, evaluated_at = :now',
                ConditionExpression: 'attribute_not_exists(evaluated_at)',
                ExpressionAttributeValues: {
                  ':status': status,
                  ':range': range,
                  ':message': elementMessage(
                    String(row.display_name),
                    value,
                    unit,
                    status,
                    range,
                    correction,
                    implausible ? plausible : undefined,
                  ),
                  ':implausible': implausible,
                  ':correction': correction,
                  ':now': now.toISOString(),
                },
              },
            },
            {
              Update: {
                TableName: table,
                Key: { test_id: message.testId, item: HEADER_ITEM },
                UpdateExpression: 'ADD evaluated_elements :one SET updated_at = :now',
                ExpressionAttributeValues: { ':one': 1, ':now': now.toISOString() },
              },
            },
          ],
        }),
      );
    } catch (error) {
      if (error instanceof TransactionCanceledException && error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed')
        return 'already-evaluated';
      throw error;
    }
    await this.finishIfReady(message.testId, now);
    return 'evaluated';
  }

  /**
   * Once every queued element is counted: the draft program and the Reef Review first, then DONE,
   * so the keeper who sees DONE finds both ready. The elements of a test share one FIFO group, so
   * only one evaluation of the test runs at a time.
   */
  private async finishIfReady(testId: string, now: Date): Promise<void> {
    const header = await this.get(tableName('test-history'), { test_id: testId, item: HEADER_ITEM });
    if (
      !header ||
      header.status !== 'IN_PROGRESS' ||
      !header.fanned_out_at ||
      Number(header.evaluated_elements ?? 0) < Number(header.expected_elements)
    )
      return;
    await this.completion.complete(testId);
    await this.completeIfAllEvaluated(testId, now);
  }

  /**
   * IN_PROGRESS → DONE once every queued element is counted (checked in the write itself). Only the
   * write that makes the change measures the time from upload to DONE, so each test counts once.
   */
  private async completeIfAllEvaluated(testId: string, now: Date): Promise<void> {
    try {
      const { Attributes } = await dynamo().send(
        new UpdateCommand({
          TableName: tableName('test-history'),
          Key: { test_id: testId, item: HEADER_ITEM },
          UpdateExpression: 'SET #s = :done, completed_at = :now, updated_at = :now',
          ConditionExpression: '#s = :inProgress AND attribute_exists(fanned_out_at) AND evaluated_elements >= expected_elements',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':done': 'DONE', ':inProgress': 'IN_PROGRESS', ':now': now.toISOString() },
          ReturnValues: 'ALL_NEW',
        }),
      );
      const started = Attributes && processingStartedAt(Attributes);
      if (started && now >= started) recordMetric('evaluationLatency', now.getTime() - started.getTime());
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  private async get(table: string, key: Row): Promise<Row | undefined> {
    return (await dynamo().send(new GetCommand({ TableName: table, Key: key, ConsistentRead: true }))).Item;
  }
}
