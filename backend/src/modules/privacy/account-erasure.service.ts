import { randomUUID } from 'node:crypto';
import { DeleteObjectsCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { Injectable } from '@nestjs/common';
import { TABLE_NAMES, type TableName } from '../../catalogue';
import { batchDeleteAll } from '../../shared/aws/batch-put';
import { dynamo } from '../../shared/aws/clients';
import { tableName } from '../../shared/aws/names';
import { s3Client } from '../../shared/aws/s3';
import { runtimeConfig } from '../../shared/config';
import { InvalidRequestError, NotFoundError } from '../../shared/errors/domain-error';
import type { CallerIdentity } from '../../shared/http/caller';
import { identityDirectory } from '../../shared/identity/identity-directory';
import { revokeSubject } from '../../shared/identity/revoke-subject';
import { logger } from '../../shared/observability';
import { Clock } from '../account/clock';
import { TankRepository } from '../account/repositories/tank.repository';
import { UserRepository } from '../account/repositories/user.repository';
import { KeeperRowFinder, primaryKeyOf } from './keeper-row-finder';
import { SubscriptionCanceller, type SubscriptionOutcome } from './subscription-canceller';

export interface ErasureResult {
  readonly deleted: true;
  readonly erasureId: string;
  readonly rowsDeleted: number;
  readonly filesDeleted: number;
  readonly subscription: SubscriptionOutcome;
}

/**
 * Deletes a keeper's account and everything in it. The order makes a retry safe and shuts the
 * doors first: the Stripe subscription ends (or, when Stripe cannot be reached, nothing is deleted), the subject is revoked so every
 * token is refused at once, the identity goes, then every row the catalogue knows of, the uploaded
 * PDFs, and finally one anonymised audit row.
 */
@Injectable()
export class AccountErasureService {
  constructor(
    private readonly users: UserRepository,
    private readonly tanks: TankRepository,
    private readonly finder: KeeperRowFinder,
    private readonly subscriptions: SubscriptionCanceller,
    private readonly clock: Clock,
  ) {}

  async deleteAccount(caller: CallerIdentity, confirmEmail: string): Promise<ErasureResult> {
    if (confirmEmail.trim().toLowerCase() !== caller.email) {
      throw new InvalidRequestError('confirmEmail does not match the email of this account; nothing was deleted', {
        field: 'confirmEmail',
      });
    }
    const user = await this.users.get(caller.userId);
    if (!user) throw new NotFoundError('The account');
    const subscription = await this.subscriptions.cancelForErasure(user);
    const now = this.clock.now();
    await revokeSubject(caller.userId, now);
    await identityDirectory().deleteIdentity({ userId: caller.userId, email: caller.email });

    const keeper = {
      userId: caller.userId,
      email: caller.email,
      tankIds: (await this.tanks.listForUser(caller.userId)).map((t) => t.tankId),
    };
    const rowsByTable: Partial<Record<TableName, number>> = {};
    // The tank and user rows go last: they are how the other rows are found if this is retried.
    const order = [...TABLE_NAMES.filter((t) => t !== 'user-tank' && t !== 'user'), 'user-tank', 'user'] as TableName[];
    for (const table of order) {
      const rows = await this.finder.rowsOf(table, keeper);
      if (rows.length === 0) continue;
      await batchDeleteAll(rows.map((row) => ({ table: tableName(table), key: primaryKeyOf(table, row) })));
      rowsByTable[table] = rows.length;
    }
    const filesDeleted = await this.deleteUploads(caller.userId);
    const erasureId = randomUUID();
    const rowsDeleted = Object.values(rowsByTable).reduce((a, b) => a + b, 0);
    await dynamo().send(
      new PutCommand({
        TableName: tableName('account-erasure'),
        Item: {
          erasure_id: erasureId,
          erased_at: now.toISOString(),
          plan: user.plan,
          tanks: keeper.tankIds.length,
          rows_by_table: rowsByTable,
          rows_deleted: rowsDeleted,
          files_deleted: filesDeleted,
          subscription,
          identity_deleted: true,
        },
      }),
    );
    logger.info('Account deleted', { erasureId, rowsDeleted, filesDeleted, subscription });
    return { deleted: true, erasureId, rowsDeleted, filesDeleted, subscription };
  }

  /** Deletes every uploaded PDF of the keeper (`uploads/<userId>/…`). */
  private async deleteUploads(userId: string): Promise<number> {
    const bucket = runtimeConfig().uploadBucket;
    let deleted = 0;
    let token: string | undefined;
    do {
      const page = await s3Client().send(
        new ListObjectsV2Command({ Bucket: bucket, Prefix: `uploads/${userId}/`, ContinuationToken: token }),
      );
      const keys = (page.Contents ?? []).map((o) => ({ Key: o.Key! }));
      if (keys.length > 0) {
        await s3Client().send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys, Quiet: true } }));
        deleted += keys.length;
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return deleted;
  }
}
