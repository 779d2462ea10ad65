import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import { dynamo } from '../../../shared/aws/clients';
import { tableName } from '../../../shared/aws/names';
import { HEADER_ITEM, type TestHeader, tankKey } from '../test-history.types';
import { toHeaderItem } from './test-history.repository';

export type ReservationOutcome = 'RESERVED' | 'LIMIT_REACHED' | 'BATCH_FULL';

/** The limit the user row must still satisfy when the upload is counted (checked inside the write). */
export type UploadLimit = { kind: 'none' } | { kind: 'total'; max: number } | { kind: 'window'; notAfter: string };

/**
 * Counts an upload against the user and creates its PROCESSING placeholder in one transaction,
 * so two uploads racing past the same limit cannot both succeed, and a refusal writes nothing.
 */
@Injectable()
export class UploadReservationRepository {
  /**
   * Counts the upload unless the limit no longer holds (another upload took the last slot) or its
   * batch already holds `batchCap` files: the cap is counted here, inside the same transaction, so
   * racing starts cannot overfill a batch.
   */
  async reserve(header: TestHeader, limit: UploadLimit, batchCap: number, now: Date): Promise<ReservationOutcome> {
    const condition =
      limit.kind === 'total'
        ? 'attribute_exists(user_id) AND (attribute_not_exists(icp_uploads_total) OR icp_uploads_total < :max)'
        : limit.kind === 'window'
          ? 'attribute_exists(user_id) AND (attribute_not_exists(last_icp_upload_at) OR last_icp_upload_at <= :notAfter)'
          : 'attribute_exists(user_id)';
    const values: Record<string, unknown> = { ':one': 1, ':zero': 0, ':now': now.toISOString() };
    if (limit.kind === 'total') values[':max'] = limit.max;
    if (limit.kind === 'window') values[':notAfter'] = limit.notAfter;
    try {
      await dynamo().send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: tableName('user'),
                Key: { user_id: header.userId },
                UpdateExpression: 'SET icp_uploads_total = if_not_exists(icp_uploads_total, :zero) + :one, last_icp_upload_at = :now',
                ConditionExpression: condition,
                ExpressionAttributeValues: values,
              },
            },
            {
              Put: {
                TableName: tableName('test-history'),
                Item: toHeaderItem(header),
                ConditionExpression: 'attribute_not_exists(test_id)',
              },
            },
            ...(header.batchId
              ? [
                  {
                    Update: {
                      TableName: tableName('batch-history'),
                      Key: { batch_id: header.batchId },
                      UpdateExpression:
                        'SET user_id_tank_id = if_not_exists(user_id_tank_id, :k), created_at = if_not_exists(created_at, :now) ADD test_ids :ids',
                      ConditionExpression: 'attribute_not_exists(batch_id) OR (user_id_tank_id = :k AND size(test_ids) < :cap)',
                      ExpressionAttributeValues: {
                        ':k': tankKey(header.userId, header.tankId),
                        ':now': now.toISOString(),
                        ':ids': new Set([header.testId]),
                        ':cap': batchCap,
                      },
                    },
                  },
                ]
              : []),
          ],
        }),
      );
      return 'RESERVED';
    } catch (error) {
      const reasons = error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []) : [];
      if (reasons[0]?.Code === 'ConditionalCheckFailed') return 'LIMIT_REACHED';
      if (reasons[2]?.Code === 'ConditionalCheckFailed') return 'BATCH_FULL';
      if (reasons.some((r) => r.Code === 'ConditionalCheckFailed')) return 'LIMIT_REACHED';
      throw error;
    }
  }

  /**
   * Gives a failed upload back to the keeper, once per test: the header is marked first (so a repeated
   * failure gives nothing back twice), then the trial count goes down by one and, while no later
   * upload has been made, the Basic upload window reopens. Returns false when it was given back before.
   */
  async giveBack(header: TestHeader, now: Date): Promise<boolean> {
    const marked = await this.conditional({
      TableName: tableName('test-history'),
      Key: { test_id: header.testId, item: HEADER_ITEM },
      UpdateExpression: 'SET upload_given_back_at = :now',
      ConditionExpression: 'attribute_exists(test_id) AND attribute_not_exists(upload_given_back_at)',
      ExpressionAttributeValues: { ':now': now.toISOString() },
    });
    if (!marked) return false;
    await this.conditional({
      TableName: tableName('user'),
      Key: { user_id: header.userId },
      UpdateExpression: 'SET icp_uploads_total = icp_uploads_total - :one',
      ConditionExpression: 'icp_uploads_total >= :one',
      ExpressionAttributeValues: { ':one': 1 },
    });
    await this.conditional({
      TableName: tableName('user'),
      Key: { user_id: header.userId },
      UpdateExpression: 'REMOVE last_icp_upload_at',
      ConditionExpression: 'last_icp_upload_at = :createdAt',
      ExpressionAttributeValues: { ':createdAt': header.createdAt },
    });
    return true;
  }

  private async conditional(input: ConstructorParameters<typeof UpdateCommand>[0]): Promise<boolean> {
    try {
      await dynamo().send(new UpdateCommand(input));
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
