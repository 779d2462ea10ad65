import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { PRODUCT_METRICS, PRODUCT_METRICS_NAMESPACE } from '../../src/catalogue';
import type { LocalRuntime } from '../../src/local/runtime';
import { generateBrokenIcpFixture, generateIcpFixture } from '../../src/tools/icp-fixtures';
import { type SignedInUser, eventually, postApi, sendStripeWebhook, signUpAndIn, startTestRuntime } from '../support/test-runtime';
import { confirmFirstTank } from '../targets/keeper-runtime';

/** One EMF record as CloudWatch reads it from a function's log. */
interface EmfRecord {
  readonly _aws: {
    readonly Timestamp: number;
    readonly CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string; Unit: string }[] }[];
  };
  readonly [key: string]: unknown;
}

describe('product metrics: the EMF lines the functions write on stdout', () => {
  let runtime: LocalRuntime;
  let doc: DynamoDBDocumentClient;
  let keeper: SignedInUser;
  let tankId: string;
  let stdout: jest.SpyInstance;
  const written: string[] = [];

  beforeAll(async () => {
    runtime = await startTestRuntime();
    // The local runtime turns Powertools metrics off (its console would fill with EMF). The emitter is made
    // at its first use, so switching them on here, before any upload, gives the lines Lambda would write.
    process.env.POWERTOOLS_METRICS_DISABLED = 'false';
    doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-central-1' }));
    keeper = await signUpAndIn(runtime, undefined, 'TRIAL');
    tankId = await confirmFirstTank(runtime, keeper);
    stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  });
  afterAll(async () => {
    stdout.mockRestore();
    process.env.POWERTOOLS_METRICS_DISABLED = 'true';
    doc.destroy();
    await runtime.stop();
  });
  beforeEach(() => {
    written.length = 0;
  });

  /** Every EMF record written since the test began, with the metric it carries. */
  const records = (): EmfRecord[] =>
    written
      .flatMap((chunk) => chunk.split('\n'))
      .filter((line) => line.startsWith('{"_aws"'))
      .map((line) => JSON.parse(line) as EmfRecord);
  const recordsOf = (name: string) => records().filter((r) => r._aws.CloudWatchMetrics[0].Metrics.some((m) => m.Name === name));

  const header = async (testId: string) =>
    (
      await doc.send(
        new GetCommand({ TableName: `${runtime.env}-test-history`, Key: { test_id: testId, item: 'HEADER' }, ConsistentRead: true }),
      )
    ).Item!;
  async function upload(bytes: Uint8Array, fileName: string, lab?: string): Promise<string> {
    const started = await postApi(runtime, '/test', { tankId, fileName, fileSize: bytes.length, ...(lab ? { lab } : {}) }, keeper);
    expect(started.status).toBe(200);
    const put = await fetch(String(started.body.uploadUrl), {
      method: 'PUT',
      body: Buffer.from(bytes),
      headers: { 'content-type': 'application/pdf' },
    });
    expect(put.status).toBe(200);
    return String(started.body.testId);
  }

  it('counts an upload and measures its time to DONE, in the one namespace, by environment only', async () => {
    const fixture = await generateIcpFixture('OCEAMO', { seed: 31 });
    const before = Date.now();

    const testId = await upload(fixture.bytes, fixture.fileName, 'OCEAMO');
    await eventually(async () => ((await header(testId)).status === 'DONE' ? true : undefined), 20_000, 'the test to reach DONE');
    const elapsed = Date.now() - before;

    const [uploads, ...moreUploads] = recordsOf(PRODUCT_METRICS.uploads.name);
    const [latency, ...moreLatencies] = recordsOf(PRODUCT_METRICS.evaluationLatency.name);
    expect(moreUploads).toEqual([]);
    expect(moreLatencies).toEqual([]);
    expect(uploads).toMatchObject({
      _aws: {
        CloudWatchMetrics: [
          { Namespace: PRODUCT_METRICS_NAMESPACE, Dimensions: [['environment']], Metrics: [{ Name: 'IcpUploads', Unit: 'Count' }] },
        ],
      },
      environment: runtime.env,
      IcpUploads: 1,
    });
    expect(Object.keys(uploads)).not.toContain('service');
    expect(latency).toMatchObject({
      _aws: {
        CloudWatchMetrics: [
          {
            Namespace: PRODUCT_METRICS_NAMESPACE,
            Dimensions: [['environment']],
            Metrics: [{ Name: 'IcpEvaluationLatency', Unit: 'Milliseconds' }],
          },
        ],
      },
      environment: runtime.env,
    });
    // From the upload request to DONE: more than nothing, less than the whole test took.
    expect(latency.IcpEvaluationLatency).toBeGreaterThan(0);
    expect(latency.IcpEvaluationLatency).toBeLessThanOrEqual(elapsed);
    expect(recordsOf(PRODUCT_METRICS.extractionFailures.name)).toEqual([]);
  });

  it('counts a failed extraction under its lab and in the environment total', async () => {
    const broken = await generateBrokenIcpFixture('png-renamed');

    const testId = await upload(broken.bytes, broken.fileName, 'TRITON');
    await eventually(async () => ((await header(testId)).status === 'ERROR' ? true : undefined), 15_000, 'the test to fail');

    expect(recordsOf(PRODUCT_METRICS.extractionFailures.name)).toEqual([
      expect.objectContaining({
        _aws: expect.objectContaining({
          CloudWatchMetrics: [
            {
              Namespace: PRODUCT_METRICS_NAMESPACE,
              Dimensions: [['environment', 'lab'], ['environment']],
              Metrics: [{ Name: 'IcpExtractionFailures', Unit: 'Count' }],
            },
          ],
        }),
        environment: runtime.env,
        lab: 'TRITON',
        IcpExtractionFailures: 1,
      }),
    ]);
    expect(recordsOf(PRODUCT_METRICS.uploads.name)).toHaveLength(1);
    expect(recordsOf(PRODUCT_METRICS.evaluationLatency.name)).toEqual([]);
  });

  it('files a report that fails validation under the lab its text names, whatever the keeper picked', async () => {
    const broken = await generateBrokenIcpFixture('duplicate-element', 'FAUNA_MARIN');

    const testId = await upload(broken.bytes, broken.fileName);
    const failed = await eventually(
      async () => ((await header(testId)).status === 'ERROR' ? header(testId) : undefined),
      15_000,
      'the test to fail',
    );

    expect(failed.failure_kind).toBe('VALIDATION');
    expect(recordsOf(PRODUCT_METRICS.extractionFailures.name).map((r) => r.lab)).toEqual(['FAUNA_MARIN']);
  });

  it('counts a webhook delivery refused for its signature, and none for a signed one', async () => {
    const payload = JSON.stringify({
      id: 'evt_metrics',
      object: 'event',
      type: 'invoice.created',
      created: 1_800_000_000,
      data: { object: { id: 'in_1', object: 'invoice' } },
    });
    const refused = await sendStripeWebhook(runtime, payload);
    const signed = await sendStripeWebhook(runtime, payload, runtime.localStripe!.signatureFor(payload));

    expect([refused.status, signed.status]).toEqual([400, 200]);
    expect(recordsOf(PRODUCT_METRICS.webhookFailures.name)).toEqual([
      expect.objectContaining({
        _aws: expect.objectContaining({
          CloudWatchMetrics: [
            {
              Namespace: PRODUCT_METRICS_NAMESPACE,
              Dimensions: [['environment']],
              Metrics: [{ Name: 'StripeWebhookFailures', Unit: 'Count' }],
            },
          ],
        }),
        environment: runtime.env,
        StripeWebhookFailures: 1,
      }),
    ]);
  });
});
