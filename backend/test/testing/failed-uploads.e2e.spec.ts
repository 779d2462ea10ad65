import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { LocalRuntime } from '../../src/local/runtime';
import { BROKEN, CORPUS, type Readable } from '../../src/tools/lab-corpus/corpus';
import { miniPdf } from '../../src/tools/lab-corpus/mini-pdf';
import { type SignedInUser, eventually, postApi, signUpAndIn, startTestRuntime } from '../support/test-runtime';

const report = (name: string) => [...CORPUS, ...BROKEN].find((r) => r.name === name)!;
// A Triton report whose element table is a picture: the lab is named, no row can be read.
const unreadableTriton = () =>
  miniPdf([
    {
      texts: [
        { text: 'TRITON Lab', x: 50, y: 780, size: 16 },
        { text: 'Analysis ID: TR-424242', x: 50, y: 750 },
        { text: 'Date of sampling: 2025-03-14', x: 50, y: 736 },
        { text: 'Your results are shown in the chart below.', x: 50, y: 700 },
      ],
    },
  ]);

describe('uploads that fail: honest causes, the upload given back, delete and retry', () => {
  let runtime: LocalRuntime;
  let doc: DynamoDBDocumentClient;
  let s3: S3Client;
  let keeper: SignedInUser;
  let tankId: string;

  beforeAll(async () => {
    runtime = await startTestRuntime();
    doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-central-1' }));
    s3 = new S3Client({ region: 'eu-central-1', forcePathStyle: true });
    keeper = await signUpAndIn(runtime, undefined, 'TRIAL');
    const admin = await fetch(`${runtime.url}/auth/sign-in`, {
      method: 'POST',
      body: JSON.stringify({ email: 'admin@reefamatic.test', password: 'AdminPass-1' }),
    });
    const adminToken = ((await admin.json()) as { idToken: string }).idToken;
    // Unlimited uploads for this keeper; the give-back test uses a trial keeper of its own.
    await postApi(runtime, '/user/billing/friend-access', { action: 'GRANT', email: keeper.email }, { ...keeper, idToken: adminToken });
    tankId = ((await postApi(runtime, '/user', {}, keeper)).body.tanks as { tankId: string }[])[0].tankId;
  });
  afterAll(async () => {
    doc.destroy();
    s3.destroy();
    await runtime.stop();
  });

  async function upload(bytes: Uint8Array, lab = 'TRITON', who = { keeper, tankId }): Promise<string> {
    const started = await postApi(
      runtime,
      '/test',
      { tankId: who.tankId, lab, fileName: 'report.pdf', fileSize: bytes.length },
      who.keeper,
    );
    expect(started.status).toBe(200);
    await fetch(String(started.body.uploadUrl), {
      method: 'PUT',
      body: Buffer.from(bytes),
      headers: { 'content-type': 'application/pdf' },
    });
    return String(started.body.testId);
  }
  const header = async (testId: string) =>
    (await doc.send(new GetCommand({ TableName: `${runtime.env}-test-history`, Key: { test_id: testId, item: 'HEADER' } }))).Item;
  const user = async (who = keeper) =>
    (await doc.send(new GetCommand({ TableName: `${runtime.env}-user`, Key: { user_id: who.userId } }))).Item!;
  const items = async (testId: string) =>
    (
      await doc.send(
        new QueryCommand({
          TableName: `${runtime.env}-test-history`,
          KeyConditionExpression: 'test_id = :t',
          ExpressionAttributeValues: { ':t': testId },
        }),
      )
    ).Items ?? [];
  const settled = (testId: string, from?: string) =>
    eventually(
      async () => {
        const h = await header(testId);
        return h && h.updated_at !== from && (h.status === 'ERROR' || h.fanned_out_at) ? h : undefined;
      },
      15_000,
      `test ${testId} to settle`,
    );

  it('reads a two-page German report with an RO block into tank rows and RO cards', async () => {
    const testId = await upload(report('oceamo-table-ro-2p').draw(), 'OCEAMO');
    const done = await settled(testId);
    expect(done).toMatchObject({ lab: 'OCEAMO', analysis_number: 'OC-25-05102', test_date: '2025-04-02' });
    const rows = (await items(testId)).filter((i) => String(i.item).startsWith('ELEMENT#'));
    expect(rows.filter((r) => r.source === 'rodi')).toHaveLength(10);
    expect(rows.find((r) => r.element_id === 'copper-ro')).toMatchObject({ value: 0.4, status: 'RO', category: 'osmose' });
    expect(rows.find((r) => r.element_id === 'phosphorus')).toMatchObject({ unit: 'µg/l', value: expect.closeTo(15.003, 2) });
  });

  it('refuses an invoice as not an ICP report, with a support reference, and keeps the upload counted', async () => {
    const before = (await user()).icp_uploads_total as number;
    const testId = await upload(report('invoice').draw(), 'OCEAMO');
    const failed = await settled(testId);
    expect(failed).toMatchObject({
      status: 'ERROR',
      failure_kind: 'NOT_ICP',
      reference_id: expect.stringMatching(/^RAM-/),
      error_message: expect.stringMatching(/not an ICP-OES water analysis/),
    });
    expect(failed.upload_given_back_at).toBeUndefined();
    expect((await user()).icp_uploads_total).toBe(before + 1);
    expect((await items(testId)).filter((i) => String(i.item).startsWith('ELEMENT#'))).toEqual([]);
  });

  it.each([
    ['encrypted', /password-protected/],
    ['image-only-scan', /scanned image without text/],
    ['copper-twice', /Copper is printed twice with different values \(0\.62 µg\/l and 3\.9 µg\/l\)/],
    ['no-sample-date', /no sample date/],
  ])('ends the %s upload in ERROR naming its real cause', async (name, message) => {
    const testId = await upload(report(name).draw());
    const failed = await settled(testId);
    expect(failed).toMatchObject({ status: 'ERROR', reference_id: expect.stringMatching(/^RAM-/) });
    expect(String(failed.error_message)).toMatch(message);
    expect((await items(testId)).filter((i) => String(i.item).startsWith('ELEMENT#'))).toEqual([]);
  });

  it('gives a trial upload back when the layout cannot be read, once, and retries it with another lab', async () => {
    const trial = await signUpAndIn(runtime, undefined, 'TRIAL');
    const trialTank = ((await postApi(runtime, '/user', {}, trial)).body.tanks as { tankId: string }[])[0].tankId;
    const testId = await upload(unreadableTriton(), 'TRITON', { keeper: trial, tankId: trialTank });
    const failed = await settled(testId);
    expect(failed).toMatchObject({ status: 'ERROR', failure_kind: 'LAYOUT', upload_given_back_at: expect.any(String) });
    expect(String(failed.error_message)).toMatch(/given back/);
    expect((await user(trial)).icp_uploads_total).toBe(0);

    const detail = await postApi(runtime, '/test/history', { tankId: trialTank, testId }, trial);
    expect(detail.body.test).toMatchObject({ status: 'ERROR', failureKind: 'LAYOUT', uploadGivenBack: true });

    const retried = await postApi(runtime, '/test/history/retry', { tankId: trialTank, testId, lab: 'OCEAMO' }, trial);
    expect(retried).toMatchObject({ status: 200, body: { testId, status: 'PROCESSING', lab: 'OCEAMO' } });
    const again = await settled(testId, failed.updated_at as string);
    expect(again).toMatchObject({ status: 'ERROR', failure_kind: 'LAYOUT', upload_given_back_at: failed.upload_given_back_at });
    expect((await user(trial)).icp_uploads_total).toBe(0);
  });

  it('refuses to retry what another lab cannot help, and anything that has not failed', async () => {
    const scan = await upload(report('image-only-scan').draw());
    await settled(scan);
    expect(await postApi(runtime, '/test/history/retry', { tankId, testId: scan, lab: 'OCEAMO' }, keeper)).toMatchObject({ status: 409 });
    expect(await postApi(runtime, '/test/history/retry', { tankId, testId: scan, lab: 'ACME' }, keeper)).toMatchObject({ status: 400 });
    const good = await upload(report('triton-table-en').draw());
    await settled(good);
    expect(await postApi(runtime, '/test/history/delete', { tankId, testId: good }, keeper)).toMatchObject({ status: 409 });
  });

  it('deletes a failed test with its PDF; another keeper cannot', async () => {
    const testId = await upload(report('invoice').draw(), 'OCEAMO');
    await settled(testId);
    const other = await signUpAndIn(runtime);
    const otherTank = ((await postApi(runtime, '/user', {}, other)).body.tanks as { tankId: string }[])[0].tankId;
    expect(await postApi(runtime, '/test/history/delete', { tankId: otherTank, testId }, other)).toMatchObject({ status: 404 });

    expect(await postApi(runtime, '/test/history/delete', { tankId, testId }, keeper)).toMatchObject({
      status: 200,
      body: { deleted: true, testId },
    });
    expect(await items(testId)).toEqual([]);
    await expect(
      s3.send(
        new HeadObjectCommand({ Bucket: `${runtime.env}-reef-a-matic-upload`, Key: `uploads/${keeper.userId}/${tankId}/${testId}.pdf` }),
      ),
    ).rejects.toThrow();
    expect((await postApi(runtime, '/test/history/list', { tankId }, keeper)).body.tests).not.toContainEqual(
      expect.objectContaining({ id: testId }),
    );
  });

  describe('typing a report in by hand', () => {
    const rowsOf = (name: string) =>
      (report(name).expected as Readable).tank.map((r) =>
        r.expect === null ? { elementId: r.id, notDetected: true } : { elementId: r.id, value: r.expect },
      );

    it('lists the lab panel for the form, tank rows first, then RO rows', async () => {
      const panel = await postApi(runtime, '/test/history/icp/manual/panel', { tankId, lab: 'TRITON' }, keeper);
      expect(panel.status).toBe(200);
      const elements = panel.body.elements as { elementId: string; source: string; unit: string; required: boolean }[];
      expect(elements[0]).toMatchObject({ elementId: 'sodium', unit: 'mg/l', source: 'tank', required: true });
      expect(elements.findIndex((e) => e.source === 'rodi')).toBeGreaterThan(elements.findLastIndex((e) => e.source === 'tank'));
    });

    it('saves it as an ICP test of that lab, evaluated like an upload, and replaces the failed upload', async () => {
      const failedId = await upload(unreadableTriton());
      await settled(failedId);
      const saved = await postApi(
        runtime,
        '/test/history/icp/manual',
        {
          tankId,
          lab: 'TRITON',
          analysisNumber: 'TR-424242',
          sampleDate: '2025-03-14',
          replacesTestId: failedId,
          elements: [...rowsOf('triton-table-en'), { elementId: 'copper-ro', value: 0.7 }],
        },
        keeper,
      );
      expect(saved).toMatchObject({ status: 200, body: { status: 'IN_PROGRESS' } });
      const testId = String(saved.body.testId);
      await eventually(async () => ((await header(testId))?.status === 'DONE' ? true : undefined), 25_000, 'the typed-in test to be DONE');
      const detail = (await postApi(runtime, '/test/history/icp', { tankId, testId }, keeper)).body.test as {
        lab: string;
        analysisNumber: string;
        date: string;
        elements: { elementId: string; value: number | null; status: string }[];
      };
      expect(detail).toMatchObject({ lab: 'TRITON', analysisNumber: 'TR-424242', date: '2025-03-14' });
      expect(detail.elements.find((e) => e.elementId === 'calcium')).toMatchObject({ value: 415 });
      expect(detail.elements.find((e) => e.elementId === 'copper-ro')).toMatchObject({ status: 'RO' });
      expect(await header(failedId)).toBeUndefined();
    });

    it('refuses rows the panel does not have, rows without a value, and an element typed twice, with the reason', async () => {
      const base = { tankId, lab: 'TRITON', analysisNumber: 'TR-1', sampleDate: '2025-03-14' };
      expect(
        await postApi(runtime, '/test/history/icp/manual', { ...base, elements: [{ elementId: 'gold', value: 1 }] }, keeper),
      ).toMatchObject({ status: 400, body: { message: expect.stringMatching(/gold is not on the TRITON panel/) } });
      expect(await postApi(runtime, '/test/history/icp/manual', { ...base, elements: [{ elementId: 'calcium' }] }, keeper)).toMatchObject({
        status: 400,
        body: { message: expect.stringMatching(/Calcium needs a value/) },
      });
      const twice = await postApi(
        runtime,
        '/test/history/icp/manual',
        {
          ...base,
          elements: [
            { elementId: 'calcium', value: 410 },
            { elementId: 'calcium', value: 420 },
          ],
        },
        keeper,
      );
      expect(twice).toMatchObject({ status: 400, body: { message: expect.stringMatching(/Calcium is entered twice/) } });
      expect(
        await postApi(
          runtime,
          '/test/history/icp/manual',
          { ...base, sampleDate: '14.03.2025', elements: [{ elementId: 'calcium', value: 410 }] },
          keeper,
        ),
      ).toMatchObject({ status: 400 });
    });
  });
});
