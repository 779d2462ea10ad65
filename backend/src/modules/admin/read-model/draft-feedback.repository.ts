import { BatchGetCommand, type BatchGetCommandOutput, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import type { DraftFeedbackRecord, OutcomeReading } from '../../../domain/admin';
import { dynamo } from '../../../shared/aws/clients';
import { tableName } from '../../../shared/aws/names';
import { toElement as toProgramElement } from '../../dosing/program.mapper';
import { decodeCursor, encodeCursor } from './page-cursor';

type Item = Record<string, unknown>;

const toFeedback = (i: Item): DraftFeedbackRecord => ({
  feedbackId: i.feedback_id as string,
  userId: i.user_id as string,
  tankId: i.tank_id as string,
  programId: i.program_id as string,
  activatedAt: i.created_at as string,
  suggestion: ((i.suggestion ?? []) as Item[]).map(toProgramElement),
  activated: ((i.activated ?? []) as Item[]).map(toProgramElement),
});

/** What RaM drafted from: the source test and its readings (stored beside the draft program). */
export interface DraftSource {
  readonly programId: string;
  readonly testId: string;
  readonly testDate: string;
  readonly readings: readonly OutcomeReading[];
}

/** The follow-up ICP test of a tank after a date, with its evaluated readings. */
export interface FollowUpTest {
  readonly testId: string;
  readonly testDate: string;
  readonly readings: readonly OutcomeReading[];
}

const KEY_NAMES = ['feedback_id', 'entity_type', 'created_at'];

const aim = (range: Item | undefined): number | undefined => {
  if (!range) return undefined;
  if (typeof range.target === 'number') return range.target;
  return typeof range.low === 'number' && typeof range.high === 'number' ? (range.low + range.high) / 2 : undefined;
};

/**
 * Draft feedback for the admin, newest first through the recent index, with what the outcome needs:
 * the draft's source readings and the tank's next finished ICP test after activation.
 */
@Injectable()
export class DraftFeedbackRepository {
  async page(limit: number, cursor?: string): Promise<{ feedback: DraftFeedbackRecord[]; cursor: string | null }> {
    const page = await dynamo().send(
      new QueryCommand({
        TableName: tableName('program-draft-feedback'),
        IndexName: 'recent-index',
        KeyConditionExpression: 'entity_type = :t',
        ExpressionAttributeValues: { ':t': 'DRAFT_FEEDBACK' },
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: decodeCursor(cursor, KEY_NAMES),
      }),
    );
    return { feedback: (page.Items ?? []).map(toFeedback), cursor: encodeCursor(page.LastEvaluatedKey) };
  }

  /** The draft records of the programs (one batch read; RaM keeps them at `<programId>#suggestions`). */
  async sources(programIds: readonly string[]): Promise<Map<string, DraftSource>> {
    const table = tableName('program-history');
    const found = new Map<string, DraftSource>();
    const ids = [...new Set(programIds)];
    for (let i = 0; i < ids.length; i += 100) {
      let keys: Item[] | undefined = ids.slice(i, i + 100).map((id) => ({ program_id: `${id}#suggestions` }));
      while (keys && keys.length > 0) {
        const out: BatchGetCommandOutput = await dynamo().send(new BatchGetCommand({ RequestItems: { [table]: { Keys: keys } } }));
        for (const r of out.Responses?.[table] ?? []) {
          const readings = ((r.readings ?? []) as Item[]).map((x) => ({
            canonical: x.canonical as string,
            elementId: x.elementId as string,
            value: (x.value ?? null) as number | null,
            unit: x.unit as string,
            ...(typeof x.target === 'number' ? { target: x.target } : {}),
          }));
          found.set(r.draft_program_id as string, {
            programId: r.draft_program_id as string,
            testId: r.test_id as string,
            testDate: r.test_date as string,
            readings,
          });
        }
        keys = out.UnprocessedKeys?.[table]?.Keys;
      }
    }
    return found;
  }

  /** The tank's first finished ICP test dated after `afterDate`, or undefined. Reads a few index pages at most. */
  async nextIcpTest(userId: string, tankId: string, afterDate: string, maxReads = 5): Promise<FollowUpTest | undefined> {
    let startKey: Item | undefined;
    for (let reads = 0; reads < maxReads; reads++) {
      const page = await dynamo().send(
        new QueryCommand({
          TableName: tableName('test-history'),
          IndexName: 'user_id_tank_id-index',
          KeyConditionExpression: 'user_id_tank_id = :k AND test_date_id > :after',
          FilterExpression: 'kind = :icp AND #s = :done',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':k': `${userId}#${tankId}`, ':after': `${afterDate}#\uffff`, ':icp': 'ICP', ':done': 'DONE' },
          Limit: 20,
          ExclusiveStartKey: startKey,
        }),
      );
      const first = page.Items?.[0];
      if (first)
        return {
          testId: first.test_id as string,
          testDate: first.test_date as string,
          readings: await this.readings(first.test_id as string),
        };
      startKey = page.LastEvaluatedKey;
      if (!startKey) return undefined;
    }
    return undefined;
  }

  private async readings(testId: string): Promise<OutcomeReading[]> {
    const { Items = [] } = await dynamo().send(
      new QueryCommand({
        TableName: tableName('test-history'),
        KeyConditionExpression: 'test_id = :t AND begins_with(#item, :el)',
        ExpressionAttributeNames: { '#item': 'item' },
        ExpressionAttributeValues: { ':t': testId, ':el': 'ELEMENT#' },
      }),
    );
    return Items.map((i) => {
      const target = aim(i.target_range as Item | undefined);
      return {
        canonical: i.canonical as string,
        elementId: i.element_id as string,
        value: typeof i.value === 'number' ? i.value : null,
        unit: i.unit as string,
        ...(target !== undefined ? { target } : {}),
      };
    });
  }
}
