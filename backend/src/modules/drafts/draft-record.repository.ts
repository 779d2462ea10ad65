import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import type { ProgramElement } from '../../domain/dosing';
import type { DraftSourceReading, DraftSuggestion } from '../../domain/drafts';
import { dynamo } from '../../shared/aws/clients';
import { tableName } from '../../shared/aws/names';
import type { DraftTestRef } from './draft-suggestion.port';

/**
 * What RaM decided for one test's draft, kept beside the draft program: the elements the program is
 * committed from, the per-element suggestions (for Reef Review) and the readings they came from (to
 * judge the outcome at the next test).
 */
export interface DraftRecord extends DraftTestRef {
  readonly programId: string;
  readonly elements: readonly ProgramElement[];
  readonly suggestions: readonly DraftSuggestion[];
  readonly readings: readonly DraftSourceReading[];
  readonly createdAt: string;
}

/**
 * The key of a draft's record in `program-history`. The record is an item of its own, not
 * attributes of the program row: every program save puts the whole row from the program mapper,
 * which would drop anything else, and the keeper may edit or activate the draft.
 *
 * @example draftRecordKey('draft-t1') // 'draft-t1#suggestions'
 */
export const draftRecordKey = (programId: string): string => `${programId}#suggestions`;

type Item = Record<string, unknown>;

/**
 * Stored without `user_id`, `tank_id`, `user_id_tank_id`, `status` or `start_date`, so the record is
 * in none of the table's indexes (program lists and the nightly schedule never see it) and its stream
 * record has no owner (realtime-notify sends nothing for it). The owner sits in `draft_owner`.
 */
function toItem(r: DraftRecord): Item {
  return {
    program_id: draftRecordKey(r.programId),
    entity_type: 'DRAFT_SUGGESTIONS',
    draft_program_id: r.programId,
    draft_owner: `${r.userId}#${r.tankId}`,
    test_id: r.testId,
    test_date: r.testDate,
    elements: r.elements,
    suggestions: r.suggestions,
    readings: r.readings,
    created_at: r.createdAt,
  };
}

function toRecord(i: Item): DraftRecord {
  const [userId, tankId] = String(i.draft_owner).split('#');
  return {
    programId: i.draft_program_id as string,
    userId,
    tankId,
    testId: i.test_id as string,
    testDate: i.test_date as string,
    elements: (i.elements ?? []) as ProgramElement[],
    suggestions: (i.suggestions ?? []) as DraftSuggestion[],
    readings: (i.readings ?? []) as DraftSourceReading[],
    createdAt: i.created_at as string,
  };
}

@Injectable()
export class DraftRecordRepository {
  async get(programId: string): Promise<DraftRecord | undefined> {
    const { Item } = await dynamo().send(
      new GetCommand({ TableName: tableName('program-history'), Key: { program_id: draftRecordKey(programId) }, ConsistentRead: true }),
    );
    return Item ? toRecord(Item) : undefined;
  }

  /** Writes the record unless one exists; false when another writer came first. */
  async putIfAbsent(record: DraftRecord): Promise<boolean> {
    try {
      await dynamo().send(
        new PutCommand({
          TableName: tableName('program-history'),
          Item: toItem(record),
          ConditionExpression: 'attribute_not_exists(program_id)',
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
