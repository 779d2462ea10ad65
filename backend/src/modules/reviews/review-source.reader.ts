import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import type { PriorTest, ReviewElement, ReviewedStatus } from '../../domain/reviews';
import { dynamo } from '../../shared/aws/clients';
import { tableName } from '../../shared/aws/names';
import { TestHistoryRepository } from '../testing/repositories/test-history.repository';
import { TestRowsRepository } from '../testing/repositories/test-rows.repository';
import { type TestHeader, tankKey } from '../testing/test-history.types';

type Row = Record<string, unknown>;

/** At most this many earlier tests are read for the ALL scope. */
export const MAX_COMPARED_TESTS = 100;

function reviewedStatus(row: Row): ReviewedStatus {
  if (row.status === 'RO') return 'RO';
  if (row.status === 'MISSING') return 'MISSING';
  return (row.eval_status as ReviewedStatus | undefined) ?? 'PENDING';
}

export function toReviewElement(row: Row): ReviewElement {
  return {
    elementId: String(row.element_id),
    name: String(row.display_name ?? row.element_id),
    ...(typeof row.canonical === 'string' ? { canonical: row.canonical } : {}),
    category: String(row.category ?? ''),
    unit: String(row.unit ?? ''),
    value: typeof row.value === 'number' ? row.value : null,
    status: reviewedStatus(row),
    ...(row.target_range ? { range: row.target_range as ReviewElement['range'] } : {}),
    ...(row.correction ? { correction: row.correction as ReviewElement['correction'] } : {}),
  };
}

/** Measured values of a test by element (RO water and absent elements left out). */
function valuesOf(rows: readonly Row[]): Record<string, number | null> {
  return Object.fromEntries(
    rows.filter((r) => r.status !== 'RO' && r.status !== 'MISSING').map((r) => [String(r.element_id), typeof r.value === 'number' ? r.value : null]),
  );
}

/** Reads what a review is made from: the test's element rows and the tank's other completed tests. */
@Injectable()
export class ReviewSourceReader {
  constructor(
    private readonly tests: TestHistoryRepository,
    private readonly rows: TestRowsRepository,
  ) {}

  header(testId: string): Promise<TestHeader | undefined> {
    return this.tests.header(testId);
  }

  async elements(testId: string): Promise<ReviewElement[]> {
    return (await this.elementRows(testId)).map(toReviewElement);
  }

  /** Completed tests dated before (or on the same day as, but created before) the given test, newest first. */
  async before(header: TestHeader, limit = MAX_COMPARED_TESTS): Promise<PriorTest[]> {
    const headers = await this.doneHeaders(header, 'before', limit);
    return Promise.all(headers.map(async (h) => ({ testId: h.testId, date: h.testDate, values: valuesOf(await this.elementRows(h.testId)) })));
  }

  /** The tank's next completed test after the given one, for follow-up outcomes. */
  async next(header: TestHeader): Promise<PriorTest | undefined> {
    const [h] = await this.doneHeaders(header, 'after', 1);
    return h ? { testId: h.testId, date: h.testDate, values: valuesOf(await this.elementRows(h.testId)) } : undefined;
  }

  private async doneHeaders(header: TestHeader, side: 'before' | 'after', limit: number): Promise<{ testId: string; testDate: string }[]> {
    const found: { testId: string; testDate: string }[] = [];
    let startKey: Row | undefined;
    do {
      const page = await dynamo().send(
        new QueryCommand({
          TableName: tableName('test-history'),
          IndexName: 'user_id_tank_id-index',
          KeyConditionExpression: `user_id_tank_id = :k AND test_date_id ${side === 'before' ? '<' : '>'} :d`,
          FilterExpression: '#s = :done',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':k': tankKey(header.userId, header.tankId), ':d': `${header.testDate}#${header.testId}`, ':done': 'DONE' },
          ScanIndexForward: side === 'after',
          ExclusiveStartKey: startKey,
        }),
      );
      found.push(...(page.Items ?? []).map((i) => ({ testId: String(i.test_id), testDate: String(i.test_date) })));
      startKey = page.LastEvaluatedKey;
    } while (startKey && found.length < limit);
    return found.slice(0, limit);
  }

  private async elementRows(testId: string): Promise<Row[]> {
    return (await this.rows.test(testId))?.elements ?? [];
  }
}
