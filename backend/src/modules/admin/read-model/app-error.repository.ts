import { DeleteCommand, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import { dynamo } from '../../../shared/aws/clients';
import { tableName } from '../../../shared/aws/names';
import { decodeCursor, encodeCursor } from './page-cursor';

/** A support-reference row as support reads it. */
export interface AppErrorRecord {
  readonly referenceId: string;
  readonly createdAt: string;
  readonly operation: string;
  readonly userId?: string;
  readonly tankId?: string;
  readonly subjectId?: string;
  readonly apiRequestId?: string;
  readonly lambdaRequestId?: string;
  readonly errorName?: string;
  readonly errorMessage?: string;
  readonly stack?: string;
}

export interface ErrorFilter {
  readonly operation?: string;
  readonly userId?: string;
}

const KEY_NAMES = ['reference_id', 'entity_type', 'created_at'];

function toRecord(i: Record<string, unknown>, withStack: boolean): AppErrorRecord {
  return {
    referenceId: i.reference_id as string,
    createdAt: i.created_at as string,
    operation: i.operation as string,
    userId: i.user_id as string | undefined,
    tankId: i.tank_id as string | undefined,
    subjectId: i.subject_id as string | undefined,
    apiRequestId: i.api_request_id as string | undefined,
    lambdaRequestId: i.lambda_request_id as string | undefined,
    errorName: i.error_name as string | undefined,
    errorMessage: i.error_message as string | undefined,
    ...(withStack ? { stack: i.stack as string | undefined } : {}),
  };
}

/** `app-error` for the admin: newest first through the recent index, one row by reference id, deletes. */
@Injectable()
export class AppErrorRepository {
  /**
   * One page of errors, newest first. With a filter, index pages are read until the page is full or
   * `maxReads` pages were read (the cursor then continues where reading stopped).
   */
  async page(
    filter: ErrorFilter,
    limit: number,
    cursor?: string,
    maxReads = 10,
  ): Promise<{ errors: AppErrorRecord[]; cursor: string | null }> {
    const conditions: string[] = [];
    const values: Record<string, unknown> = { ':t': 'APP_ERROR' };
    if (filter.operation) {
      conditions.push('operation = :op');
      values[':op'] = filter.operation;
    }
    if (filter.userId) {
      conditions.push('user_id = :u');
      values[':u'] = filter.userId;
    }
    const errors: AppErrorRecord[] = [];
    let startKey = decodeCursor(cursor, KEY_NAMES);
    for (let reads = 0; reads < maxReads; reads++) {
      const page = await dynamo().send(
        new QueryCommand({
          TableName: tableName('app-error'),
          IndexName: 'recent-index',
          KeyConditionExpression: 'entity_type = :t',
          ...(conditions.length ? { FilterExpression: conditions.join(' AND ') } : {}),
          ExpressionAttributeValues: values,
          // The list never shows stacks (up to 8 KB each); one reference is read whole by id.
          ProjectionExpression:
            'reference_id, entity_type, created_at, operation, user_id, tank_id, subject_id, api_request_id, lambda_request_id, error_name, error_message',
          ScanIndexForward: false,
          Limit: limit - errors.length,
          ExclusiveStartKey: startKey,
        }),
      );
      errors.push(...(page.Items ?? []).map((i) => toRecord(i, false)));
      startKey = page.LastEvaluatedKey;
      if (!startKey || errors.length >= limit) break;
    }
    return { errors, cursor: encodeCursor(startKey) };
  }

  /** The newest `limit` errors (for the overview's summary). */
  async recent(limit: number): Promise<AppErrorRecord[]> {
    return (await this.page({}, limit)).errors;
  }

  async get(referenceId: string): Promise<AppErrorRecord | undefined> {
    const { Item } = await dynamo().send(new GetCommand({ TableName: tableName('app-error'), Key: { reference_id: referenceId } }));
    return Item ? toRecord(Item, true) : undefined;
  }

  /** Deletes one row; false when there was none. */
  async delete(referenceId: string): Promise<boolean> {
    const { Attributes } = await dynamo().send(
      new DeleteCommand({ TableName: tableName('app-error'), Key: { reference_id: referenceId }, ReturnValues: 'ALL_OLD' }),
    );
    return Attributes !== undefined;
  }
}
