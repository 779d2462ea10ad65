import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import { dynamo } from '../../shared/aws/clients';
import { tableName } from '../../shared/aws/names';
import { type ReviewRecord, toReviewItem, toReviewRecord } from './review.record';

/** Someone else wrote the review between our read and our write. */
export class ReviewChangedError extends Error {
  constructor() {
    super('The review changed while saving');
    this.name = 'ReviewChangedError';
  }
}

/** Most reviews a tank list reads (one per test; a keeper with years of weekly tests stays below). */
const LIST_LIMIT = 500;

@Injectable()
export class ReviewRepository {
  async get(reviewId: string): Promise<ReviewRecord | undefined> {
    const { Item } = await dynamo().send(
      new GetCommand({ TableName: tableName('reef-review'), Key: { review_id: reviewId }, ConsistentRead: true }),
    );
    return Item ? toReviewRecord(Item) : undefined;
  }

  async byDraftProgram(programId: string): Promise<ReviewRecord | undefined> {
    const { Items = [] } = await dynamo().send(
      new QueryCommand({
        TableName: tableName('reef-review'),
        IndexName: 'draft_program_id-index',
        KeyConditionExpression: 'draft_program_id = :p',
        ExpressionAttributeValues: { ':p': programId },
        Limit: 1,
      }),
    );
    return Items[0] ? this.get(String(Items[0].review_id)) : undefined;
  }

  /** The tank's reviews, newest first. */
  async listForTank(userId: string, tankId: string): Promise<ReviewRecord[]> {
    const { Items = [] } = await dynamo().send(
      new QueryCommand({
        TableName: tableName('reef-review'),
        IndexName: 'user_id_tank_id-index',
        KeyConditionExpression: 'user_id_tank_id = :k',
        ExpressionAttributeValues: { ':k': `${userId}#${tankId}` },
        ScanIndexForward: false,
        Limit: LIST_LIMIT,
      }),
    );
    return Items.map(toReviewRecord);
  }

  /**
   * Writes the review if nobody changed it since `expectedVersion` was read (undefined: it must not
   * exist yet). The stored version becomes `expectedVersion + 1`.
   */
  async save(review: ReviewRecord, expectedVersion: number | undefined): Promise<ReviewRecord> {
    const next = { ...review, version: (expectedVersion ?? 0) + 1 };
    try {
      await dynamo().send(
        new PutCommand({
          TableName: tableName('reef-review'),
          Item: toReviewItem(next),
          ...(expectedVersion === undefined
            ? { ConditionExpression: 'attribute_not_exists(review_id)' }
            : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': expectedVersion } }),
        }),
      );
      return next;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new ReviewChangedError();
      throw error;
    }
  }
}
