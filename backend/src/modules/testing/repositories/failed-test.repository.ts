import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import { batchDeleteAll } from '../../../shared/aws/batch-put';
import { dynamo } from '../../../shared/aws/clients';
import { tableName } from '../../../shared/aws/names';
import { queryAll } from '../../../shared/aws/query-all';
import type { IcpLab } from '../../account/account.types';
import { HEADER_ITEM } from '../test-history.types';

/** Removing a failed test, or putting it back in line for conversion. */
@Injectable()
export class FailedTestRepository {
  /** Deletes every item of a test (header and any rows), only while it is still ERROR. */
  async deleteIfFailed(testId: string, now: Date): Promise<boolean> {
    // Claim the test first, so a retry started at the same moment cannot resurrect half of it.
    const claimed = await this.update(testId, 'SET deleting_at = :now', { ':now': now.toISOString() }, '#s = :error');
    if (!claimed) return false;
    const items = await queryAll({
      TableName: tableName('test-history'),
      KeyConditionExpression: 'test_id = :t',
      ExpressionAttributeValues: { ':t': testId },
      ProjectionExpression: 'test_id, #i',
      ExpressionAttributeNames: { '#i': 'item' },
    });
    // The header goes last: while any row is left, the test can still be found and deleted again.
    const ordered = [...items.filter((i) => i.item !== HEADER_ITEM), ...items.filter((i) => i.item === HEADER_ITEM)];
    await batchDeleteAll(ordered.map((i) => ({ table: tableName('test-history'), key: { test_id: i.test_id, item: i.item } })));
    return true;
  }

  /** ERROR → PROCESSING with another lab and a new deadline; the failure is cleared. */
  async requeue(testId: string, lab: IcpLab, deadlineAt: string, now: Date): Promise<boolean> {
    return this.update(
      testId,
      'SET #s = :processing, lab = :lab, deadline_at = :deadline, updated_at = :now REMOVE error_message, reference_id, failure_kind',
      {
        ':processing': 'PROCESSING',
        ':lab': lab,
        ':deadline': deadlineAt,
        ':now': now.toISOString(),
      },
    );
  }

  private async update(
    testId: string,
    expression: string,
    values: Record<string, unknown>,
    condition = '#s = :error AND attribute_not_exists(deleting_at)',
  ): Promise<boolean> {
    try {
      await dynamo().send(
        new UpdateCommand({
          TableName: tableName('test-history'),
          Key: { test_id: testId, item: HEADER_ITEM },
          UpdateExpression: expression,
          ConditionExpression: condition,
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':error': 'ERROR', ...values },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
