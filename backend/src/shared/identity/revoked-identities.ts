import { createHash } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/clients';
import { tableName } from '../aws/names';

/** Longer than any token RaM or Cognito issues (refresh tokens live 30 days). */
export const REVOCATION_DAYS = 31;

/** A one-way hash of a subject: the tombstone says "this sub was deleted" and nothing else. */
export function subjectHash(sub: string): string {
  return createHash('sha256').update(`ram-revoked:${sub}`).digest('hex');
}

/** Marks a deleted account's subject so its unexpired tokens are refused everywhere. */
export async function revokeSubject(sub: string, now: Date): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: tableName('revoked-identity'),
      Item: { subject_hash: subjectHash(sub), revoked_at: now.toISOString(), expires_at: Math.floor(now.getTime() / 1000) + REVOCATION_DAYS * 86_400 },
    }),
  );
}

/** True when the subject belongs to a deleted account. */
export async function isRevoked(sub: string): Promise<boolean> {
  const { Item } = await dynamo().send(new GetCommand({ TableName: tableName('revoked-identity'), Key: { subject_hash: subjectHash(sub) }, ProjectionExpression: 'subject_hash' }));
  return Boolean(Item);
}
