import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { Injectable } from '@nestjs/common';
import { dynamo } from '../../../shared/aws/clients';
import { tableName } from '../../../shared/aws/names';
import { HEADER_ITEM, type TestFailureKind, type TestHeader, type TestStatus, tankKey } from '../test-history.types';

type Item = Record<string, unknown>;

/** Index reads one page may take when a filter keeps few tests (the page may then come back short). */
const MAX_PAGE_READS = 10;

export function toHeaderItem(h: TestHeader): Item {
  return {
    test_id: h.testId,
    item: HEADER_ITEM,
    user_id: h.userId,
    tank_id: h.tankId,
    user_id_tank_id: tankKey(h.userId, h.tankId),
    test_date_id: `${h.testDate}#${h.testId}`,
    test_date: h.testDate,
    kind: h.kind,
    lab: h.lab,
    status: h.status,
    file_name: h.fileName,
    analysis_number: h.analysisNumber,
    batch_id: h.batchId,
    error_message: h.errorMessage,
    reference_id: h.referenceId,
    failure_kind: h.failureKind,
    upload_given_back_at: h.uploadGivenBackAt,
    deadline_at: h.deadlineAt,
    expected_elements: h.expectedElements,
    evaluated_elements: h.evaluatedElements,
    created_at: h.createdAt,
    updated_at: h.updatedAt,
  };
}

export function toHeader(i: Item): TestHeader {
  return {
    testId: i.test_id as string,
    userId: i.user_id as string,
    tankId: i.tank_id as string,
    kind: i.kind as TestHeader['kind'],
    lab: i.lab as TestHeader['lab'],
    status: i.status as TestStatus,
    testDate: i.test_date as string,
    fileName: i.file_name as string | undefined,
    analysisNumber: i.analysis_number as string | undefined,
    batchId: i.batch_id as string | undefined,
    errorMessage: i.error_message as string | undefined,
    referenceId: i.reference_id as string | undefined,
    failureKind: i.failure_kind as TestHeader['failureKind'],
    uploadGivenBackAt: i.upload_given_back_at as string | undefined,
    deadlineAt: i.deadline_at as string | undefined,
    expectedElements: i.expected_elements as number | undefined,
    evaluatedElements: i.evaluated_elements as number | undefined,
    createdAt: i.created_at as string,
    updatedAt: i.updated_at as string,
  };
}

/** Test headers; element rows are read and written by the extraction and evaluation code. */
@Injectable()
export class TestHistoryRepository {
  async header(testId: string): Promise<TestHeader | undefined> {
    const { Item } = await dynamo().send(
      new GetCommand({ TableName: tableName('test-history'), Key: { test_id: testId, item: HEADER_ITEM }, ConsistentRead: true }),
    );
    return Item ? toHeader(Item) : undefined;
  }

  /**
   * One page of the tank's tests, newest test date first, through the tank index, optionally only of
   * one kind or lab. `after` is the index key of the last test of the previous page; the answer's
   * `next` is the key to pass for the page after this one (absent on the last page).
   */
  async pageForTank(
    userId: string,
    tankId: string,
    page: { limit: number; after?: Item; kind?: TestHeader['kind']; lab?: string },
  ): Promise<{ headers: TestHeader[]; next?: Item }> {
    const filters: string[] = [];
    const values: Item = { ':k': tankKey(userId, tankId) };
    if (page.kind) {
      filters.push('kind = :kind');
      values[':kind'] = page.kind;
    }
    if (page.lab) {
      filters.push('lab = :lab');
      values[':lab'] = page.lab;
    }
    const headers: TestHeader[] = [];
    let startKey = page.after;
    // A filter drops rows after DynamoDB counted them, so read until the page is full; never ask for
    // more than the page still needs, so the key to go on from is exactly after the last test kept.
    for (let reads = 0; reads < MAX_PAGE_READS && headers.length < page.limit; reads += 1) {
      const { Items = [], LastEvaluatedKey } = await dynamo().send(
        new QueryCommand({
          TableName: tableName('test-history'),
          IndexName: 'user_id_tank_id-index',
          KeyConditionExpression: 'user_id_tank_id = :k',
          ...(filters.length > 0 ? { FilterExpression: filters.join(' AND ') } : {}),
          ExpressionAttributeValues: values,
          ScanIndexForward: false,
          Limit: page.limit - headers.length,
          ExclusiveStartKey: startKey,
        }),
      );
      headers.push(...Items.map(toHeader));
      startKey = LastEvaluatedKey;
      if (!startKey) break;
    }
    return { headers, ...(startKey ? { next: startKey } : {}) };
  }

  /** The tank's tests, newest test date first, through the tank index. */
  async listForTank(userId: string, tankId: string, limit: number): Promise<TestHeader[]> {
    return (await this.pageForTank(userId, tankId, { limit })).headers;
  }

  /**
   * Moves a test to ERROR only if it is still in `from` (so a late success is never overwritten).
   * Returns false when the test had already moved on.
   */
  async failIfStill(
    testId: string,
    from: TestStatus,
    failure: { message: string; referenceId: string; kind?: TestFailureKind },
    now: Date,
  ): Promise<boolean> {
    try {
      await dynamo().send(
        new UpdateCommand({
          TableName: tableName('test-history'),
          Key: { test_id: testId, item: HEADER_ITEM },
          UpdateExpression: 'SET #s = :error, error_message = :m, reference_id = :r, failure_kind = :k, updated_at = :now',
          ConditionExpression: '#s = :from',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: {
            ':error': 'ERROR',
            ':from': from,
            ':m': failure.message,
            ':r': failure.referenceId,
            ':k': failure.kind ?? 'DEADLINE',
            ':now': now.toISOString(),
          },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
