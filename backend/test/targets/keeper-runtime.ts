import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalRuntime } from '../../src/local/runtime';
import { type IcpFixtureOptions, generateIcpFixture } from '../../src/tools/icp-fixtures';
import { type SignedInUser, eventually, postApi, signUpAndIn, startTestRuntime } from '../support/test-runtime';

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

/**
 * The keeper confirms their first tank as RaM made it (300 L, Custom method, Oceamo, UTC), as the
 * set-up page after sign-up does; until then no correction dose is sized.
 */
export async function confirmFirstTank(runtime: LocalRuntime, user: SignedInUser): Promise<string> {
  const tankId = await firstTankOf(runtime, user);
  const saved = await postApi(
    runtime,
    '/user/save',
    { tanks: [{ tankId, name: 'My reef', volume: 300, volumeUnit: 'L', dosingMethod: 'CUSTOM', defaultLab: 'OCEAMO', timezone: 'UTC' }] },
    user,
  );
  if (saved.status !== 200) throw new Error(`confirming the tank answered ${saved.status}`);
  return tankId;
}

/** Starts the runtime before the suite's tests and stops it after them; read the fields inside tests. */
export function keeperRuntime(plan = 'TRIAL'): KeeperRuntime {
  const context = { table: (name: string) => `${context.runtime.env}-${name}` } as KeeperRuntime;
  beforeAll(async () => {
    context.runtime = await startTestRuntime();
    context.doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-central-1' }));
    context.keeper = await signUpAndIn(context.runtime, undefined, plan);
    context.tankId = await confirmFirstTank(context.runtime, context.keeper);
  });
  afterAll(async () => {
    context.doc?.destroy();
    await context.runtime?.stop();
  });
  return context;
}

/** Uploads a generated OCEAMO report to the keeper's tank and waits until its evaluation is DONE; answers the test id. */
export async function uploadIcpAndWait(ctx: KeeperRuntime, options: IcpFixtureOptions): Promise<string> {
  const fixture = await generateIcpFixture('OCEAMO', options);
  const started = await postApi(
    ctx.runtime,
    '/test',
    { tankId: ctx.tankId, fileName: fixture.fileName, fileSize: fixture.bytes.length },
    ctx.keeper,
  );
  await fetch(String(started.body.uploadUrl), {
    method: 'PUT',
    body: Buffer.from(fixture.bytes),
    headers: { 'content-type': 'application/pdf' },
  });
  const testId = String(started.body.testId);
  const status = async () =>
    (
      await ctx.doc.send(
        new GetCommand({ TableName: ctx.table('test-history'), Key: { test_id: testId, item: 'HEADER' }, ConsistentRead: true }),
      )
    ).Item?.status;
  await eventually(async () => ((await status()) === 'DONE' ? true : undefined), 20_000, `test ${testId} to reach DONE`);
  return testId;
}
