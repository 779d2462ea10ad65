import { DeleteCommand, GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { QueryCommandInput, TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import type { DosingProgram } from '../../domain/dosing';
import { dynamo } from '../../shared/aws/clients';
import { tableName } from '../../shared/aws/names';
import { type DraftFeedback, toFeedbackItem, toProgram, toProgramItem } from './program.mapper';
import { type TankRef, tankKey } from './tank-ref';

/** A program save changed under us (another save or delete came first). */
export class ProgramChangedError extends Error {
  constructor() {
    super('The program changed while saving');
    this.name = 'ProgramChangedError';
  }
}

/** Rows one program save writes together. `previous` are the records as read, for the optimistic checks. */
export interface ProgramSaveWrite {
  readonly save: DosingProgram;
  readonly savePrevious?: DosingProgram;
  readonly close?: DosingProgram;
  readonly closePrevious?: DosingProgram;
  readonly feedback?: DraftFeedback;
}

export abstract class ProgramRepository {
  abstract get(programId: string): Promise<DosingProgram | undefined>;
  /** The tank's programs, latest start first. */
  abstract listForTank(tank: TankRef): Promise<DosingProgram[]>;
  abstract activeForTank(tank: TankRef): Promise<DosingProgram[]>;
  /** Every active program of every tank, page by page (the nightly schedule). */
  abstract activePages(): AsyncIterable<DosingProgram[]>;
  /** All rows of a save or none. */
  abstract commit(write: ProgramSaveWrite): Promise<void>;
  abstract delete(program: DosingProgram): Promise<void>;
}

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** Puts a program row only if it is still as read (or new). */
function guardedPut(program: DosingProgram, previous: DosingProgram | undefined): TransactItem {
  return {
    Put: {
      TableName: tableName('program-history'),
      Item: toProgramItem(program),
      ...(previous
        ? {
            ConditionExpression: 'updated_at = :seen AND #status = :status',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':seen': previous.updatedAt, ':status': previous.status },
          }
        : { ConditionExpression: 'attribute_not_exists(program_id)' }),
    },
  };
}

@Injectable()
export class DynamoProgramRepository extends ProgramRepository {
  async get(programId: string): Promise<DosingProgram | undefined> {
    const { Item } = await dynamo().send(
      new GetCommand({ TableName: tableName('program-history'), Key: { program_id: programId }, ConsistentRead: true }),
    );
    return Item ? toProgram(Item) : undefined;
  }

  async listForTank(tank: TankRef): Promise<DosingProgram[]> {
    return this.all({
      IndexName: 'user_id_tank_id-index',
      KeyConditionExpression: 'user_id_tank_id = :tank',
      ExpressionAttributeValues: { ':tank': tankKey(tank) },
      ScanIndexForward: false,
    });
  }

  async activeForTank(tank: TankRef): Promise<DosingProgram[]> {
    return this.all({
      IndexName: 'status-index',
      KeyConditionExpression: '#status = :active AND user_id_tank_id = :tank',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':active': 'active', ':tank': tankKey(tank) },
    });
  }

  async *activePages(): AsyncIterable<DosingProgram[]> {
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await dynamo().send(
        new QueryCommand({
          TableName: tableName('program-history'),
          IndexName: 'status-index',
          KeyConditionExpression: '#status = :active',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':active': 'active' },
          ExclusiveStartKey: startKey,
        }),
      );
      yield (page.Items ?? []).map(toProgram);
      startKey = page.LastEvaluatedKey;
    } while (startKey);
  }

  async commit(write: ProgramSaveWrite): Promise<void> {
    const items: TransactItem[] = [guardedPut(write.save, write.savePrevious)];
    if (write.close) items.push(guardedPut(write.close, write.closePrevious));
    if (write.feedback) {
      items.push({
        Put: {
          TableName: tableName('program-draft-feedback'),
          Item: toFeedbackItem(write.feedback),
          ConditionExpression: 'attribute_not_exists(feedback_id)',
        },
      });
    }
    try {
      await dynamo().send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      if ((error as { name?: string }).name === 'TransactionCanceledException') throw new ProgramChangedError();
      throw error;
    }
  }

  async delete(program: DosingProgram): Promise<void> {
    try {
      await dynamo().send(
        new DeleteCommand({
          TableName: tableName('program-history'),
          Key: { program_id: program.programId },
          ConditionExpression: 'updated_at = :seen',
          ExpressionAttributeValues: { ':seen': program.updatedAt },
        }),
      );
    } catch (error) {
      if ((error as { name?: string }).name === 'ConditionalCheckFailedException') throw new ProgramChangedError();
      throw error;
    }
  }

  private async all(query: Omit<QueryCommandInput, 'TableName'>): Promise<DosingProgram[]> {
    const programs: DosingProgram[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await dynamo().send(
        new QueryCommand({ ...query, TableName: tableName('program-history'), ExclusiveStartKey: startKey }),
      );
      programs.push(...(page.Items ?? []).map(toProgram));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return programs;
  }
}
