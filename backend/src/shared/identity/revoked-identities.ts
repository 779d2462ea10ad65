import { createHash } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/clients';
import { tableName } from '../aws/names';

// Reading the tombstones only: every authorizer and lambdalith reaches this file, so the write that
// makes a tombstone lives apart (`revoke-subject.ts`) and their roles need only GetItem.

/** A one-way hash of a subject: the tombstone says "this sub was deleted" and nothing else. */
export function subjectHash(sub: string): string {
  return createHash('sha256').update(`ram-revoked:${sub}`).digest('hex');
}

/** True when the subject belongs to a deleted account. */
export async function isRevoked(sub: string): Promise<boolean> {
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: tableName('revoked-identity'),
      Key: { subject_hash: subjectHash(sub) },
      ProjectionExpression: 'subject_hash',
    }),
  );
  return Boolean(Item);
}
