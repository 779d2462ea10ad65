import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalRuntime } from '../../src/local/runtime';
import { type SignedInUser, postApi, signUpAndIn, startTestRuntime } from '../support/test-runtime';

interface ListedTest {
  id: string;
  status: string;
  referenceId?: string;
  errorMessage?: string;
}

describe('POST /test: upload preflight, placeholders and presigned PUTs', () => {
  let runtime: LocalRuntime;
  let doc: DynamoDBDocumentClient;

  beforeAll(async () => {
    runtime = await startTestRuntime();
    doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-central-1' }));
  });
  afterAll(async () => {
    doc.destroy();
    await runtime.stop();
  });

  const firstTankOf = async (keeper: SignedInUser) =>
    ((await postApi(runtime, '/user', {}, keeper)).body.tanks as { tankId: string }[])[0].tankId;
  const listTests = async (keeper: SignedInUser, tankId: string) =>
    (await postApi(runtime, '/test/history/list', { tankId }, keeper)).body.tests as ListedTest[];
  const pdf = (n: number) => ({ fileName: `report-${n}.pdf`, fileSize: 2048 });

  it('answers the preflight for a trial batch before anything exists: 3 files yes, 4 files no', async () => {
    const keeper = await signUpAndIn(runtime, undefined, 'TRIAL');
    const tankId = await firstTankOf(keeper);

    const three = await postApi(runtime, '/test', { tankId, validateOnly: true, fileCount: 3 }, keeper);
    const four = await postApi(runtime, '/test', { tankId, validateOnly: true, fileCount: 4 }, keeper);

    expect(three.body).toMatchObject({ allowed: true, fileCount: 3 });
    expect(four.body).toMatchObject({ allowed: false, reason: 'TRIAL_UPLOADS_USED', limit: 3 });
    expect(await listTests(keeper, tankId)).toEqual([]);
  });

  it('creates a PROCESSING placeholder per file with a presigned PUT that accepts the PDF', async () => {
    const keeper = await signUpAndIn(runtime, undefined, 'TRIAL');
    const tankId = await firstTankOf(keeper);
    const bytes = Buffer.alloc(2048, 7);

    const sut = await postApi(runtime, '/test', { tankId, lab: 'ATI', ...pdf(1) }, keeper);
    const put = await fetch(String(sut.body.uploadUrl), { method: 'PUT', body: bytes, headers: { 'content-type': 'application/pdf' } });

    expect(sut.status).toBe(200);
    expect(sut.body).toMatchObject({ status: 'PROCESSING', lab: 'ATI', uploadMethod: 'PUT' });
    expect(String(sut.body.uploadUrl)).toContain(`uploads/${keeper.userId}/${tankId}/${sut.body.testId}.pdf`);
    expect(put.status).toBe(200);
    expect(await listTests(keeper, tankId)).toEqual([
      expect.objectContaining({ id: sut.body.testId, status: 'PROCESSING', kind: 'ICP', lab: 'ATI' }),
    ]);
  });

  it('refuses a trial keeper’s fourth PDF with the reason and creates no placeholder', async () => {
    const keeper = await signUpAndIn(runtime, undefined, 'TRIAL');
    const tankId = await firstTankOf(keeper);
    for (const n of [1, 2, 3]) expect((await postApi(runtime, '/test', { tankId, ...pdf(n) }, keeper)).status).toBe(200);

    const fourth = await postApi(runtime, '/test', { tankId, ...pdf(4) }, keeper);

    expect(fourth.status).toBe(403);
    expect(fourth.body).toMatchObject({ code: 'ENTITLEMENT_REQUIRED', reason: 'TRIAL_UPLOADS_USED', limit: 3 });
    expect(await listTests(keeper, tankId)).toHaveLength(3);
  });

  it('lets only one of several simultaneous uploads take the last trial slot', async () => {
    const keeper = await signUpAndIn(runtime, undefined, 'TRIAL');
    const tankId = await firstTankOf(keeper);
    for (const n of [1, 2]) await postApi(runtime, '/test', { tankId, ...pdf(n) }, keeper);

    const racing = await Promise.all([3, 4, 5, 6].map((n) => postApi(runtime, '/test', { tankId, ...pdf(n) }, keeper)));

    expect(racing.filter((r) => r.status === 200)).toHaveLength(1);
    expect(racing.filter((r) => r.status === 403)).toHaveLength(3);
    expect(await listTests(keeper, tankId)).toHaveLength(3);
  });

  it('refuses a basic keeper’s second PDF within the upload window, at preflight and at upload', async () => {
    const keeper = await signUpAndIn(runtime, undefined, 'BASIC');
    const tankId = await firstTankOf(keeper);
    // What the Stripe webhook records once the keeper has paid for Basic.
    await doc.send(
      new UpdateCommand({
        TableName: `${runtime.env}-user`,
        Key: { user_id: keeper.userId },
        UpdateExpression: 'SET subscription_status = :s, subscription_tier = :t',
        ExpressionAttributeValues: { ':s': 'active', ':t': 'BASIC' },
      }),
    );
    expect((await postApi(runtime, '/test', { tankId, ...pdf(1) }, keeper)).status).toBe(200);

    const preflight = await postApi(runtime, '/test', { tankId, validateOnly: true, fileCount: 1 }, keeper);
    const second = await postApi(runtime, '/test', { tankId, ...pdf(2) }, keeper);

    expect(preflight.body).toMatchObject({ allowed: false, reason: 'BASIC_UPLOAD_WINDOW', limit: 1, retryAt: expect.any(String) });
    expect(second.status).toBe(403);
    expect(await listTests(keeper, tankId)).toHaveLength(1);
  });

  it.each([
    ['an empty file', { fileName: 'a.pdf', fileSize: 0 }, /file is empty/],
    ['a file over 10 MB', { fileName: 'a.pdf', fileSize: 10 * 1024 * 1024 + 1 }, /at most 10 MB/],
    ['a file that is not a PDF', { fileName: 'photo.png', fileSize: 100 }, /must end in \.pdf/],
    ['an unknown lab', { fileName: 'a.pdf', fileSize: 100, lab: 'ACME' }, /lab must be one of/],
  ])('answers 400 for %s and counts no upload', async (_label, body, message) => {
    const keeper = await signUpAndIn(runtime, undefined, 'TRIAL');
    const tankId = await firstTankOf(keeper);

    const sut = await postApi(runtime, '/test', { tankId, ...body }, keeper);

    expect(sut.status).toBe(400);
    expect(sut.body.message).toMatch(message);
    expect((await postApi(runtime, '/user', {}, keeper)).body.entitlements).toMatchObject({ uploads: { remaining: 3 } });
  });

  it('answers 404 for another keeper’s tank', async () => {
    const [keeper, other] = [await signUpAndIn(runtime), await signUpAndIn(runtime)];

    expect((await postApi(runtime, '/test', { tankId: await firstTankOf(other), ...pdf(1) }, keeper)).status).toBe(404);
  });

  it('turns an upload still PROCESSING after its deadline into ERROR with a support reference', async () => {
    const keeper = await signUpAndIn(runtime, undefined, 'TRIAL');
    const tankId = await firstTankOf(keeper);
    const { body } = await postApi(runtime, '/test', { tankId, ...pdf(1) }, keeper);
    await doc.send(
      new UpdateCommand({
        TableName: `${runtime.env}-test-history`,
        Key: { test_id: body.testId, item: 'HEADER' },
        UpdateExpression: 'SET deadline_at = :past',
        ExpressionAttributeValues: { ':past': '2020-01-01T00:00:00.000Z' },
      }),
    );

    const [listed] = await listTests(keeper, tankId);

    expect(listed).toMatchObject({
      status: 'ERROR',
      referenceId: expect.stringMatching(/^RAM-/),
      errorMessage: expect.stringMatching(/upload it again/),
    });
    const { Item } = await doc.send(new GetCommand({ TableName: `${runtime.env}-app-error`, Key: { reference_id: listed.referenceId } }));
    expect(Item).toMatchObject({ operation: 'upload-deadline', subject_id: body.testId });
  });
});
