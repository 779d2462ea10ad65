import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, GetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
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

export type EvaluationOutcome = 'evaluated' | 'already-evaluated' | 'skipped';

/** DynamoDB takes at most 100 items in one transaction; one of them is the test's header. */
const ELEMENTS_PER_TRANSACTION = 99;
/** BatchGetItem takes at most 100 keys a request. */
const KEYS_PER_READ = 100;

interface ElementWrite {
  readonly elementId: string;
  readonly values: Row;
}

/**
 * Evaluates ICP elements (range, status, message, correction) and counts them on their test. A
 * test's messages in one queue batch are evaluated together: their rows and the counter change in
 * one transaction, each row guarded by `evaluated_at`, so a message delivered twice (alone or with
 * its whole batch) is counted once; the test turns DONE when the count reaches what was queued.
 */
@Injectable()
export class IcpEvaluationService {
  constructor(
    private readonly tanks: TankRepository,
    private readonly targets: TargetRangeService,
    private readonly completion: IcpCompletionService,
  ) {}

  /** One message on its own (the same path as a batch of one). */
  async evaluate(message: ElementEvaluationMessage, now: Date): Promise<EvaluationOutcome> {
    const [outcome] = await this.evaluateTest([message], now);
    if (outcome instanceof Error) throw outcome;
    return outcome;
  }

  /**
   * The messages of one test from a batch: one read of the header and rows, one tank and range
   * lookup, one transaction per 99 elements and one DONE check. Gives each message its outcome, or
   * the error of that element alone (the others are still written); throws when the whole test
   * failed (a read, a write or finishing it), which leaves every message to be delivered again.
   */
  async evaluateTest(messages: readonly ElementEvaluationMessage[], now: Date): Promise<(EvaluationOutcome | Error)[]> {
    const testId = messages[0].testId;
    if (messages.some((m) => m.testId !== testId)) throw new Error('evaluateTest takes the messages of one test');
    // The tank and its ranges are looked up alongside the rows (one round trip less); they are used
    // only for messages whose owner the header confirms.
    const { userId, tankId } = messages[0];
    const lookups = Promise.all([this.tanks.get(userId, tankId), this.targets.resolveFor(userId, tankId)]);
    lookups.catch(() => undefined);
    const rows = await this.read(testId, [HEADER_ITEM, ...messages.map((m) => elementItem(m.elementId))]);
    const header = rows.get(HEADER_ITEM);
    const outcomes: (EvaluationOutcome | Error)[] = [];
    const waiting: { index: number; message: ElementEvaluationMessage; row: Row }[] = [];
    const taken = new Set<string>();
    messages.forEach((message, index) => {
      const row = rows.get(elementItem(message.elementId));
      if (!header || !row || header.user_id !== message.userId || header.tank_id !== message.tankId) outcomes[index] = 'skipped';
      // A redelivery after a crash between the last count and DONE finishes the test below.
      else if (row.evaluated_at || taken.has(message.elementId)) outcomes[index] = 'already-evaluated';
      else {
        taken.add(message.elementId);
        waiting.push({ index, message, row });
      }
    });
    if (waiting.length > 0) {
      const owner = waiting[0].message;
      const [tank, ranges] =
        owner.userId === userId && owner.tankId === tankId
          ? await lookups
          : await Promise.all([this.tanks.get(owner.userId, owner.tankId), this.targets.resolveFor(owner.userId, owner.tankId)]);
      const writes: { index: number; write: ElementWrite }[] = [];
      for (const { index, message, row } of waiting) {
        try {
          writes.push({ index, write: this.elementWrite(message.elementId, row, tank, ranges, now) });
        } catch (error) {
          outcomes[index] = error instanceof Error ? error : new Error(String(error));
        }
      }
      for (let i = 0; i < writes.length; i += ELEMENTS_PER_TRANSACTION) {
        const chunk = writes.slice(i, i + ELEMENTS_PER_TRANSACTION);
        const written = await this.writeCounted(
          testId,
          chunk.map((w) => w.write),
          now,
        );
        chunk.forEach((w, n) => (outcomes[w.index] = written[n] ? 'evaluated' : 'already-evaluated'));
      }
    }
    if (outcomes.some((o) => o === 'evaluated' || o === 'already-evaluated')) await this.finishIfReady(testId, now);
    return outcomes;
  }

