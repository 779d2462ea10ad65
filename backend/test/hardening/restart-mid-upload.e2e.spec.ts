import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalRuntime } from '../../src/local/runtime';
import { generateIcpFixture } from '../../src/tools/icp-fixtures';
import { eventually, postApi, signUpAndIn, startTestRuntime } from '../support/test-runtime';

const PASSWORD = 'CoralReef-42';

describe('stopping the local runtime mid-upload and starting it again finishes the upload', () => {
  let dataDir: string;
  let doc: DynamoDBDocumentClient;
  const running: LocalRuntime[] = [];

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ram-restart-'));
  });
  afterEach(async () => {
    for (const runtime of running.splice(0)) await runtime.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  beforeAll(() => {
    doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-central-1', endpoint: process.env.RAM_TEST_DYNAMO_ENDPOINT }));
  });
  afterAll(() => doc.destroy());

  const start = async (env?: string) => {
    const runtime = await startTestRuntime({ dataDir, ...(env ? { env } : {}) });
    running.push(runtime);
    return runtime;
  };
  const stop = async (runtime: LocalRuntime) => {
    running.splice(running.indexOf(runtime), 1);
    await runtime.stop();
  };
  const statusOf = async (env: string, testId: string) =>
    (await doc.send(new GetCommand({ TableName: `${env}-test-history`, Key: { test_id: testId, item: 'HEADER' }, ConsistentRead: true })))
      .Item?.status as string | undefined;

  /** Signs a keeper up on `runtime`, starts one upload and PUTs the report; returns the test id. */
  async function uploadReport(runtime: LocalRuntime, email: string): Promise<string> {
    const keeper = await signUpAndIn(runtime, email, 'TRIAL');
    const tankId = ((await postApi(runtime, '/user', {}, keeper)).body.tanks as { tankId: string }[])[0].tankId;
    const fixture = await generateIcpFixture('OCEAMO', { seed: 31 });
    const started = await postApi(
      runtime,
      '/test',
      { tankId, lab: 'OCEAMO', fileName: fixture.fileName, fileSize: fixture.bytes.length },
      keeper,
    );
    const put = await fetch(String(started.body.uploadUrl), {
      method: 'PUT',
      body: Buffer.from(fixture.bytes),
      headers: { 'content-type': 'application/pdf' },
    });
    expect(put.status).toBe(200);
    return String(started.body.testId);
  }

  it('re-delivers the report to conversion when the runtime stopped before converting it', async () => {
    const first = await start();
    let converting = false;
    first.functions.register('upload-convert', () => {
      converting = true;
      return new Promise(() => undefined); // the process "dies" with the conversion unfinished
    });
    const testId = await uploadReport(first, `restart-a-${first.env}@reef.test`);
    await eventually(() => converting || undefined, 10_000, 'the conversion to start');
    await stop(first);
    expect(await statusOf(first.env, testId)).toBe('PROCESSING');

    const second = await start(first.env);

    await eventually(
      async () => ((await statusOf(second.env, testId)) === 'DONE' ? true : undefined),
      40_000,
      `test ${testId} DONE after the restart`,
    );
  }, 90_000);

  it('delivers the queued evaluations after a restart when the runtime stopped before evaluating them', async () => {
    const first = await start();
    first.functions.register('icp-evaluate', async () => {
      throw new Error('the runtime stops before the evaluation finishes');
    });
    const testId = await uploadReport(first, `restart-b-${first.env}@reef.test`);
    const queue = first.queues.queue(`${first.env}-upload-results.fifo`)!;
    await eventually(() => (queue.counts().total > 0 && queue.counts().inFlight > 0) || undefined, 20_000, 'evaluation messages in flight');
    await stop(first);
    expect(await statusOf(first.env, testId)).toBe('IN_PROGRESS');

    const second = await start(first.env);
    // The keeper signs in again on the new run: the identity store kept the account.
    expect(
      (
        await fetch(`${second.url}/auth/sign-in`, {
          method: 'POST',
          body: JSON.stringify({ email: `restart-b-${first.env}@reef.test`, password: PASSWORD }),
        })
      ).status,
    ).toBe(200);

    await eventually(
      async () => ((await statusOf(second.env, testId)) === 'DONE' ? true : undefined),
      40_000,
      `test ${testId} DONE after the restart`,
    );
  }, 90_000);
});
