import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../aws/clients';
import { tableName } from '../aws/names';
import { subjectHash } from './revoked-identities';

/** Longer than any token RaM or Cognito issues (refresh tokens live 30 days). */
export const REVOCATION_DAYS = 31;

/** Marks a deleted account's subject so its unexpired tokens are refused everywhere. */
export async function revokeSubject(sub: string, now: Date): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: tableName('revoked-identity'),
      Item: {
        subject_hash: subjectHash(sub),
        revoked_at: now.toISOString(),
        expires_at: Math.floor(now.getTime() / 1000) + REVOCATION_DAYS * 86_400,
      },
    }),
  );
}
