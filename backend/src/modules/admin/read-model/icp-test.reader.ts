import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import type { StoredIcpTest } from '../../../domain/admin';
import { dynamo } from '../../../shared/aws/clients';
import { tableName } from '../../../shared/aws/names';

/** Reads an ICP test's header for a cost estimate (the element count it lists, its size). */
@Injectable()
export class IcpTestReader {
  async icpTest(testId: string): Promise<StoredIcpTest | undefined> {
    const { Item } = await dynamo().send(
      new GetCommand({ TableName: tableName('test-history'), Key: { test_id: testId, item: 'HEADER' } }),
    );
    if (!Item || Item.kind !== 'ICP') return undefined;
    return {
      testId,
      userId: Item.user_id as string,
      tankId: Item.tank_id as string,
      createdAt: Item.created_at as string,
      elements: Number(Item.expected_elements ?? Item.evaluated_elements ?? 0),
      ...(typeof Item.file_size === 'number' ? { fileBytes: Item.file_size } : {}),
    };
  }
}
