import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { SignedInUser } from '../support/test-runtime';
import type { KeeperRuntime } from '../targets/keeper-runtime';

type Json = Record<string, unknown>;

/** Every item of a table that mentions the keeper's id or email anywhere (a scan: tests only). */
export async function leftoversIn(ctx: KeeperRuntime, table: string, keeper: SignedInUser): Promise<Json[]> {
  const items = ((await ctx.doc.send(new ScanCommand({ TableName: ctx.table(table) }))).Items ?? []) as Json[];
  return items.filter((i) => {
    const text = JSON.stringify(i).toLowerCase();
    return text.includes(keeper.userId.toLowerCase()) || text.includes(keeper.email.toLowerCase());
  });
}