  /** What the evaluation writes on one element row. */
  private elementWrite(
    elementId: string,
    row: Row,
    tank: Awaited<ReturnType<TankRepository['get']>>,
    ranges: Awaited<ReturnType<TargetRangeService['resolveFor']>>,
    now: Date,
  ): ElementWrite {
    const value = row.value as number | null;
    const unit = String(row.unit);
    const resolved = rangeInUnit(ranges.get(elementId), unit);
    const range = resolved?.range ?? resolveTargetRange({});
    const bounds = plausibleRangeFor(elementId);
    const low = bounds && valueInUnit(bounds.low, bounds.unit, unit);
    const high = bounds && valueInUnit(bounds.high, bounds.unit, unit);
    const plausible = low !== undefined && high !== undefined ? { low, high, unit } : undefined;
    const implausible = isImplausible(value, plausible);
    const status = elementStatus(value, range, resolved?.hazardousUpper, row.non_detect === true, implausible);
    const correction = correctionFor(status, value, unit, resolved?.correction, tank);
    return {
      elementId,
      values: {
        ':status': status,
        ':range': range,
        ':message': elementMessage(String(row.display_name), value, unit, status, range, correction, implausible ? plausible : undefined),
        ':implausible': implausible,
        ':correction': correction,
        ':now': now.toISOString(),
      },
    };
  }

  /**
   * Writes the rows and adds their number to the header's count in one transaction. If a row was
   * evaluated meanwhile the whole transaction is cancelled, so each row is then written alone and
   * only those still unevaluated are counted. Says per row whether this call wrote it.
   */
  private async writeCounted(testId: string, writes: readonly ElementWrite[], now: Date): Promise<boolean[]> {
    const table = tableName('test-history');
    try {
      await dynamo().send(
        new TransactWriteCommand({
          TransactItems: [
            ...writes.map((w) => ({
              Update: {
                TableName: table,
                Key: { test_id: testId, item: elementItem(w.elementId) },
                UpdateExpression:
                  'SET eval_status = :status, target_range = :range, message = :message, correction = :correction, implausible = :implausible, evaluated_at = :now',
                ConditionExpression: 'attribute_not_exists(evaluated_at)',
                ExpressionAttributeValues: w.values,
              },
            })),
            {
              Update: {
                TableName: table,
                Key: { test_id: testId, item: HEADER_ITEM },
                UpdateExpression: 'ADD evaluated_elements :count SET updated_at = :now',
                ExpressionAttributeValues: { ':count': writes.length, ':now': now.toISOString() },
              },
            },
          ],
        }),
      );
      return writes.map(() => true);
    } catch (error) {
      const raced =
        error instanceof TransactionCanceledException && (error.CancellationReasons ?? []).some((r) => r.Code === 'ConditionalCheckFailed');
      if (!raced) throw error;
      if (writes.length === 1) return [false];
      const alone: boolean[] = [];
      for (const w of writes) alone.push(...(await this.writeCounted(testId, [w], now)));
      return alone;
    }
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

  /** The test's rows by `item`, read consistently (keys deduplicated, 100 a request, unprocessed keys asked again). */
  private async read(testId: string, items: readonly string[]): Promise<Map<string, Row>> {
    const table = tableName('test-history');
    const found = new Map<string, Row>();
    const unique = [...new Set(items)];
    for (let i = 0; i < unique.length; i += KEYS_PER_READ) {
      let keys: Row[] | undefined = unique.slice(i, i + KEYS_PER_READ).map((item) => ({ test_id: testId, item }));
      while (keys && keys.length > 0) {
        const { Responses, UnprocessedKeys } = await dynamo().send(
          new BatchGetCommand({ RequestItems: { [table]: { Keys: keys, ConsistentRead: true } } }),
        );
        for (const row of Responses?.[table] ?? []) found.set(String(row.item), row);
        keys = UnprocessedKeys?.[table]?.Keys as Row[] | undefined;
      }
    }
    return found;
  }
}
