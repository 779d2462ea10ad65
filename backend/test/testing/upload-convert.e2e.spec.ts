import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { SQSEvent } from 'aws-lambda';
import type { LocalRuntime } from '../../src/local/runtime';
import { BROKEN_FIXTURES, generateBrokenIcpFixture, generateIcpFixture } from '../../src/tools/icp-fixtures';
import { type SignedInUser, eventually, postApi, signUpAndIn, startTestRuntime } from '../support/test-runtime';

interface Row {
  item: string;
  [key: string]: unknown;
}

describe('upload-convert: from a keeper’s PDF to a validated test row', () => {
  let runtime: LocalRuntime;
  let doc: DynamoDBDocumentClient;
  let s3: S3Client;
  let keeper: SignedInUser;
  let tankId: string;
  const evaluations: { testId: string; elementId: string }[] = [];

  beforeAll(async () => {
    runtime = await startTestRuntime();
    doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-central-1' }));
    s3 = new S3Client({ region: 'eu-central-1', forcePathStyle: true });
    // Stands in for icp-evaluate (a later stage) so the messages conversion sends can be inspected.
    runtime.functions.register('icp-evaluate', async (event: SQSEvent) => {
      evaluations.push(...event.Records.map((r) => JSON.parse(r.body) as { testId: string; elementId: string }));
      return { batchItemFailures: [] };
    });
    keeper = await signUpAndIn(runtime, undefined, 'TRIAL');
    const admin = await fetch(`${runtime.url}/auth/sign-in`, {
      method: 'POST',
      body: JSON.stringify({ email: 'admin@reefamatic.test', password: 'AdminPass-1' }),
    });
    const adminToken = ((await admin.json()) as { idToken: string }).idToken;
    // Unlimited uploads for this keeper: the suite uploads more than a trial allows.
    await postApi(runtime, '/user/billing/friend-access', { action: 'GRANT', email: keeper.email }, { ...keeper, idToken: adminToken });
    tankId = ((await postApi(runtime, '/user', {}, keeper)).body.tanks as { tankId: string }[])[0].tankId;
  });
  afterAll(async () => {
    doc.destroy();
    s3.destroy();
    await runtime.stop();
  });

  async function upload(bytes: Uint8Array, fileName: string, lab = 'OCEAMO'): Promise<string> {
    const started = await postApi(runtime, '/test', { tankId, lab, fileName, fileSize: Math.max(bytes.length, 1) }, keeper);
    expect(started.status).toBe(200);
    const testId = String(started.body.testId);
    if (bytes.length === 0) {
      // An empty object can only reach S3 around the presigned size; convert must still cope.
      await s3.send(
        new PutObjectCommand({
          Bucket: `${runtime.env}-reef-a-matic-upload`,
          Key: `uploads/${keeper.userId}/${tankId}/${testId}.pdf`,
          Body: Buffer.alloc(0),
        }),
      );
    } else {
      const put = await fetch(String(started.body.uploadUrl), {
        method: 'PUT',
        body: Buffer.from(bytes),
        headers: { 'content-type': 'application/pdf' },
      });
      expect(put.status).toBe(200);
    }
    return testId;
  }

  const header = async (testId: string) =>
    (await doc.send(new GetCommand({ TableName: `${runtime.env}-test-history`, Key: { test_id: testId, item: 'HEADER' } }))).Item!;
  const rows = async (testId: string) =>
    ((
      await doc.send(
        new QueryCommand({
          TableName: `${runtime.env}-test-history`,
          KeyConditionExpression: 'test_id = :t',
          ExpressionAttributeValues: { ':t': testId },
        }),
      )
    ).Items ?? []) as Row[];
  // Settled: failed, or every element row written and every evaluation message sent.
  const settled = (testId: string) =>
    eventually(
      async () => {
        const h = await header(testId);
        return h.status === 'ERROR' || h.fanned_out_at ? h : undefined;
      },
      15_000,
      `test ${testId} to settle`,
    );

  it.each(['OCEAMO', 'TRITON', 'ATI', 'FAUNA_MARIN'] as const)(
    'reads a %s report into IN_PROGRESS with every value and unit as printed',
    async (lab) => {
      const fixture = await generateIcpFixture(lab, { seed: 11 });
      const wrongHint = lab === 'ATI' ? 'TRITON' : 'ATI';

      const testId = await upload(fixture.bytes, fixture.fileName, wrongHint);

      const done = await settled(testId);
      expect(done).toMatchObject({
        status: 'IN_PROGRESS',
        lab,
        analysis_number: fixture.expected.analysisNumber,
        test_date: fixture.expected.sampleDate,
      });
      const elementRows = (await rows(testId)).filter((r) => r.item.startsWith('ELEMENT#') && r.status !== 'MISSING');
      expect(elementRows).toHaveLength(fixture.expected.elements.length);
      for (const expected of fixture.expected.elements) {
        expect(elementRows.find((r) => r.element_id === expected.elementId)).toMatchObject({
          value: expected.value,
          printed: expected.printed,
          unit: expected.unit,
          non_detect: expected.nonDetect,
          display_name: expected.displayName,
          status: expected.source === 'rodi' ? 'RO' : 'PENDING',
        });
      }
      const tankElements = fixture.expected.elements
        .filter((e) => e.source === 'tank')
        .map((e) => e.elementId)
        .sort();
      await eventually(
        () => (evaluations.filter((e) => e.testId === testId).length === tankElements.length ? true : undefined),
        5000,
        'one evaluation message per tank element',
      );
      expect(
        evaluations
          .filter((e) => e.testId === testId)
          .map((e) => e.elementId)
          .sort(),
      ).toEqual(tankElements);
      expect(done.expected_elements).toBe(tankElements.length);
    },
  );

  it('keeps RO rows as separate cards in the Osmose category and never queues them', async () => {
    const fixture = await generateIcpFixture('TRITON', { seed: 12 });
    const testId = await upload(fixture.bytes, fixture.fileName, 'TRITON');
    await settled(testId);

    const ro = (await rows(testId)).filter((r) => r.source === 'rodi');

    expect(ro.length).toBeGreaterThan(0);
    for (const row of ro) expect(row).toMatchObject({ category: 'osmose', status: 'RO', display_name: expect.stringMatching(/\(RO\)$/) });
    await new Promise((r) => setTimeout(r, 300));
    expect(evaluations.filter((e) => e.testId === testId && ro.some((r) => r.element_id === e.elementId))).toEqual([]);
  });

  it('adds MISSING placeholders in their normal category for expected elements the report lacks', async () => {
    const fixture = await generateIcpFixture('OCEAMO', { seed: 13 });
    const dropped = fixture.expected.elements.find((e) => e.elementId === 'molybdenum')!;
    const partial = await generateIcpFixture('OCEAMO', { seed: 13, values: { molybdenum: 'omitted' } });
    const testId = await upload(partial.bytes, partial.fileName);
    await settled(testId);

    const missing = (await rows(testId)).filter((r) => r.status === 'MISSING');

    expect(missing.map((r) => r.element_id)).toContain(dropped.elementId);
    expect(missing.find((r) => r.element_id === dropped.elementId)).toMatchObject({ category: dropped.category, value: null });
  });

  // An unknown layout is no longer broken: the generic reader reads it (see failed-uploads.e2e.spec.ts).
  it.each(BROKEN_FIXTURES.filter((kind) => kind !== 'unknown-layout'))(
    'ends a %s upload in ERROR with a friendly message and a support reference',
    async (kind) => {
      const broken = await generateBrokenIcpFixture(kind);
      const before = evaluations.length;

      const testId = await upload(broken.bytes, broken.fileName);

      const failed = await settled(testId);
      expect(failed).toMatchObject({ status: 'ERROR', reference_id: expect.stringMatching(/^RAM-/), error_message: expect.any(String) });
      expect(String(failed.error_message)).not.toMatch(/Error:|at \w+ \(/);
      const { Item } = await doc.send(
        new GetCommand({ TableName: `${runtime.env}-app-error`, Key: { reference_id: failed.reference_id } }),
      );
      expect(Item).toMatchObject({ operation: 'upload-convert', subject_id: testId, user_id: keeper.userId });
      expect((await rows(testId)).filter((r) => r.item.startsWith('ELEMENT#'))).toEqual([]);
      expect(evaluations.length).toBe(before);
    },
  );

  it('records a usage event per cost of each PDF under its test id', async () => {
    const fixture = await generateIcpFixture('ATI', { seed: 14 });
    const testId = await upload(fixture.bytes, fixture.fileName, 'ATI');
    await settled(testId);

    const events = await eventually(
      async () => {
        const { Items = [] } = await doc.send(
          new QueryCommand({
            TableName: `${runtime.env}-usage-event`,
            IndexName: 'correlation_id-index',
            KeyConditionExpression: 'correlation_id = :c',
            ExpressionAttributeValues: { ':c': testId },
          }),
        );
        return Items.length >= 2 ? Items : undefined;
      },
      5000,
      'usage events',
    );
    expect(events.map((e) => e.resource_type).sort()).toEqual(['LAMBDA_GB_SECONDS', 'S3_STORAGE_GB_MONTH']);
    for (const e of events) expect(e).toMatchObject({ user_id: keeper.userId, tank_id: tankId, estimated_usd: expect.any(Number) });
  });
});
