import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { LocalRuntime } from '../../src/local/runtime';
import { type SignedInUser, postApi, signUpAndIn, startTestRuntime } from '../support/test-runtime';

/** A local runtime, a document client on its tables and one signed-in keeper with their first tank. */
export interface KeeperRuntime {
  runtime: LocalRuntime;
  doc: DynamoDBDocumentClient;
  keeper: SignedInUser;
  tankId: string;
  /** The physical name of a table of this runtime. */
  table(name: string): string;
}

/** The first tank of a keeper (created on their first profile load). */
export async function firstTankOf(runtime: LocalRuntime, user: SignedInUser): Promise<string> {
  return ((await postApi(runtime, '/user', {}, user)).body.tanks as { tankId: string }[])[0].tankId;
}

/** Starts the runtime before the suite's tests and stops it after them; read the fields inside tests. */
export function keeperRuntime(plan = 'TRIAL'): KeeperRuntime {
  const context = { table: (name: string) => `${context.runtime.env}-${name}` } as KeeperRuntime;
  beforeAll(async () => {
    context.runtime = await startTestRuntime();
    context.doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-central-1' }));
    context.keeper = await signUpAndIn(context.runtime, undefined, plan);
    context.tankId = await firstTankOf(context.runtime, context.keeper);
  });
  afterAll(async () => {
    context.doc?.destroy();
    await context.runtime?.stop();
  });
  return context;
}
